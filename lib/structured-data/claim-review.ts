import type { ClaimReview, MovieClip, Rating, WithContext } from "schema-dts";
import type { Verdict } from "../content/schema";
import { VERDICT_INFO } from "../claims/verdicts";
import { filmMakers, firstRelease, movieRef, type FilmLd } from "./movie";

// schema.org ClaimReview for a claim page. The number-to-verdict mapping is
// published on /method; the verdict's word (alternateName) is authoritative.

export const RATING_SCALE = { best: 5, worst: 1 } as const;

/**
 * Unproven is not a point between accurate and invented: the record cannot
 * settle it. It gets no number, only its word, so no consumer can mistake it
 * for "mixed".
 */
export const VERDICT_RATING: Record<Verdict, number | undefined> = {
  accurate: 5,
  "mostly-accurate": 4,
  mixed: 3,
  "mostly-inaccurate": 2,
  invented: 1,
  unproven: undefined,
};

export type ClaimReviewInput = {
  url: string;
  /** The claim's own short statement of the film's assertion (frontmatter claimReviewed; the schema caps it at Google's 75 characters). */
  claimReviewed: string;
  verdict: Verdict;
  published: string;
  modified: string;
  site: { name: string; url: string };
  /** The claim's own film. */
  film: FilmLd;
  scene?: { title: string; from: number; to: number };
};

export function ratingFor(verdict: Verdict): Rating {
  const value = VERDICT_RATING[verdict];
  return {
    "@type": "Rating",
    ...(value === undefined ? {} : { ratingValue: value, bestRating: RATING_SCALE.best, worstRating: RATING_SCALE.worst }),
    alternateName: VERDICT_INFO[verdict].label,
  };
}

export function claimReviewJsonLd(c: ClaimReviewInput): WithContext<ClaimReview> {
  const movie = movieRef(c.film);
  const clip: MovieClip | undefined = c.scene && {
    "@type": "MovieClip",
    name: c.scene.title,
    // Our minute marks are estimates from scene order, so they go in words;
    // startOffset/endOffset would tell machines they are exact.
    description: `Approximately minutes ${c.scene.from}–${c.scene.to} of the film (estimated from scene order)`,
    isPartOf: movie,
  };
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: c.url,
    claimReviewed: c.claimReviewed,
    datePublished: c.published,
    dateModified: c.modified,
    author: { "@type": "Organization", name: c.site.name, url: c.site.url },
    reviewRating: ratingFor(c.verdict),
    itemReviewed: {
      "@type": "Claim",
      // The film's makers make the claim, on the day the film was first shown.
      author: filmMakers(c.film),
      datePublished: firstRelease(c.film),
      appearance: clip ? [movie, clip] : [movie],
      firstAppearance: movie,
    },
  };
}
