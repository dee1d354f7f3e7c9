import type { Metadata } from "next";
import { pageMetadata } from "@/lib/site/metadata";
import Link from "next/link";
import { CompressionLede, FilmTimeline, timelineOf } from "@/components/timeline/film-timeline";
import { TimelineKey } from "@/components/timeline/timeline-key";
import { getFilms, getPeople } from "@/lib/content";

export const metadata: Metadata = pageMetadata({
  path: "/timeline",
  title: "Timeline: each film’s clock against the calendar",
  description: "Films tell in days what took months and years. Each line joins a scene to the real date of what it shows, film by film.",
});

export default async function TimelinePage() {
  const [films, people] = await Promise.all([getFilms(), getPeople()]);
  const connectors = films.flatMap((f) => timelineOf(f).connectors);
  return (
    <div className="grid gap-8">
      <header className="grid gap-3">
        <h1 className="font-serif text-4xl font-bold">Two clocks</h1>
        <p className="max-w-measure font-serif text-xl leading-snug">
          Each film keeps its own clock. Here each one is set against the real calendar, film by film.
        </p>
        {films.length > 1 && (
          <nav aria-label="Films on this page" className="font-sans text-sm">
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              {films.map((f) => (
                <li key={f.id}>
                  <a href={`#film-${f.id}`} className="underline">
                    <cite>{f.title}</cite> ({f.year})
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <TimelineKey connectors={connectors} people={people} />
      </header>
      {films.map((film) => (
        <section key={film.id} id={`film-${film.id}`} aria-labelledby={`film-${film.id}-h`} className="grid scroll-mt-6 gap-6 border-t-2 border-ink pt-6">
          <h2 id={`film-${film.id}-h`} className="font-serif text-3xl font-bold">
            <cite>{film.title}</cite> ({film.year})
          </h2>
          <CompressionLede film={film} />
          <p className="font-sans text-sm">
            <Link href={`/films/${film.id}/timeline`} className="underline">
              This film’s timeline on its own page
            </Link>
          </p>
          <FilmTimeline film={film} people={people} idPrefix={`tl-${film.id}`} headingLevel={3} />
        </section>
      ))}
    </div>
  );
}
