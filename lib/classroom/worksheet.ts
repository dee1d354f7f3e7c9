import type { Source } from "../content/schema";
import { surname } from "./people";

// A worksheet: the view's claims as questions, each with its sources as short
// references a pupil can look up, and an answer key.

/**
 * "Montefiore, Stalin: The Court of the Red Tsar (2003), Epilogue": first
 * author's surname, title, year, locator. Authors may be people or bodies;
 * only a person's name is cut to the surname.
 */
export function shortRef(s: Pick<Source, "authors" | "title" | "date" | "container">, at?: string): string {
  const first = s.authors[0];
  // Without an author, the work it appears in says where to look ("Wikipedia, Lavrentiy Beria").
  const who = first
    ? shortName(first) + (s.authors.length > 2 ? " et al." : s.authors.length === 2 ? ` and ${shortName(s.authors[1])}` : "")
    : (s.container ?? "");
  const year = s.date ? ` (${s.date.slice(0, 4)})` : "";
  return `${who ? `${who}, ` : ""}${s.title}${year}${at ? `, ${at}` : ""}`;
}

function shortName(author: string): string {
  return looksLikePerson(author) ? surname(author) : author;
}

// "Simon Sebag Montefiore" is a person; "Reuters" or "Central Committee of the CPSU" is not.
function looksLikePerson(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 5 && !/\b(of|the|and|committee|agency|ministry|press|news|staff)\b/i.test(name);
}

export type WorksheetItem = {
  slug: string;
  title: string;
  film: string;
  filmTitle: string;
  scene: string;
  refs: string[];
};

/** The worksheet's heading: the view in a phrase, or the whole record. */
export function worksheetTitle(filters: string[]): string {
  return filters.length ? `Film or record? ${filters.join("; ")}` : "Film or record? Every claim";
}
