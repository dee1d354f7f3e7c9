import type { Claim } from "../content/load";
import type { Person } from "../content/schema";
import type { Verdict } from "../content/vocabulary";

/** What a claim card shows: plain props, so the client finder can carry them. */
export type ClaimCardData = {
  slug: string;
  title: string;
  summary: string;
  verdict: Verdict;
  people: { id: string; name: string }[];
};

/** The plain props a claim card needs, with people ids resolved to names. */
export function toCardData(claim: Claim, people: Person[]): ClaimCardData {
  const byId = new Map(people.map((p) => [p.id, p]));
  return {
    slug: claim.slug,
    title: claim.title,
    summary: claim.summary,
    verdict: claim.verdict,
    people: claim.characters.flatMap((id) => {
      const p = byId.get(id);
      return p ? [{ id: p.id, name: p.name }] : [];
    }),
  };
}
