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

/**
 * Groups consecutive items with the same key, keeping order exactly: a film
 * may return to an act it left, and its claims must still read in film
 * order. A key met again starts a new group labelled "(continued)"; `id` is
 * unique per group.
 */
export function groupRuns<T>(items: T[], key: (t: T) => string): { id: string; label: string; items: T[] }[] {
  const groups: { id: string; label: string; key: string; items: T[] }[] = [];
  const seen = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    const last = groups[groups.length - 1];
    if (last && last.key === k) {
      last.items.push(item);
      continue;
    }
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    groups.push({ id: n === 1 ? k : `${k} (${n})`, label: n === 1 ? k : `${k} (continued)`, key: k, items: [item] });
  }
  return groups.map(({ id, label, items: its }) => ({ id, label, items: its }));
}
