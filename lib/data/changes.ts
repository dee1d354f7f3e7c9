import type { Claim } from "../content/load";

// Corrections across the site, newest first, and the Atom feed of them.

/** film: the claim's film, so a reader of the feed knows which film a change is about. */
export type ChangeEntry = { date: string; slug: string; title: string; note: string; film?: { id: string; title: string } };

export function recentChanges(claims: Claim[], films: { id: string; title: string }[] = []): ChangeEntry[] {
  const filmOf = new Map(films.map((f) => [f.id, { id: f.id, title: f.title }]));
  return claims
    .flatMap((c) => [
      ...c.changes.map((ch) => ({ date: ch.date, slug: c.slug, title: c.title, note: ch.note, film: filmOf.get(c.film) })),
      { date: c.published ?? c.reviewed, slug: c.slug, title: c.title, note: "Published.", film: filmOf.get(c.film) },
    ])
    .sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug) || (a.note === "Published." ? 1 : -1));
}

/**
 * Text as XML character data. The content check already refuses control
 * characters; characters XML 1.0 cannot hold are still replaced here, so the
 * feed stays well-formed whatever reaches it.
 */
export const esc = (s: string) =>
  s
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, "\ufffd")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

export function atomFeed(entries: ChangeEntry[], opts: { siteName: string; siteUrl: string; limit?: number }): string {
  const list = entries.slice(0, opts.limit ?? 100);
  const updated = `${list[0]?.date ?? "1970-01-01"}T00:00:00Z`;
  const items = list.map((e, i) => {
    const link = `${opts.siteUrl}/claims/${e.slug}`;
    return [
      "  <entry>",
      `    <id>${esc(`${link}#change-${e.date}-${i}`)}</id>`,
      `    <title>${esc(`${e.note === "Published." ? "New claim" : "Correction"}: ${e.title}`)}</title>`,
      `    <link href="${esc(link)}"/>`,
      ...(e.film ? [`    <category term="${esc(e.film.id)}" label="${esc(e.film.title)}"/>`] : []),
      `    <updated>${e.date}T00:00:00Z</updated>`,
      `    <summary>${esc(e.film ? `${e.film.title}: ${e.note}` : e.note)}</summary>`,
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${esc(opts.siteName)}: changes</title>`,
    `  <id>${esc(opts.siteUrl)}/changes</id>`,
    `  <link rel="self" href="${esc(opts.siteUrl)}/changes.xml"/>`,
    `  <link href="${esc(opts.siteUrl)}/changes"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${esc(opts.siteName)}</name></author>`,
    ...items,
    "</feed>",
    "",
  ].join("\n");
}
