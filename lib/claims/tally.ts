import { VERDICTS, type Verdict } from "../content/vocabulary";

export type Tally = { verdict: Verdict; count: number }[];

/** Count of claims per verdict, in scale order, zeros included. */
export function tallyVerdicts(claims: { verdict: Verdict }[]): Tally {
  return VERDICTS.map((verdict) => ({ verdict, count: claims.filter((c) => c.verdict === verdict).length }));
}

/** Groups items by a key, keeping first-seen order of keys and items. */
export function groupInOrder<T>(items: T[], key: (t: T) => string): { key: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups].map(([k, v]) => ({ key: k, items: v }));
}
