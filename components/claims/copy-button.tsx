"use client";

import { useState } from "react";

/**
 * Copies text with the Clipboard API. When the browser refuses (no permission,
 * insecure origin), it says so and the text stays selectable beside it.
 */
export function CopyButton({ text, label, className = "" }: { text: string; label: string; className?: string }) {
  const [state, setState] = useState<"idle" | "copied" | "refused">("idle");
  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("refused");
    }
    window.setTimeout(() => setState("idle"), 4000);
  }
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={copy} className={`rounded-sm border border-ink px-2.5 py-1 text-sm font-semibold ${className}`}>
        {label}
      </button>
      <span role="status" aria-live="polite" className="text-sm text-muted">
        {state === "copied" ? "Copied." : state === "refused" ? "Your browser blocked copying: select the text and copy it." : ""}
      </span>
    </span>
  );
}
