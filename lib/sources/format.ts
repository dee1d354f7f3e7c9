import type { Source } from "../content/schema";

// Plain-text parts of a bibliography entry, shared by the source list and
// the bibliography page. Pure, so it is tested directly.

export function authorLine(authors: string[]): string {
  if (authors.length <= 2) return authors.join(" and ");
  return `${authors.slice(0, -1).join(", ")} and ${authors[authors.length - 1]}`;
}

/** "London: Macmillan, 2004" / "Time, 1953-03-23" — what follows the title. */
export function publicationLine(s: Source): string {
  const place = s.place && s.publisher ? `${s.place}: ${s.publisher}` : (s.publisher ?? s.place);
  return [s.container, place, s.date && formatDate(s.date)].filter(Boolean).join(", ");
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** 1953-12-23 → "23 December 1953"; 1921-03 → "March 1921"; 2003 → "2003". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  if (!m) return y;
  const month = MONTHS[Number(m) - 1];
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export function titleIsBookLike(s: Source): boolean {
  return s.kind === "book" || s.kind === "memoir" || s.kind === "film";
}
