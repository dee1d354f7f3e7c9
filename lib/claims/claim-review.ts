import type { Verdict } from "../content/schema";
import { VERDICT_INFO } from "./verdicts";

// schema.org ClaimReview for a claim page. The number-to-verdict mapping is
// published on /method; the verdict's word (alternateName) is authoritative.

export const RATING_SCALE = { best: 5, worst: 1 } as const;

export const VERDICT_RATING: Record<Verdict, number> = {
  accurate: 5,
  "mostly-accurate": 4,
  mixed: 3,
  // Neither established nor refuted: the middle of the scale, named "Unproven".
  unproven: 3,
  "mostly-inaccurate": 2,
  invented: 1,
};

const MAX_CLAIM_REVIEWED = 74;

/** schema.org asks for a short claimReviewed: cut at a word boundary under 75 characters. */
export function shortClaim(title: string): string {
  if (title.length <= MAX_CLAIM_REVIEWED) return title;
  const cut = title.slice(0, MAX_CLAIM_REVIEWED - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[,;:—–-]+$/, "")}…`;
}

export type ClaimReviewInput = {
  url: string;
  title: string;
  verdict: Verdict;
  published: string;
  modified: string;
  siteName: string;
  siteUrl: string;
  film: { title: string; year: number; directors: string[]; url: string };
  scene?: { title: string; from: number; to: number };
};

export function claimReviewJsonLd(c: ClaimReviewInput) {
  const movie = {
    "@type": "Movie",
    name: c.film.title,
    dateCreated: String(c.film.year),
    director: c.film.directors.map((name) => ({ "@type": "Person", name })),
    url: c.film.url,
  };
  const appearance: object[] = [movie];
  if (c.scene) {
    appearance.push({
      "@type": "Clip",
      name: c.scene.title,
      // Our minute marks are estimates from scene order, so they go in words;
      // startOffset/endOffset would tell machines they are exact.
      description: `Approximately minutes ${c.scene.from}–${c.scene.to} of the film (estimated from scene order)`,
      partOfMovie: { "@type": "Movie", name: c.film.title, dateCreated: String(c.film.year) },
    });
  }
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: c.url,
    claimReviewed: shortClaim(c.title),
    datePublished: c.published,
    dateModified: c.modified,
    author: { "@type": "Organization", name: c.siteName, url: c.siteUrl },
    reviewRating: {
      "@type": "Rating",
      ratingValue: VERDICT_RATING[c.verdict],
      bestRating: RATING_SCALE.best,
      worstRating: RATING_SCALE.worst,
      alternateName: VERDICT_INFO[c.verdict].label,
    },
    itemReviewed: { "@type": "Claim", appearance, firstAppearance: movie },
  };
}

/** schema.org Movie for the film page. */
export function movieJsonLd(f: {
  url: string;
  title: string;
  year: number;
  directors: string[];
  writers: string[];
  runtimeMinutes: number;
  countries: string[];
  releases: { date: string }[];
  cast: { actor: string; role: string }[];
  basedOn?: string;
}) {
  return {
    "@context": "https://schema.org",
    "@type": "Movie",
    name: f.title,
    url: f.url,
    dateCreated: String(f.year),
    datePublished: [...f.releases.map((r) => r.date)].sort()[0],
    director: f.directors.map((name) => ({ "@type": "Person", name })),
    author: f.writers.map((name) => ({ "@type": "Person", name })),
    duration: `PT${f.runtimeMinutes}M`,
    countryOfOrigin: f.countries.map((name) => ({ "@type": "Country", name })),
    actor: f.cast.map((c) => ({ "@type": "PerformanceRole", actor: { "@type": "Person", name: c.actor }, characterName: c.role })),
    ...(f.basedOn ? { isBasedOn: f.basedOn } : {}),
  };
}
