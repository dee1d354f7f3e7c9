import { tallyVerdicts, type Tally } from "../claims/tally";
import type { Claim, SiteContent } from "../content/load";
import { resolveEvent, resolveFilm, resolvePerson, type EventView, type PersonView } from "../content/resolve";
import type { Film } from "../content/schema";
import type { Verdict } from "../content/vocabulary";
import { formatDateSpan } from "../events/format";

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

/** A claim's card: the kicker names the claim's own film, as a share card travels without its page. */
export function claimShareCard(claim: Pick<Claim, "title" | "summary" | "verdict">, film: Pick<Film, "title" | "year">): ShareCardText {
  return { kicker: `${film.title} (${film.year})`, title: claim.title, line: claim.summary, verdict: claim.verdict };
}

export function personShareCard(person: Pick<PersonView, "name" | "born" | "died" | "portrayals" | "claims">): ShareCardText {
  const { claims } = person;
  const castings = person.portrayals.map((p) => `${p.actor} in ${p.film.title} (${p.film.year})`);
  return {
    kicker: "On screen and in the record",
    title: person.name,
    line: `${castings.length ? `Played by ${castings.join("; ")}` : "Not played on screen"}. In life ${person.born.slice(0, 4)}–${person.died.slice(0, 4)}.`,
    tally: tallyVerdicts(claims),
    tallyCaption: claims.length ? `${claims.length} claim${claims.length === 1 ? "" : "s"} checked against the record` : "No claims yet",
  };
}

export function filmShareCard(film: Pick<Film, "title" | "year" | "directors" | "runtimeMinutes">, claims: Pick<Claim, "verdict">[]): ShareCardText {
  return {
    kicker: "The film against the record",
    title: `${film.title} (${film.year})`,
    line: `Directed by ${film.directors.join(" and ")} · ${film.runtimeMinutes} minutes`,
    tally: tallyVerdicts(claims),
    tallyCaption: `${claims.length} claims checked against the record`,
  };
}

export function eventShareCard(event: Pick<EventView, "date" | "dateTo" | "title" | "summary" | "tellings" | "claims">): ShareCardText {
  const films = event.tellings.map((t) => t.film.title);
  return {
    kicker: formatDateSpan(event.date, event.dateTo),
    title: event.title,
    line: films.length ? `${event.summary} In ${films.join(" and ")}.` : event.summary,
    tally: tallyVerdicts(event.claims),
    tallyCaption: `How ${event.claims.length} claim${event.claims.length === 1 ? "" : "s"} in the films tell it`,
  };
}

/** Every card the routes keep in the image cache: one per claim, person, film and event. */
export function cachedShareCards(site: SiteContent): ShareCardText[] {
  const films = new Map(site.films.map((f) => [f.id, f]));
  return [
    ...site.claims.map((c) => claimShareCard(c, films.get(c.film)!)),
    ...site.people.map((p) => personShareCard(resolvePerson(site, p.id)!)),
    ...site.films.map((f) => filmShareCard(f, resolveFilm(site, f.id)!.claims)),
    ...site.events.map((e) => eventShareCard(resolveEvent(site, e.id)!)),
  ];
}
