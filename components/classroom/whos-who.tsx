"use client";

import { useMemo } from "react";
import { VerdictIcon, verdictColor } from "@/components/claims/verdict-badge";
import type { WhoEntry } from "@/lib/classroom/people";
import type { ViewVocabulary } from "@/lib/classroom/view";
import { VERDICT_INFO } from "@/lib/claims/verdicts";
import { useUrlView } from "./use-classroom-view";

type Props = { people: WhoEntry[]; films: { id: string; title: string }[]; vocab: ViewVocabulary };

/** Everyone in the record, by surname; ?film= keeps those a film portrays or makes claims about. */
export function WhosWho({ people, films, vocab }: Props) {
  const { view, ready } = useUrlView(vocab);
  const shown = useMemo(() => (view.film.length ? people.filter((p) => p.films.some((f) => view.film.includes(f))) : people), [people, view.film]);
  return (
    <div className="grid gap-5" data-who={ready ? "ready" : "static"}>
      {films.length > 1 && (
        <nav aria-label="Films" className="flex flex-wrap gap-x-4 gap-y-1 font-sans text-sm">
          <a href="/characters" aria-current={ready && !view.film.length ? "page" : undefined} className="underline">
            Every film
          </a>
          {films.map((f) => (
            <a key={f.id} href={`/characters?film=${f.id}`} aria-current={view.film.includes(f.id) ? "page" : undefined} className="underline">
              <cite>{f.title}</cite>
            </a>
          ))}
        </nav>
      )}
      <p className="font-sans text-sm font-semibold">{shown.length} people, by surname</p>
      <ul className="grid gap-4 sm:grid-cols-2">
        {shown.map((p) => (
          <li key={p.id}>
            <article className="grid h-full content-start gap-2 rounded-md border border-rule bg-panel p-4">
              <h2 className="font-serif text-xl font-bold">
                <a href={`/characters/${p.id}`} className="underline decoration-rule hover:decoration-ink">
                  {p.name}
                </a>
              </h2>
              <p className="font-sans text-sm tabular-nums text-muted">
                {p.born.slice(0, 4)}–{p.died.slice(0, 4)}
                {p.aka.length > 0 && <> · also written {p.aka.join(", ")}</>}
              </p>
              <p>
                <span className="font-semibold">In March 1953: </span>
                {p.role1953}
              </p>
              {p.portrayals.length > 0 && (
                <p className="text-[0.95rem]">
                  Played by{" "}
                  {p.portrayals.map((x, i) => (
                    <span key={x.film + x.actor}>
                      {i > 0 && "; "}
                      {x.actor} in <cite>{x.filmTitle}</cite> ({x.year})
                    </span>
                  ))}
                </p>
              )}
              {p.claims > 0 ? (
                <div className="grid gap-1 text-sm">
                  <a href={`/claims?character=${p.id}`} className="font-semibold underline">
                    {p.claims} claim{p.claims === 1 ? "" : "s"}
                  </a>
                  <span className="sr-only">Verdicts on claims about {p.name}:</span>
                  <ul className="flex flex-wrap gap-x-3 gap-y-1">
                    {p.tally
                      .filter((t) => t.count > 0)
                      .map((t) => (
                        <li key={t.verdict} className="flex items-center gap-1">
                          <span className={verdictColor(t.verdict)}>
                            <VerdictIcon verdict={t.verdict} className="h-4 w-4" />
                          </span>
                          {VERDICT_INFO[t.verdict].label}: <strong className="tabular-nums">{t.count}</strong>
                        </li>
                      ))}
                  </ul>
                </div>
              ) : (
                <p className="text-sm text-muted">No claims about them yet.</p>
              )}
            </article>
          </li>
        ))}
      </ul>
    </div>
  );
}
