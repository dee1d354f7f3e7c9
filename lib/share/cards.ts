import { tallyVerdicts, type Tally } from "../claims/tally";
import type { Claim, SiteContent } from "../content/load";
import type { Film, Person } from "../content/schema";
import type { Verdict } from "../content/vocabulary";

// What each share card says, in one place: the opengraph-image routes draw
// these, and the share-image step of the build (scripts/share-images.ts) draws
// every one ahead of them, in parallel with the page build, into the same
// content-addressed cache (lib/site/image-cache.ts). Same words, same key.

export type ShareCardText = {
  kicker: string;
  title: string;
  line: string;
  verdict?: Verdict;
  tally?: Tally;
  tallyCaption?: string;
};

export function claimShareCard(claim: Pick<Claim, "title" | "summary" | "verdict">, film: Pick<Film, "title" | "year">): ShareCardText {
  return { kicker: `${film.title} (${film.year})`, title: claim.title, line: claim.summary, verdict: claim.verdict };
}

export function personShareCard(person: Person, site: Pick<SiteContent, "claims" | "films">): ShareCardText {
  const claims = site.claims.filter((c) => c.characters.includes(person.id));
  const castings = site.films.flatMap((f) => f.cast.filter((m) => m.person === person.id).map((m) => `${m.actor} in ${f.title} (${f.year})`));
  return {
    kicker: "On screen and in the record",
    title: person.name,
    line: `${castings.length ? `Played by ${castings.join("; ")}` : "Not played on screen"}. In life ${person.born.slice(0, 4)}–${person.died.slice(0, 4)}.`,
    tally: tallyVerdicts(claims),
    tallyCaption: claims.length ? `${claims.length} claim${claims.length === 1 ? "" : "s"} checked against the record` : "No claims yet",
  };
}

export function filmShareCard(film: Film, site: Pick<SiteContent, "claims">): ShareCardText {
  const claims = site.claims.filter((c) => c.film === film.id);
  return {
    kicker: "The film against the record",
    title: `${film.title} (${film.year})`,
    line: `Directed by ${film.directors.join(" and ")} · ${film.runtimeMinutes} minutes`,
    tally: tallyVerdicts(claims),
    tallyCaption: `${claims.length} claims checked against the record`,
  };
}

/** Every card the routes keep in the image cache: one per claim, person and film. */
export function cachedShareCards(site: Pick<SiteContent, "claims" | "films" | "people">): ShareCardText[] {
  const films = new Map(site.films.map((f) => [f.id, f]));
  return [
    ...site.claims.map((c) => claimShareCard(c, films.get(c.film)!)),
    ...site.people.map((p) => personShareCard(p, site)),
    ...site.films.map((f) => filmShareCard(f, site)),
  ];
}
