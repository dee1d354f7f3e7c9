"use client";

import { useMemo } from "react";
import { filterChronology, groupByYearMonth, type ChronologyEntry } from "@/lib/classroom/dates";
import { describeView, type ViewLabels, type ViewVocabulary } from "@/lib/classroom/view";
import { formatDate } from "@/lib/sources/format";
import { useUrlView } from "./use-classroom-view";

type Props = { entries: ChronologyEntry[]; vocab: ViewVocabulary; labels: ViewLabels; multiFilm: boolean };

/**
 * Every dated fact, by year and month. Reads ?film= and ?character= from the
 * address in the browser; prerendered, it holds the whole record.
 */
export function Chronology({ entries, vocab, labels, multiFilm }: Props) {
  const { view, ready } = useUrlView(vocab);
  const chosen = { film: view.film, character: view.filter.character };
  const shown = useMemo(() => filterChronology(entries, { film: view.film, character: view.filter.character }), [entries, view]);
  const years = useMemo(() => groupByYearMonth(shown), [shown]);
  const filters = ready ? describeView({ ...view, filter: { ...view.filter, verdict: [], liberty: [], scene: [], q: "" }, seed: "" }, labels) : [];

  return (
    <div className="grid gap-8" data-dates={ready ? "ready" : "static"}>
      <p role="status" className="font-sans text-sm font-semibold">
        {shown.length} dated fact{shown.length === 1 ? "" : "s"}
        {filters.length ? ` · ${filters.join("; ")}` : ""}
        {ready && (chosen.film.length || chosen.character.length) ? (
          <>
            {" "}
            ·{" "}
            <a href="/dates" className="font-normal underline">
              Show every date
            </a>
          </>
        ) : null}
      </p>
      {years.map((y) => (
        <section key={y.year} aria-labelledby={`y-${y.year}`} className="grid gap-4">
          <h2 id={`y-${y.year}`} className="border-b-2 border-ink pb-1 font-serif text-3xl font-bold tabular-nums">
            {y.year}
          </h2>
          {y.months.map((m) => (
            <div key={m.month || "year"} className="grid gap-2">
              {m.month && <h3 className="font-serif text-xl font-semibold">{formatDate(m.month)}</h3>}
              <ol className="grid gap-3">
                {m.entries.map((e) => (
                  <Fact key={`${e.kind}${e.date}${e.label}`} e={e} multiFilm={multiFilm} labels={labels} />
                ))}
              </ol>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}

function Fact({ e, multiFilm, labels }: { e: ChronologyEntry; multiFilm: boolean; labels: ViewLabels }) {
  return (
    <li className="grid gap-1 border-l-2 border-record pl-3 sm:grid-cols-[9rem_1fr] sm:gap-x-4">
      <p className="font-sans text-sm font-bold tabular-nums">
        <time dateTime={e.date}>{formatDate(e.date)}</time>
        {e.dateTo && (
          <>
            {" "}
            to <time dateTime={e.dateTo}>{formatDate(e.dateTo)}</time>
          </>
        )}
      </p>
      <div className="grid gap-1">
        <p>{e.label}</p>
        <ul className="grid gap-1 text-sm">
          {e.links.map((l) => (
            <li key={l.href}>
              <a href={l.href} className="underline">
                {e.kind === "born" || e.kind === "died" ? `${l.text} in the who’s who` : l.text}
              </a>
              {multiFilm && l.film && (
                <span className="text-muted">
                  {" "}
                  · <cite>{labels.films[l.film] ?? l.film}</cite>
                </span>
              )}
              {l.filmDate && (
                <span className="block text-muted">
                  In the film: {formatDate(l.filmDate)}, in the scene “{l.scene}” (our estimate of the film’s day)
                </span>
              )}
            </li>
          ))}
        </ul>
      </div>
    </li>
  );
}
