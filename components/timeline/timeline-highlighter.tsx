"use client";

import { useEffect, useState } from "react";
import { writeUrl } from "@/lib/site/url-state";

/**
 * Chooses one person and dims every other connector, keeping the choice in
 * the URL (?character=id). Only ids from the page's own list are honoured,
 * so nothing from the address bar reaches the style rule unchecked.
 */
export function TimelineHighlighter({ people }: { people: { id: string; name: string; count: number }[] }) {
  const [chosen, setChosen] = useState("");
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => {
    const read = () => {
      const id = new URLSearchParams(window.location.search).get("character") ?? "";
      setChosen(people.some((p) => p.id === id) ? id : "");
    };
    read();
    setEnhanced(true);
    window.addEventListener("popstate", read);
    return () => window.removeEventListener("popstate", read);
  }, [people]);

  function choose(id: string) {
    setChosen(id);
    writeUrl(window.location.pathname + (id ? `?character=${encodeURIComponent(id)}` : ""), "push");
  }

  const person = people.find((p) => p.id === chosen);
  return (
    // Inert until it works, and gone without JavaScript (noscript: is the scripting media feature).
    <div data-ready={enhanced ? "" : undefined} inert={!enhanced} className={`tl-controls noscript:hidden flex flex-wrap items-center gap-3 ${enhanced ? "" : "invisible"}`}>
      {chosen && (
        <style>{`.tl-connector:not([data-people~="${chosen}"]) { opacity: 0.12; } .tl-connector[data-people~="${chosen}"] .tl-line { stroke-width: 3.5; opacity: 1; }`}</style>
      )}
      <label htmlFor="tl-character" className="font-sans text-sm font-semibold">Highlight a character</label>
      <select id="tl-character" value={chosen} onChange={(e) => choose(e.target.value)} className="rounded-sm border border-ink/50 bg-panel px-2 py-1.5">
        <option value="">Everyone</option>
        {people.map((p) => (
          <option key={p.id} value={p.id}>{p.name} ({p.count})</option>
        ))}
      </select>
      <p role="status" aria-live="polite" className="text-sm text-muted">
        {person ? `Highlighting the ${person.count} dated claims about ${person.name}.` : ""}
      </p>
    </div>
  );
}
