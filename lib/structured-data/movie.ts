import type { Book, CreativeWork, Movie, Person, WithContext } from "schema-dts";

// schema.org for a film. Takes plain data, so a claim page builds the Movie of
// its own film and the film page the same Movie with full credits.

export type BasedOnLd = { kind: "graphic-novel" | "novel" | "book" | "play"; title: string; authors: { name: string; role?: string }[] };

export type FilmLd = {
  title: string;
  year: number;
  /** The film's page on this site, absolute. */
  url: string;
  directors: string[];
  writers: string[];
  releases: { date: string }[];
};

const person = (name: string): Person => ({ "@type": "Person", name });

/** A stable node id for the film, so every page's Movie is recognisably the same thing. */
export const movieId = (filmUrl: string) => `${filmUrl}#film`;

/** The first public showing: the film's datePublished, and the date its makers "said" what it shows. */
export function firstRelease(film: { year: number; releases: { date: string }[] }): string {
  return film.releases.map((r) => r.date).sort()[0] ?? String(film.year);
}

/** The film as the short node a claim points at. */
export function movieRef(film: FilmLd): Movie {
  return { "@type": "Movie", "@id": movieId(film.url), name: film.title, url: film.url, dateCreated: String(film.year), datePublished: firstRelease(film) };
}

/** The people who made what the film asserts: its directors and writers, each once. */
export function filmMakers(film: FilmLd): Person[] {
  return [...new Set([...film.directors, ...film.writers])].map(person);
}

function basedOnLd(b: BasedOnLd): Book | CreativeWork {
  // A graphic novel's artist is its illustrator in schema.org's terms.
  const drawn = (role?: string) => role === "artist" || role === "illustrator";
  const author = b.authors.filter((a) => !drawn(a.role)).map((a) => person(a.name));
  const illustrator = b.authors.filter((a) => drawn(a.role)).map((a) => person(a.name));
  if (b.kind === "play") return { "@type": "CreativeWork", name: b.title, author };
  return {
    "@type": "Book",
    name: b.title,
    author,
    ...(illustrator.length ? { illustrator } : {}),
    ...(b.kind === "graphic-novel" ? { bookFormat: "https://schema.org/GraphicNovel" } : {}),
  };
}

/** schema.org Movie for the film page. */
export function movieJsonLd(
  f: FilmLd & {
    runtimeMinutes: number;
    countries: string[];
    cast: { actor: string; role: string }[];
    basedOn?: BasedOnLd;
    sameAs?: string[];
  },
): WithContext<Movie> {
  return {
    "@context": "https://schema.org",
    ...movieRef(f),
    director: f.directors.map(person),
    author: f.writers.map(person),
    duration: `PT${f.runtimeMinutes}M`,
    countryOfOrigin: f.countries.map((name) => ({ "@type": "Country", name })),
    // The Role pattern: a PerformanceRole stands in for the actor and names the character.
    actor: f.cast.map((c) => ({ "@type": "PerformanceRole", actor: person(c.actor), characterName: c.role })),
    ...(f.basedOn ? { isBasedOn: basedOnLd(f.basedOn) } : {}),
    ...(f.sameAs?.length ? { sameAs: f.sameAs } : {}),
  };
}
