import type { Tally } from "@/lib/claims/tally";
import { VERDICT_INFO } from "@/lib/claims/verdicts";
import { VerdictIcon, verdictColor } from "./verdict-badge";

/** The verdict distribution as a labelled stacked bar with a legend of counts. */
export function VerdictBar({ tally, label }: { tally: Tally; label: string }) {
  const total = tally.reduce((n, t) => n + t.count, 0);
  const shown = tally.filter((t) => t.count > 0);
  return (
    <figure className="grid gap-3">
      <figcaption className="font-sans text-sm font-semibold">{label}</figcaption>
      <div className="flex h-5 w-full overflow-hidden rounded-sm border border-ink/30" aria-hidden="true">
        {shown.map((t) => (
          <div
            key={t.verdict}
            className={`${verdictColor(t.verdict)} h-full border-r-2 border-panel bg-current last:border-r-0`}
            style={{ width: `${(t.count / total) * 100}%` }}
          />
        ))}
      </div>
      <ul className="flex flex-wrap gap-x-5 gap-y-2 font-sans text-sm">
        {tally.map((t) => (
          <li key={t.verdict} className={`flex items-center gap-1.5 ${t.count === 0 ? "text-muted" : ""}`}>
            <span className={verdictColor(t.verdict)}>
              <VerdictIcon verdict={t.verdict} className="h-4 w-4" />
            </span>
            <span>
              {VERDICT_INFO[t.verdict].label}: <strong className="tabular-nums">{t.count}</strong>
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
