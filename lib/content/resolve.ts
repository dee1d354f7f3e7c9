import type { Claim, SiteContent } from "./load";
import type { Assessment, Film, HistoricalEvent, Person, Scene, Source, SourceRef } from "./schema";

// The content as pages read it: every id replaced by what it names. Pure
// functions over a loaded SiteContent, so tests call them on a fixture tree
// and routes (through index.ts) read like sentences: getPerson(id).portrayals.
// The loader has already checked that every id resolves; `must` turns a
// broken invariant into an error that says which id, instead of a `!`.

/** A source as cited on a page: numbered in the order it is listed. */
export type NumberedSource = { n: number; source: Source; at?: string };

export type FilmWithScenes = Film & { scenes: Scene[] };

/** A film with its scenes, its claims in film order, the sources for its credits, and the events its claims name. */
export type FilmView = FilmWithScenes & { claims: Claim[]; refs: NumberedSource[]; events: HistoricalEvent[] };

/** A claim with its film, scene, people, numbered sources and events. */
export type ResolvedClaim = Claim & {
  filmInfo: FilmWithScenes;
  sceneInfo: Scene;
  people: Person[];
  /** Numbered in frontmatter order; inline citations use these numbers. */
  refs: NumberedSource[];
  eventList: HistoricalEvent[];
  /** "What others said": each assessment with the published piece it judges. */
  assessed: (Assessment & { piece: Source })[];
};

/** One film's casting of a person, and the claim that judges the portrayal, if any. */
export type Portrayal = { film: Film; actor: string; role: string; verdictClaim?: Claim };

export type ClaimsOfFilm = { film: Film; claims: Claim[] };

export type PersonView = Person & {
  refs: NumberedSource[];
  portrayals: Portrayal[];
  /** Every claim about them, all films together, in site order. */
  claims: Claim[];
  claimsByFilm: ClaimsOfFilm[];
  events: HistoricalEvent[];
};

export type EventView = Omit<HistoricalEvent, "people" | "record" | "counts"> & {
  refs: NumberedSource[];
  record: { text: string; cites: { n: number; at?: string }[] }[];
  counts: { label: string; min: number; max?: number; cites: { n: number; at?: string }[] }[];
  people: { person: Person; role?: string }[];
  /** How each film tells it: the films whose claims name this event. */
  tellings: ClaimsOfFilm[];
  claims: Claim[];
};

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Content invariant broken: ${what} does not resolve (the loader should have refused this)`);
  return value;
}

/** Films in the order a reader meets them: by year, then title. Folder names play no part. */
export function filmsInOrder(site: SiteContent): Film[] {
  return [...site.films].sort((a, b) => a.year - b.year || a.title.localeCompare(b.title));
}

export function sourceById(site: SiteContent, id: string): Source {
  return must(
    site.sources.find((s) => s.id === id),
    `source "${id}"`,
  );
}

export function numberSources(site: SiteContent, refs: SourceRef[]): NumberedSource[] {
  return refs.map((r, i) => ({ n: i + 1, source: sourceById(site, r.id), at: r.at }));
}

export function filmById(site: SiteContent, id: string): Film {
  return must(
    site.films.find((f) => f.id === id),
    `film "${id}"`,
  );
}

export function claimsOfFilm(site: SiteContent, filmId: string): Claim[] {
  return site.claims.filter((c) => c.film === filmId);
}

export function resolveFilm(site: SiteContent, id: string): FilmView | undefined {
  const film = site.films.find((f) => f.id === id);
  if (!film) return undefined;
  const claims = claimsOfFilm(site, id);
  const events = site.events.filter((e) => claims.some((c) => c.events.includes(e.id)));
  return { ...film, scenes: site.scenes.get(id) ?? [], claims, refs: numberSources(site, film.sources), events };
}

export function resolveClaim(site: SiteContent, claim: Claim): ResolvedClaim {
  const film = filmById(site, claim.film);
  const scenes = site.scenes.get(claim.film) ?? [];
  return {
    ...claim,
    filmInfo: { ...film, scenes },
    sceneInfo: must(
      scenes.find((s) => s.id === claim.scene),
      `scene "${claim.scene}" of ${claim.film}`,
    ),
    people: claim.characters.map((id) => personById(site, id)),
    refs: numberSources(site, claim.sources),
    eventList: claim.events.map((id) =>
      must(
        site.events.find((e) => e.id === id),
        `event "${id}"`,
      ),
    ),
    assessed: claim.assessments.map((a) => ({ ...a, piece: sourceById(site, a.source) })),
  };
}

function personById(site: SiteContent, id: string): Person {
  return must(
    site.people.find((p) => p.id === id),
    `person "${id}"`,
  );
}

/** Claims grouped under their films, films in reading order, empty groups left out. */
export function groupByFilm(site: SiteContent, claims: Claim[]): ClaimsOfFilm[] {
  return filmsInOrder(site)
    .map((film) => ({ film, claims: claims.filter((c) => c.film === film.id) }))
    .filter((g) => g.claims.length > 0);
}

export function resolvePerson(site: SiteContent, id: string): PersonView | undefined {
  const person = site.people.find((p) => p.id === id);
  if (!person) return undefined;
  const claims = site.claims.filter((c) => c.characters.includes(id));
  const portrayals = filmsInOrder(site).flatMap((film) =>
    film.cast
      .filter((m) => m.person === id)
      .map((m) => ({
        film,
        actor: m.actor,
        role: m.role,
        verdictClaim: m.portrayal ? site.claims.find((c) => c.slug === m.portrayal) : undefined,
      })),
  );
  return {
    ...person,
    refs: numberSources(site, person.sources),
    portrayals,
    claims,
    claimsByFilm: groupByFilm(site, claims),
    events: site.events.filter((e) => e.people.some((p) => p.person === id) || claims.some((c) => c.events.includes(e.id))),
  };
}

export function resolveEvent(site: SiteContent, id: string): EventView | undefined {
  const event = site.events.find((e) => e.id === id);
  if (!event) return undefined;
  const refs = numberSources(site, event.sources);
  const numberOf = new Map(refs.map((r) => [r.source.id, r.n]));
  const cite = (list: SourceRef[]) => list.map((r) => ({ n: must(numberOf.get(r.id), `source "${r.id}" in the list of event ${id}`), at: r.at }));
  const claims = site.claims.filter((c) => c.events.includes(id));
  return {
    ...event,
    refs,
    record: event.record.map((p) => ({ text: p.text, cites: cite(p.sources) })),
    counts: event.counts.map((c) => ({ label: c.label, min: c.min, max: c.max, cites: cite(c.sources) })),
    people: event.people.map((p) => ({ person: personById(site, p.person), role: p.role })),
    tellings: groupByFilm(site, claims),
    claims,
  };
}

/** Which claims cite each source: for the bibliography. */
export function citingClaims(site: SiteContent): Map<string, Claim[]> {
  const map = new Map<string, Claim[]>();
  for (const c of site.claims) for (const r of c.sources) map.set(r.id, [...(map.get(r.id) ?? []), c]);
  return map;
}
