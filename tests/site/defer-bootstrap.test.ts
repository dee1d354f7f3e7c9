import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { deferBootstrap, dropBootstrap } from "@/lib/site/defer-bootstrap.cjs";

// The shape of a page as `next build` writes it: async chunks and a low-priority
// preload in the head, content, then inline scripts (bootstrap and RSC payload).
const PAGE =
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>' +
  '<script src="/_next/static/chunks/one.js" async=""></script>' +
  '<script src="/_next/static/chunks/two.js" async=""></script>' +
  '<script src="/_next/static/chunks/poly.js" noModule=""></script></head>' +
  "<script>(function(){document.documentElement.setAttribute('data-js','')})()</script>" +
  "<body><main><h1>The film shows</h1><p>The summary.</p></main>" +
  '<script type="application/ld+json">{"@type":"ClaimReview"}</script>' +
  '<script id="_R_">(globalThis.TURBOPACK=globalThis.TURBOPACK||[]).push({})</script>' +
  '<script src="/_next/static/chunks/main.js" async=""></script>' +
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>";

describe("deferring the framework's scripts past the first paint", () => {
  const out = deferBootstrap(PAGE);

  it("takes every async chunk and script preload out of the page, and keeps everything else", () => {
    expect(out).not.toMatch(/async=""/);
    expect(out).not.toMatch(/rel="preload" as="script"/);
    for (const kept of [
      '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
      '<script src="/_next/static/chunks/poly.js" noModule=""></script>',
      "<main><h1>The film shows</h1><p>The summary.</p></main>",
      '<script type="application/ld+json">{"@type":"ClaimReview"}</script>',
      '<script id="_R_">(globalThis.TURBOPACK=globalThis.TURBOPACK||[]).push({})</script>',
      "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
    ])
      expect(out).toContain(kept);
  });

  it("is idempotent, and leaves a page without chunks alone", () => {
    expect(deferBootstrap(out)).toBe(out);
    const plain = "<!DOCTYPE html><html><head></head><body><p>Hi</p></body></html>";
    expect(deferBootstrap(plain)).toBe(plain);
  });

  it("adds the chunks only once the first contentful paint is reported", () => {
    const page = runLoader(out, { paintTiming: true });
    expect(page.added()).toEqual([]);
    page.paint("first-paint");
    page.load();
    page.runTimers();
    expect(page.added()).toEqual([]);
    page.paint("first-contentful-paint");
    page.runTimers();
    expect(page.added()).toEqual(["/_next/static/chunks/main.js", "/_next/static/chunks/one.js", "/_next/static/chunks/two.js"]);
    page.paint("first-contentful-paint");
    page.load();
    page.runTimers();
    expect(page.added()).toHaveLength(3);
  });

  it("falls back to the load event without paint timing, or in a background tab", () => {
    const old = runLoader(out, { paintTiming: false });
    old.load();
    expect(old.added()).toHaveLength(3);
    const hidden = runLoader(out, { paintTiming: true, hidden: true });
    hidden.load();
    expect(hidden.added()).toHaveLength(3);
  });
});

describe("taking the framework out of a page without islands", () => {
  const FRAMEWORK = [/_next\/static\/chunks\/[^"]+\.js/, /__next_f/, /TURBOPACK/, /noModule/, /data-deferred-bootstrap/];

  it("removes every framework script, from the page as built and from a page already deferred", () => {
    for (const page of [PAGE, deferBootstrap(PAGE)]) {
      const out = dropBootstrap(page);
      for (const pattern of FRAMEWORK) expect(out).not.toMatch(pattern);
    }
  });

  it("keeps the content, the stylesheet, the data for search engines and the page's own script", () => {
    const out = dropBootstrap(PAGE);
    for (const kept of [
      '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
      "<main><h1>The film shows</h1><p>The summary.</p></main>",
      '<script type="application/ld+json">{"@type":"ClaimReview"}</script>',
      "<script>(function(){document.documentElement.setAttribute('data-js','')})()</script>",
    ])
      expect(out).toContain(kept);
  });
});

/** Runs the page's loader script against a stand-in browser. */
function runLoader(html: string, { paintTiming, hidden = false }: { paintTiming: boolean; hidden?: boolean }) {
  const loader = /<script data-deferred-bootstrap="">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!loader) throw new Error("no loader script in the page");
  const added: string[] = [];
  const timers: (() => void)[] = [];
  const onLoad: (() => void)[] = [];
  let observer: ((list: { getEntries(): { name: string }[] }, o: { disconnect(): void }) => void) | undefined;
  let connected = false;
  class PerformanceObserver {
    static supportedEntryTypes = paintTiming ? ["paint", "largest-contentful-paint"] : ["mark"];
    constructor(cb: typeof observer) {
      observer = cb;
    }
    observe() {
      connected = true;
    }
  }
  const document = {
    visibilityState: hidden ? "hidden" : "visible",
    createElement: () => ({ src: "", async: false }),
    head: { appendChild: (e: { src: string }) => added.push(e.src) },
  };
  const window = { PerformanceObserver };
  vm.runInNewContext(loader, {
    window,
    document,
    setTimeout: (f: () => void) => timers.push(f),
    addEventListener: (type: string, f: () => void) => type === "load" && onLoad.push(f),
  });
  return {
    added: () => [...added],
    paint: (name: string) => {
      if (connected) observer?.({ getEntries: () => [{ name }] }, { disconnect: () => (connected = false) });
    },
    load: () => {
      for (const f of onLoad) f();
    },
    runTimers: () => {
      for (const f of timers.splice(0)) f();
    },
  };
}
