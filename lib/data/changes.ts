import { createHash } from "node:crypto";
import type { Claim } from "../content/load";
import type { ChangeType } from "../content/schema";

// New claims and changes across the site, newest first, and the Atom feed of them.

export type ChangeEntry = {
  /** Permanent: made from the claim and the change itself, never from a position in a list. */
  key: string;
  date: string;
  type: ChangeType;
  slug: string;
  title: string;
  note: string;
  /** The claim's film, so a reader of the feed knows which film a change is about. */
  film?: { id: string; title: string };
};

export const CHANGE_LABELS: Record<ChangeType, string> = { new: "New claim", correction: "Correction", clarification: "Clarification" };

const PUBLISHED_NOTE = "New claim published.";

/** A short digest of the note: two changes to one claim on one day still get different keys. */
const digest = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 12);

export function changeKey(slug: string, change: { date: string; type: ChangeType; note: string }): string {
  return change.type === "new" ? `${slug}/published` : `${slug}/${change.date}-${digest(change.note)}`;
}

export function recentChanges(claims: Claim[], films: { id: string; title: string }[] = []): ChangeEntry[] {
  const filmOf = new Map(films.map((f) => [f.id, { id: f.id, title: f.title }]));
  const order: Record<ChangeType, number> = { correction: 0, clarification: 1, new: 2 };
  return claims
    .flatMap((c) => {
      const film = filmOf.get(c.film);
      const entries = c.changes.map((ch) => ({ key: changeKey(c.slug, ch), date: ch.date, type: ch.type, slug: c.slug, title: c.title, note: ch.note, film }));
      // The publication is an entry of its own unless the author wrote one.
      if (!c.changes.some((ch) => ch.type === "new")) {
        entries.push({
          key: changeKey(c.slug, { date: c.published, type: "new", note: "" }),
          date: c.published,
          type: "new",
          slug: c.slug,
          title: c.title,
          note: PUBLISHED_NOTE,
          film,
        });
      }
      return entries;
    })
    .sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug) || order[a.type] - order[b.type] || a.key.localeCompare(b.key));
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
  const items = list.map((e) => {
    const link = `${opts.siteUrl}/claims/${e.slug}`;
    return [
      "  <entry>",
      `    <id>${esc(`${opts.siteUrl}/changes#${e.key}`)}</id>`,
      `    <title>${esc(`${CHANGE_LABELS[e.type]}: ${e.title}`)}</title>`,
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
