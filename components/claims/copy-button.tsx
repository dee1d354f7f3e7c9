/**
 * A button that copies `text` with the Clipboard API, wired by the page's one
 * inline script (lib/site/enhance.ts) rather than by React, so document pages
 * need no framework. It is hidden without JavaScript (globals.css), where it
 * could do nothing; when the browser refuses to copy, the status beside it
 * says so and the text stays selectable on the page.
 */
export function CopyButton({ text, label, className = "" }: { text: string; label: string; className?: string }) {
  return (
    <span data-js-only="" className="inline-flex items-center gap-2">
      <button type="button" data-copy={text} className={`rounded-sm border border-ink px-2.5 py-1 text-sm font-semibold ${className}`}>
        {label}
      </button>
      <span role="status" aria-live="polite" className="text-sm text-muted" />
    </span>
  );
}
