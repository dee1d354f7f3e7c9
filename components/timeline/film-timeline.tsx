import Link from "next/link";
import { VerdictBadge } from "@/components/claims/verdict-badge";
import type { FilmView, Person } from "@/lib/content";
import { formatDate } from "@/lib/sources/format";
import { calendarBandsFor, compression, formatGap, layoutConnectors } from "@/lib/timeline/layout";
import { timelineScenes } from "@/lib/timeline/scenes";
import { TwoClocks } from "./two-clocks";

/** The dated claims of a film, one connector each, and the people they concern: what a highlighter offers. */
export function timelineOf(film: FilmView) {
  const scenes = timelineScenes(film.scenes);
  // The calendar axis is fitted to this film's own dates.
  const bands = calendarBandsFor(film.claims.flatMap((c) => c.dates.map((d) => d.date)));
  return { scenes, bands, connectors: layoutConnectors(film.claims, scenes, film.runtimeMinutes, bands), squeeze: compression(film.claims, scenes) };
}

/** One sentence on the two clocks of a film, or why there is no measure. */
export function CompressionLede({ film }: { film: FilmView }) {
  const { squeeze } = timelineOf(film);
  if (!squeeze) {
    return (
      <p className="max-w-measure font-serif text-xl leading-snug">
        <cite>{film.title}</cite> gives no day for its scenes, so its story’s length cannot be set against the calendar; each dated claim still joins its scene
        to the real date.
      </p>
    );
  }
  return (
    <p className="max-w-measure font-serif text-xl leading-snug">
      The story of <cite>{film.title}</cite> runs for {squeeze.storyDays} days, from {formatDate(squeeze.storyFrom)} to {formatDate(squeeze.storyTo)}. The
      events it shows took {squeeze.realDays.toLocaleString("en-GB")} days, from {formatDate(squeeze.realFrom)} to {formatDate(squeeze.realTo)}.
    </p>
  );
}

/**
 * A film's two clocks: the SVG on wide screens, and the same connectors as a
 * scene-by-scene list that every reader gets (and a phone gets alone).
 * idPrefix keeps ids unique when a page shows more than one film.
 */
export function FilmTimeline({ film, people, idPrefix, headingLevel = 2 }: { film: FilmView; people: Person[]; idPrefix: string; headingLevel?: 2 | 3 }) {
  const { scenes, connectors, bands } = timelineOf(film);
  const names = new Map(people.map((p) => [p.id, p.name]));
  const H = headingLevel === 2 ? "h2" : "h3";
  const Sub = headingLevel === 2 ? "h3" : "h4";
  return (
    <>
      <figure className="hidden md:block">
        <TwoClocks connectors={connectors} scenes={scenes} runtime={film.runtimeMinutes} bands={bands} idPrefix={idPrefix} />
        <figcaption className="sr-only">The same data is listed below as text.</figcaption>
      </figure>

      <section aria-labelledby={`${idPrefix}-list-h`} className="grid gap-4">
        <H id={`${idPrefix}-list-h`} className="border-b-2 border-ink pb-1 font-serif text-2xl font-bold">
          Scene by scene, with the real dates{headingLevel === 3 && <span className="sr-only"> ({film.title})</span>}
        </H>
        {connectors.length === 0 && <p className="text-muted">No claim about this film has a real date yet.</p>}
        <ol className="grid gap-5">
          {scenes.map((s) => {
            const here = connectors.filter((c) => c.scene === s.id);
            if (!here.length) return null;
            return (
              <li key={s.id} className="grid gap-2 border-l-4 border-film pl-4">
                <Sub className="font-serif text-lg font-bold">
                  {s.order}. {s.title}{" "}
                  <span className="font-sans text-sm font-normal text-muted">
                    about min. {s.from}–{s.to}
                    {s.storyDate ? ` · story day ${formatDate(s.storyDate)}` : ""}
                  </span>
                </Sub>
                <ul className="grid gap-3">
                  {here.map((c) => (
                    <li key={c.slug} className="grid gap-1" data-people={c.characters.join(" ")}>
                      <div className="flex flex-wrap items-center gap-2">
                        <VerdictBadge verdict={c.verdict as never} size="sm" />
                        <Link href={`/claims/${c.slug}`} className="underline">
                          {c.title}
                        </Link>
                      </div>
                      <ul className="ml-1 grid gap-0.5 text-sm">
                        {c.ends.map((e) => (
                          <li key={e.date}>
                            <time dateTime={e.date} className="font-semibold tabular-nums">
                              {formatDate(e.date)}
                            </time>{" "}
                            — {e.label} <strong className="whitespace-nowrap text-accent">({formatGap(e.gap)})</strong>
                          </li>
                        ))}
                      </ul>
                      <p className="text-xs text-muted">{c.characters.map((id) => names.get(id) ?? id).join(", ")}</p>
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      </section>
    </>
  );
}
