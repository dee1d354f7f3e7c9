import type { Metadata } from "next";
import { pageMetadata } from "@/lib/site/metadata";
import { FilmSummary } from "@/components/films/film-summary";
import { getFilms } from "@/lib/content";

export const metadata: Metadata = pageMetadata({
  path: "/films",
  title: "Films",
  description: "Every film we check against the historical record, each with its scorecard.",
});

export default async function FilmsPage() {
  const films = await getFilms();
  return (
    <div className="grid gap-8">
      <header className="grid gap-2">
        <h1 className="font-serif text-4xl font-bold">Films</h1>
        <p className="max-w-measure text-muted">Each film, taken one claim at a time, by year of release.</p>
      </header>
      <ul className="grid gap-6 md:grid-cols-2">
        {films.map((f) => (
          <li key={f.id} className="grid">
            <FilmSummary film={f} headingLevel={2} />
          </li>
        ))}
      </ul>
    </div>
  );
}
