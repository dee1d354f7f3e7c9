import { CopyButton } from "./copy-button";

/**
 * The claim's permalink, selectable as plain text (which is all a reader
 * without JavaScript gets), a copy button, and the system share sheet where
 * the browser has one. The buttons are wired by the page's inline script
 * (lib/site/enhance.ts); the share button shows only where navigator.share
 * exists (html[data-can-share], globals.css).
 */
export function ShareTools({ url, title }: { url: string; title: string }) {
  return (
    <div className="grid min-w-0 grid-cols-[minmax(0,1fr)] content-start gap-2 self-start">
      <label htmlFor="permalink" className="font-sans text-sm font-semibold">
        Link to this claim
      </label>
      <input
        id="permalink"
        type="url"
        readOnly
        value={url}
        data-select-on-focus=""
        className="w-full rounded-sm border border-rule bg-panel px-2 py-1.5 font-mono text-sm"
      />
      <div data-js-only="" className="flex flex-wrap items-center gap-3">
        <CopyButton text={url} label="Copy link" />
        <button type="button" data-share-url={url} data-share-title={title} className="rounded-sm border border-ink px-2.5 py-1 text-sm font-semibold">
          Share…
        </button>
      </div>
    </div>
  );
}
