// The one script every page carries, inline in the head: it wires the small
// interactive parts of document pages (copy and share buttons, a field that
// selects itself, the timeline's character highlight) by listening on the
// document. Pages without an island of React ship no other script (see
// lib/site/islands.cjs), so these parts must not depend on the framework; and
// because the listeners sit on the document, buttons that React renders later
// on island pages (the quiz's copy button) work the same way.
//
// It runs before the body is parsed, so it only marks the page and adds
// listeners; controls that work only with it are hidden by CSS until
// html[data-js] is set (globals.css), with no layout shift, since it is set
// before the first paint.
//
// enhance() is serialised with Function.prototype.toString into the page, so it
// must stay self-contained: no imports, no helpers from outside its body.

const COPIED = "Copied.";
const REFUSED = "Your browser blocked copying: select the text and copy it.";

export function enhance(doc: Document, nav: Navigator, win: Window, messages: { copied: string; refused: string }): void {
  const html = doc.documentElement;
  html.setAttribute("data-js", "");
  if (typeof nav.share === "function") html.setAttribute("data-can-share", "");

  const clearers = new WeakMap<Element, number>();
  const say = (button: Element, message: string) => {
    const status = button.parentElement?.querySelector('[role="status"]');
    if (!status) return;
    status.textContent = message;
    win.clearTimeout(clearers.get(status));
    clearers.set(
      status,
      win.setTimeout(() => {
        status.textContent = "";
      }, 4000),
    );
  };

  // The timeline highlight: one person's connectors stay lit, the rest dim.
  // Only ids among the select's own options are honoured, so nothing from the
  // address bar reaches the page unchecked.
  const highlight = (select: HTMLSelectElement, wanted: string) => {
    const option = Array.from(select.options).find((o) => o.value === wanted && wanted !== "");
    const id = option ? wanted : "";
    select.value = id;
    for (const connector of Array.from(doc.querySelectorAll(".tl-connector"))) {
      const lit = id !== "" && (connector.getAttribute("data-people") ?? "").split(" ").includes(id);
      connector.toggleAttribute("data-dim", id !== "" && !lit);
      connector.toggleAttribute("data-lit", lit);
    }
    const status = select.parentElement?.querySelector('[role="status"]');
    if (status)
      status.textContent = option ? `Highlighting the ${option.getAttribute("data-count")} dated claims about ${option.getAttribute("data-name")}.` : "";
  };
  const fromAddress = () => {
    const wanted = new URLSearchParams(win.location.search).get("character") ?? "";
    for (const select of Array.from(doc.querySelectorAll<HTMLSelectElement>("select[data-highlight]"))) {
      highlight(select, wanted);
      select.closest(".tl-controls")?.setAttribute("data-ready", "");
    }
  };

  doc.addEventListener("click", (event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    const copy = target.closest("button[data-copy]");
    if (copy) {
      const text = copy.getAttribute("data-copy") ?? "";
      const clipboard = nav.clipboard;
      (clipboard ? clipboard.writeText(text) : Promise.reject(new Error("no clipboard"))).then(
        () => say(copy, messages.copied),
        () => say(copy, messages.refused),
      );
      return;
    }
    const share = target.closest("button[data-share-url]");
    if (share && typeof nav.share === "function")
      nav.share({ url: share.getAttribute("data-share-url") ?? "", title: share.getAttribute("data-share-title") ?? "" }).catch(() => undefined);
  });
  doc.addEventListener("focusin", (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.hasAttribute("data-select-on-focus")) target.select();
  });
  doc.addEventListener("change", (event) => {
    const select = event.target;
    if (!(select instanceof HTMLSelectElement) || !select.hasAttribute("data-highlight")) return;
    highlight(select, select.value);
    // A null state, through the unpatched History method: on pages with the
    // framework, Next's router leaves such entries alone (lib/site/url-state.ts).
    const url = win.location.pathname + (select.value ? `?character=${encodeURIComponent(select.value)}` : "");
    History.prototype.pushState.call(win.history, null, "", url);
  });
  win.addEventListener("popstate", fromAddress);
  if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", fromAddress);
  else fromAddress();
}

/** The inline script that runs enhance() in the page. */
export const ENHANCE_SCRIPT = `(${enhance.toString()})(document,navigator,window,${JSON.stringify({ copied: COPIED, refused: REFUSED })})`;
