import type { Agreement, Assessment } from "../content/schema";

// "What others said": the published pieces that judged the same points as our
// claims, and how often we agree with them. Pure functions over plain data so
// the counting is tested directly, without a build.

export const AGREEMENT_INFO: Record<Agreement, { label: string; meaning: string }> = {
  yes: { label: "We agree", meaning: "Our sources bear out what the piece says on this point." },
  partly: { label: "We partly agree", meaning: "The piece is right in part; the rest is contradicted or unsupported by our sources." },
  no: { label: "We disagree", meaning: "Our sources contradict the piece on this point, or give it no support." },
};

export const AGREEMENT_ORDER: readonly Agreement[] = ["yes", "partly", "no"];

type ClaimLike = { slug: string; title: string; assessments: Assessment[] };

export type PieceTally = {
  source: string;
  /** Every point the piece made that a claim of ours judges, in claim order. */
  points: (Assessment & { claim: { slug: string; title: string } })[];
  counts: Record<Agreement, number>;
  /** Share of points we agree with fully, 0–1; partly counts as half. */
  agreement: number;
};

/**
 * One entry per assessed piece, with its points and agreement counts. Claims
 * are taken in the order given (film order on the site); pieces come out
 * ordered by `orderKey`, which the caller supplies (typically the byline).
 */
export function tallyPieces(claims: ClaimLike[], orderKey: (source: string) => string = (s) => s): PieceTally[] {
  const bySource = new Map<string, PieceTally["points"]>();
  for (const c of claims) {
    for (const a of c.assessments) {
      const list = bySource.get(a.source) ?? [];
      list.push({ ...a, claim: { slug: c.slug, title: c.title } });
      bySource.set(a.source, list);
    }
  }
  return [...bySource]
    .map(([source, points]) => {
      const counts = countAgreement(points);
      return { source, points, counts, agreement: agreementShare(counts) };
    })
    .sort((a, b) => orderKey(a.source).localeCompare(orderKey(b.source)) || a.source.localeCompare(b.source));
}

export function countAgreement(items: { agree: Agreement }[]): Record<Agreement, number> {
  const counts: Record<Agreement, number> = { yes: 0, partly: 0, no: 0 };
  for (const i of items) counts[i.agree] += 1;
  return counts;
}

/** Full agreement counts 1, partial ½, disagreement 0; 0 when there are no points. */
export function agreementShare(counts: Record<Agreement, number>): number {
  const total = counts.yes + counts.partly + counts.no;
  return total === 0 ? 0 : (counts.yes + counts.partly / 2) / total;
}

/** "5 points: we agree on 3, partly agree on 1, disagree on 1" — the sentence a reader sees. */
export function agreementSentence(counts: Record<Agreement, number>): string {
  const total = counts.yes + counts.partly + counts.no;
  if (total === 0) return "no points";
  const parts = [
    counts.yes ? `agree on ${counts.yes}` : "",
    counts.partly ? `partly agree on ${counts.partly}` : "",
    counts.no ? `disagree on ${counts.no}` : "",
  ].filter(Boolean);
  return `${total} point${total === 1 ? "" : "s"}: we ${parts.join(", ")}`;
}

/** How a piece is named in lists: "Guy Rundle, Crikey" or just "Vulture" for an unsigned piece. */
export function pieceName(s: { authors: string[]; container?: string; title: string }): string {
  const by = s.authors.length <= 2 ? s.authors.join(" and ") : `${s.authors[0]} and others`;
  return [by, s.container].filter(Boolean).join(", ") || s.title;
}
