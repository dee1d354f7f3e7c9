import { VERDICT_INFO, VERDICT_ORDER } from "@/lib/claims/verdicts";
import type { Person } from "@/lib/content";
import type { Connector } from "@/lib/timeline/layout";
import { VerdictLine } from "./two-clocks";

/** How to read the two clocks, the character highlighter and the verdict key: the same on every timeline page. */
export function TimelineKey({ connectors, people }: { connectors: Connector[]; people: Person[] }) {
  const highlight = people
    .map((p) => ({ id: p.id, name: p.name, count: connectors.filter((c) => c.characters.includes(p.id)).length }))
    .filter((p) => p.count > 0);
  return (
    <>
      <p className="max-w-measure text-sm text-muted">
        Left, the film in running order (minute marks are estimates from the order of scenes). Right, the real calendar, with the month where most of the film’s
        dates crowd given room of its own. Each line joins a claim’s scene to the real date or dates it turns on; its colour and dash pattern give the verdict,
        and the gap counts days from the day the film’s story is on — our estimate, where the film gives one. Choose a line to open its claim.
      </p>
      {/* Choosing one person dims every other connector and keeps the choice in the
          URL (?character=id); the page's inline script does it (lib/site/enhance.ts).
          Hidden without JavaScript, where it could do nothing. */}
      <div data-js-only="" className="tl-controls flex flex-wrap items-center gap-3">
        <label htmlFor="tl-character" className="font-sans text-sm font-semibold">
          Highlight a character
        </label>
        <select id="tl-character" data-highlight="" defaultValue="" className="rounded-sm border border-ink/50 bg-panel px-2 py-1.5">
          <option value="">Everyone</option>
          {highlight.map((p) => (
            <option key={p.id} value={p.id} data-name={p.name} data-count={p.count}>
              {p.name} ({p.count})
            </option>
          ))}
        </select>
        <p role="status" aria-live="polite" className="text-sm text-muted" />
      </div>
      <figure>
        <figcaption className="sr-only">Verdict key</figcaption>
        <ul className="flex flex-wrap gap-x-5 gap-y-2 font-sans text-sm">
          {VERDICT_ORDER.map((v) => (
            <li key={v} className={`flex items-center gap-2 v-${v}`}>
              <VerdictLine verdict={v} />
              <span className="text-ink">{VERDICT_INFO[v].label}</span>
            </li>
          ))}
        </ul>
      </figure>
    </>
  );
}
