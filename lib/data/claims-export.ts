import type { Claim } from "../content/load";
import type { Film, Scene, Source } from "../content/schema";

// The open-data export of every claim: JSON with a schema version, and a flat
// CSV. Pure, so tests check the exact shape.

// 1.1.0: added filmTitle, filmYear, events (ids of historical events), `published` and each change's `type`.
export const DATA_SCHEMA_VERSION = "1.1.0";
export const DATA_LICENCE = "Creative Commons Attribution 4.0 International (CC BY 4.0)";
export const DATA_LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

export type ExportedClaim = {
  slug: string;
  url: string;
  film: string;
  filmTitle: string;
  filmYear: number;
  scene: { id: string; order: number; title: string; act: string };
  title: string;
  summary: string;
  verdict: string;
  liberties: string[];
  people: string[];
  dates: { date: string; label: string }[];
  events: string[];
  sources: { id: string; at: string | null; tier: string; title: string; url: string | null }[];
  published: string;
  reviewed: string;
  changes: { date: string; type: string; note: string }[];
};

export function exportClaims(claims: Claim[], films: Film[], scenes: Map<string, Scene[]>, sources: Source[], urlOf: (slug: string) => string) {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const filmOf = new Map(films.map((f) => [f.id, f]));
  const rows: ExportedClaim[] = claims.map((c) => {
    const scene = must(
      scenes.get(c.film)?.find((s) => s.id === c.scene),
      `scene ${c.scene} of ${c.film}`,
    );
    const film = must(filmOf.get(c.film), `film ${c.film}`);
    return {
      slug: c.slug,
      url: urlOf(c.slug),
      film: c.film,
      filmTitle: film.title,
      filmYear: film.year,
      scene: { id: scene.id, order: scene.order, title: scene.title, act: scene.act },
      title: c.title,
      summary: c.summary,
      verdict: c.verdict,
      liberties: c.liberties,
      people: c.characters,
      dates: c.dates,
      events: c.events,
      sources: c.sources.map((r) => {
        const s = must(byId.get(r.id), `source ${r.id}`);
        return { id: r.id, at: r.at ?? null, tier: s.tier, title: s.title, url: s.url ?? null };
      }),
      published: c.published,
      reviewed: c.reviewed,
      changes: c.changes,
    };
  });
  return { schemaVersion: DATA_SCHEMA_VERSION, licence: DATA_LICENCE, licenceUrl: DATA_LICENCE_URL, count: rows.length, claims: rows };
}

// New columns go at the end, so readers of the 1.0 layout keep working.
const CSV_COLUMNS = [
  "slug",
  "url",
  "film",
  "scene",
  "scene_order",
  "title",
  "summary",
  "verdict",
  "liberties",
  "people",
  "dates",
  "sources",
  "reviewed",
  "film_title",
  "events",
] as const;

/**
 * A CSV cell that no spreadsheet will run: a cell that starts with = + - @,
 * a tab or a carriage return would be read as a formula, so it gets a leading
 * apostrophe, as the OWASP CSV-injection guidance says; then RFC 4180 quoting.
 */
export function csvCell(v: string | number): string {
  const text = String(v);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** RFC 4180: quote every field, double inner quotes; lists joined with "; ". */
export function claimsCsv(rows: ExportedClaim[]): string {
  const q = csvCell;
  const lines = rows.map((r) =>
    [
      r.slug,
      r.url,
      r.film,
      r.scene.id,
      r.scene.order,
      r.title,
      r.summary,
      r.verdict,
      r.liberties.join("; "),
      r.people.join("; "),
      r.dates.map((d) => d.date).join("; "),
      r.sources.map((s) => s.id).join("; "),
      r.reviewed,
      r.filmTitle,
      r.events.join("; "),
    ]
      .map(q)
      .join(","),
  );
  return `${[CSV_COLUMNS.join(","), ...lines].join("\r\n")}\r\n`;
}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Open data: ${what} does not resolve (the content loader should have refused this)`);
  return value;
}
