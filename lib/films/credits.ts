import type { Film } from "../content/schema";
import type { BasedOnLd, FilmLd } from "../structured-data/movie";

// A film's credits as the page prints them and as structured data names them.

type Writer = Film["writers"][number];
type BasedOn = NonNullable<Film["basedOn"]>;

export const writerName = (w: Writer) => (typeof w === "string" ? w : w.name);

/** "Peter Fellows (additional material)": the credit beside the name, never in it. */
export const writerLabel = (w: Writer) => (typeof w === "string" ? w : `${w.name} (${w.credit})`);

const KIND_LABEL: Record<BasedOnLd["kind"], string> = { "graphic-novel": "the graphic novel", novel: "the novel", book: "the book", play: "the play" };

/** The source work in words, with the title apart so the page can set it in italics. */
export function basedOnParts(b: BasedOn): { before: string; title?: string; after: string } {
  if (typeof b === "string") return { before: b, after: "" };
  const names = b.authors.map((a) => (a.role ? `${a.name} (${a.role})` : a.name));
  const by = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names[0];
  return { before: `${KIND_LABEL[b.kind]} `, title: b.title, after: ` by ${by}` };
}

/** The film as the structured-data builders take it. */
export function filmLd(film: Film, url: string): FilmLd {
  return { title: film.title, year: film.year, url, directors: film.directors, writers: film.writers.map(writerName), releases: film.releases };
}

/** The source work for schema.org; a plain sentence says too little to be a Book, so it is left out. */
export const basedOnLd = (b: Film["basedOn"]): BasedOnLd | undefined => (b && typeof b !== "string" ? b : undefined);
