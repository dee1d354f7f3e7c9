import "server-only";
import path from "node:path";
import { cache } from "react";
import { loadContent, type Claim, type SiteContent } from "./load";
import * as resolve from "./resolve";
import type { HistoricalEvent, Person, Source } from "./schema";

// The public API of the content layer. Routes and components import from
// here; nothing else reads content/. Loading is memoised per process (every
// page of a build shares one load, so each claim compiles once) and wrapped in
// React cache() for request deduplication. The resolving itself is pure, in
// resolve.ts, and tested there.

export type { Claim } from "./load";
export type { Film, HistoricalEvent, Person, Scene, Source, Verdict, Liberty, Tier } from "./schema";
export type { ClaimsOfFilm, EventView, FilmView, FilmWithScenes, NumberedSource, PersonView, Portrayal, ResolvedClaim } from "./resolve";

let loaded: Promise<SiteContent> | undefined;

export const getSite = cache((): Promise<SiteContent> => {
  if (!loaded || process.env.NODE_ENV === "development") {
    // CONTENT_DIR lets benchmarks and tests build other content without touching content/.
    const root = process.env.CONTENT_DIR
      ? path.resolve(/* turbopackIgnore: true */ process.env.CONTENT_DIR)
      : path.join(/* turbopackIgnore: true */ process.cwd(), "content");
    loaded = loadContent(root);
  }
  return loaded;
});

/** Every claim, films in reading order, each film's in scene order. */
export async function getClaims(): Promise<Claim[]> {
  return (await getSite()).claims;
}

/** One claim with its film, scene, people, numbered sources and events. */
export async function getClaim(slug: string): Promise<resolve.ResolvedClaim | undefined> {
  const site = await getSite();
  const claim = site.claims.find((c) => c.slug === slug);
  return claim && resolve.resolveClaim(site, claim);
}

/** The films by year, each with its scenes, claims and credit sources. */
export async function getFilms(): Promise<resolve.FilmView[]> {
  const site = await getSite();
  return resolve.filmsInOrder(site).flatMap((f) => resolve.resolveFilm(site, f.id) ?? []);
}

export async function getFilm(id: string): Promise<resolve.FilmView | undefined> {
  return resolve.resolveFilm(await getSite(), id);
}

export async function getPeople(): Promise<Person[]> {
  return (await getSite()).people;
}

/** One person with their portrayals across films and their claims grouped by film. */
export async function getPerson(id: string): Promise<resolve.PersonView | undefined> {
  return resolve.resolvePerson(await getSite(), id);
}

/** Events in calendar order. */
export async function getEvents(): Promise<HistoricalEvent[]> {
  return (await getSite()).events;
}

/** One event with its numbered sources and how each film tells it. */
export async function getEvent(id: string): Promise<resolve.EventView | undefined> {
  return resolve.resolveEvent(await getSite(), id);
}

export async function getSources(): Promise<Source[]> {
  return (await getSite()).sources;
}

/** Which claims cite each source: for the bibliography. */
export async function getCitingClaims(): Promise<Map<string, Claim[]>> {
  return resolve.citingClaims(await getSite());
}
