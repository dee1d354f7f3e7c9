// "Cite this claim" in four styles. Pure: the page and the tests call these.

export type CitableClaim = { slug: string; title: string; reviewed: string; url: string };

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
// MLA 9 abbreviates months longer than four letters.
const MLA_MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

function parts(iso: string) {
  const [y, m, d] = iso.split("-").map(Number);
  return { y, m, d };
}

/** A title ends its own sentence: don't add a full stop after ? or !. */
function closed(title: string): string {
  return /[.?!]$/.test(title) ? title : `${title}.`;
}

export function chicago(c: CitableClaim, site: string): string {
  const { y, m, d } = parts(c.reviewed);
  return `“${closed(c.title)}” ${site}. Last modified ${MONTHS[m - 1]} ${d}, ${y}. ${c.url}.`;
}

export function mla(c: CitableClaim, site: string): string {
  const { y, m, d } = parts(c.reviewed);
  return `“${closed(c.title)}” ${site}, ${d} ${MLA_MONTHS[m - 1]} ${y}, ${c.url.replace(/^https?:\/\//, "")}.`;
}

export function apa(c: CitableClaim, site: string): string {
  const { y, m, d } = parts(c.reviewed);
  return `${site}. (${y}, ${MONTHS[m - 1]} ${d}). ${closed(c.title)} ${c.url}`;
}

const BIBTEX_SPECIAL = /([{}%&$#_\\])/g;

export function bibtex(c: CitableClaim, site: string): string {
  const { y, m } = parts(c.reviewed);
  const esc = (s: string) => s.replace(BIBTEX_SPECIAL, "\\$1");
  const month = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"][m - 1];
  return [
    `@misc{reelvsrecord:${c.slug},`,
    `  author = {{${esc(site)}}},`,
    `  title = {{${esc(c.title)}}},`,
    `  year = {${y}},`,
    `  month = ${month},`,
    `  note = {Last reviewed ${c.reviewed}},`,
    `  url = {${c.url}},`,
    `}`,
  ].join("\n");
}

export const CITATION_STYLES = [
  { id: "chicago", label: "Chicago", format: chicago },
  { id: "mla", label: "MLA", format: mla },
  { id: "apa", label: "APA", format: apa },
  { id: "bibtex", label: "BibTeX", format: bibtex },
] as const;
