import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CompressionLede, FilmTimeline, timelineOf } from "@/components/timeline/film-timeline";
import { TimelineKey } from "@/components/timeline/timeline-key";
import { getFilm, getFilms, getPeople } from "@/lib/content";
import { pageMetadata } from "@/lib/site/metadata";

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getFilms()).map((f) => ({ film: f.id }));
}

type Props = { params: Promise<{ film: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const film = await getFilm((await params).film);
  if (!film) return {};
  return pageMetadata({
    path: `/films/${film.id}/timeline`,
    title: `Timeline: ${film.title} against the calendar`,
    description: `${film.title} (${film.year}) in running order against the real calendar: each line joins a scene to the real date of what it shows.`,
  });
}

export default async function FilmTimelinePage({ params }: Props) {
  const film = await getFilm((await params).film);
  if (!film) notFound();
  const people = await getPeople();
  return (
    <div className="grid gap-8">
      <nav aria-label="Breadcrumb" className="font-sans text-sm text-muted">
        <Link href={`/films/${film.id}`} className="underline">
          <cite>{film.title}</cite>
        </Link>
        <span aria-hidden="true"> › </span>
        <span>Timeline</span>
      </nav>
      <header className="grid gap-3">
        <h1 className="font-serif text-4xl font-bold">
          Two clocks: <cite>{film.title}</cite>
        </h1>
        <CompressionLede film={film} />
        <TimelineKey connectors={timelineOf(film).connectors} people={people} />
      </header>
      <FilmTimeline film={film} people={people} idPrefix="tl" />
    </div>
  );
}
