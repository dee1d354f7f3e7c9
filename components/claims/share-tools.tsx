"use client";

import { useEffect, useState } from "react";
import { CopyButton } from "./copy-button";

/**
 * The claim's permalink, selectable as plain text (which is all a reader
 * without JavaScript gets), a copy button, and the system share sheet where
 * the browser has one.
 */
export function ShareTools({ url, title }: { url: string; title: string }) {
  const [canShare, setCanShare] = useState(false);
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => {
    setEnhanced(true);
    setCanShare(typeof navigator.share === "function");
  }, []);
  return (
    <div className="grid min-w-0 grid-cols-[minmax(0,1fr)] content-start gap-2 self-start">
      <label htmlFor="permalink" className="font-sans text-sm font-semibold">Link to this claim</label>
      <input
        id="permalink"
        type="url"
        readOnly
        value={url}
        onFocus={(e) => e.currentTarget.select()}
        className="w-full rounded-sm border border-rule bg-panel px-2 py-1.5 font-mono text-sm"
      />
      {enhanced && (
        <div className="flex flex-wrap items-center gap-3">
          <CopyButton text={url} label="Copy link" />
          {canShare && (
            <button
              type="button"
              className="rounded-sm border border-ink px-2.5 py-1 text-sm font-semibold"
              onClick={() => navigator.share({ url, title }).catch(() => undefined)}
            >
              Share…
            </button>
          )}
        </div>
      )}
    </div>
  );
}
