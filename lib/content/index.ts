import "server-only";
import path from "node:path";
import { cache } from "react";
import { loadContent, type Claim, type SiteContent } from "./load";
import type { Assessment, Person, Scene, Source, SourceRef } from "./schema";

// The public API of the content layer. Routes and components import from
// here; nothing else reads content/. Loading is memoised per process (every
// page of a build shares one load, so each claim compiles once) and wrapped in
// React cache() for request deduplication.

export type { Claim } from "./load";
export type { Film, Person, Scene, Source, Verdict, Liberty, Tier } from "./schema";

let loaded: Promise<SiteContent> | undefined;

export const getSite = cache((): Promise<SiteContent> => {
  if (!loaded || process.env.NODE_ENV === "development") {
    // CONTENT_DIR lets benchmarks build synthetic content without touching content/.
    const root = process.env.CONTENT_DIR
      ? path.resolve(/* turbopackIgnore: true */ process.env.CONTENT_DIR)
      : path.join(/* turbopackIgnore: true */ process.cwd(), "content");
    loaded = loadContent(root);
  }
  return loaded;
});

export async function getClaims(): Promise<Claim[]> {
  return (await getSite()).claims;
}

export async function getClaim(slug: string): Promise<Claim | undefined> {
  return (await getSite()).claims.find((c) => c.slug === slug);
}

/** The film the site covers in depth: the first one. */
export async function getMainFilm() {
  const site = await getSite();
  return (await getFilm(site.films[0].id))!;
}

export async function getFilm(id: string) {
  const site = await getSite();
  const film = site.films.find((f) => f.id === id);
  return film && { ...film, scenes: site.scenes.get(id) ?? [] };
}

export async function getPeople(): Promise<Person[]> {
  return (await getSite()).people;
}

export async function getPerson(id: string): Promise<Person | undefined> {
  return (await getSite()).people.find((p) => p.id === id);
}

export async function getSources(): Promise<Source[]> {
  return (await getSite()).sources;
}

/** A claim with every id replaced by what it names: what pages render. */
export type ResolvedClaim = Claim & {
  sceneInfo: Scene;
  people: Person[];
  /** Numbered in frontmatter order; inline citations use these numbers. */
  refs: { n: number; source: Source; at?: string }[];
  /** "What others said": each assessment with the published piece it judges. */
  assessed: (Assessment & { piece: Source })[];
};

export async function resolveClaim(claim: Claim): Promise<ResolvedClaim> {
  const site = await getSite();
  const sources = new Map(site.sources.map((s) => [s.id, s]));
  const sceneInfo = site.scenes.get(claim.film)!.find((s) => s.id === claim.scene)!;
  return {
    ...claim,
    sceneInfo,
    people: claim.characters.map((id) => site.people.find((p) => p.id === id)!),
    refs: claim.sources.map((r: SourceRef, i) => ({ n: i + 1, source: sources.get(r.id)!, at: r.at })),
    assessed: claim.assessments.map((a) => ({ ...a, piece: sources.get(a.source)! })),
  };
}

/** Which claims cite each source: for the bibliography. */
export async function getCitingClaims(): Promise<Map<string, Claim[]>> {
  const site = await getSite();
  const map = new Map<string, Claim[]>();
  for (const c of site.claims) for (const r of c.sources) map.set(r.id, [...(map.get(r.id) ?? []), c]);
  return map;
}
