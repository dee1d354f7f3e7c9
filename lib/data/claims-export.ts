import type { Claim } from "../content/load";
import type { Scene, Source } from "../content/schema";

// The open-data export of every claim: JSON with a schema version, and a flat
// CSV. Pure, so tests check the exact shape.

// 1.1.0: adds `published` and each change's `type`.
export const DATA_SCHEMA_VERSION = "1.1.0";
export const DATA_LICENCE = "Creative Commons Attribution 4.0 International (CC BY 4.0)";
export const DATA_LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

export type ExportedClaim = {
  slug: string;
  url: string;
  film: string;
  scene: { id: string; order: number; title: string; act: string };
  title: string;
  summary: string;
  verdict: string;
  liberties: string[];
  people: string[];
  dates: { date: string; label: string }[];
  sources: { id: string; at: string | null; tier: string; title: string; url: string | null }[];
  published: string;
  reviewed: string;
  changes: { date: string; type: string; note: string }[];
};

export function exportClaims(claims: Claim[], scenes: Map<string, Scene[]>, sources: Source[], urlOf: (slug: string) => string) {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const rows: ExportedClaim[] = claims.map((c) => {
    const scene = scenes.get(c.film)!.find((s) => s.id === c.scene)!;
    return {
      slug: c.slug,
      url: urlOf(c.slug),
      film: c.film,
      scene: { id: scene.id, order: scene.order, title: scene.title, act: scene.act },
      title: c.title,
      summary: c.summary,
      verdict: c.verdict,
      liberties: c.liberties,
      people: c.characters,
      dates: c.dates,
      sources: c.sources.map((r) => {
        const s = byId.get(r.id)!;
        return { id: r.id, at: r.at ?? null, tier: s.tier, title: s.title, url: s.url ?? null };
      }),
      published: c.published,
      reviewed: c.reviewed,
      changes: c.changes,
    };
  });
  return { schemaVersion: DATA_SCHEMA_VERSION, licence: DATA_LICENCE, licenceUrl: DATA_LICENCE_URL, count: rows.length, claims: rows };
}

const CSV_COLUMNS = ["slug", "url", "film", "scene", "scene_order", "title", "summary", "verdict", "liberties", "people", "dates", "sources", "reviewed"] as const;

/** RFC 4180: quote every field, double inner quotes; lists joined with "; ". */
export function claimsCsv(rows: ExportedClaim[]): string {
  const q = (v: string | number) => `"${String(v).replace(/"/g, '""')}"`;
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
    ].map(q).join(","),
  );
  return [CSV_COLUMNS.join(","), ...lines].join("\r\n") + "\r\n";
}
