import { LIBERTIES, VERDICTS, type Liberty, type Verdict } from "../content/vocabulary";

// Faceted filtering of claims, and the URL that carries a filtered view.
// Pure functions over plain data, shared by the server (nothing) and the
// browser (everything), and tested directly.

/** What the finder needs to know of a claim: no MDX, no sources. */
export type ClaimIndexItem = {
  slug: string;
  title: string;
  summary: string;
  verdict: Verdict;
  liberties: Liberty[];
  characters: string[];
  /** The film's id. */
  film: string;
  scene: string;
  /** Position in film order, for the default sort. */
  order: number;
};

/** A claim as the finder and the classroom views index it; `order` is its place in film order. */
export function indexItem(claim: Omit<ClaimIndexItem, "order">, order: number): ClaimIndexItem {
  return {
    slug: claim.slug,
    title: claim.title,
    summary: claim.summary,
    verdict: claim.verdict,
    liberties: claim.liberties,
    characters: claim.characters,
    film: claim.film,
    scene: claim.scene,
    order,
  };
}

export const FACETS = ["film", "character", "verdict", "liberty", "scene"] as const;
export type Facet = (typeof FACETS)[number];
export const SORTS = ["film", "verdict"] as const;
export type Sort = (typeof SORTS)[number];

export type ClaimFilter = Record<Facet, string[]> & { q: string; sort: Sort };

export const EMPTY_FILTER: ClaimFilter = { film: [], character: [], verdict: [], liberty: [], scene: [], q: "", sort: "film" };

export type FilterVocabulary = { films: readonly string[]; characters: readonly string[]; scenes: readonly string[] };

const MAX_QUERY = 100;

/**
 * Reads a filter from URL parameters. A facet may repeat (?verdict=a&verdict=b)
 * or hold a comma list (?verdict=a,b). Values outside the vocabulary are dropped,
 * so nothing a URL carries is ever shown back unless it is a known id.
 */
export function parseFilter(params: URLSearchParams, vocab: FilterVocabulary): ClaimFilter {
  const allowed: Record<Facet, readonly string[]> = {
    film: vocab.films,
    character: vocab.characters,
    verdict: VERDICTS,
    liberty: LIBERTIES,
    scene: vocab.scenes,
  };
  const values = (facet: Facet) => {
    const raw = params.getAll(facet).flatMap((v) => v.split(","));
    const wanted = new Set(raw.map((v) => v.trim().toLowerCase()));
    // Keep vocabulary order so equal views have equal URLs.
    return allowed[facet].filter((v) => wanted.has(v));
  };
  const sort = params.get("sort");
  return {
    film: values("film"),
    character: values("character"),
    verdict: values("verdict"),
    liberty: values("liberty"),
    scene: values("scene"),
    q: (params.get("q") ?? "").replace(/\s+/g, " ").trim().slice(0, MAX_QUERY),
    sort: (SORTS as readonly string[]).includes(sort ?? "") ? (sort as Sort) : "film",
  };
}

/** The canonical query string for a filter; empty for the unfiltered view. */
export function filterToQuery(f: ClaimFilter): string {
  const p = new URLSearchParams();
  for (const facet of FACETS) for (const v of f[facet]) p.append(facet, v);
  if (f.q) p.set("q", f.q);
  if (f.sort !== "film") p.set("sort", f.sort);
  const s = p.toString();
  return s ? `?${s}` : "";
}

function valuesOf(item: ClaimIndexItem, facet: Facet): string[] {
  if (facet === "film") return [item.film];
  if (facet === "character") return item.characters;
  if (facet === "verdict") return [item.verdict];
  if (facet === "liberty") return item.liberties;
  return [item.scene];
}

/** OR within a facet, AND across facets. An empty facet matches everything. */
export function matchesFacets(item: ClaimIndexItem, f: ClaimFilter, except?: Facet): boolean {
  return FACETS.every((facet) => facet === except || f[facet].length === 0 || valuesOf(item, facet).some((v) => f[facet].includes(v)));
}

/**
 * Items that pass every facet and, when a search is active, the search
 * (matches: slugs found by the search, best first).
 */
export function applyFilter(items: ClaimIndexItem[], f: ClaimFilter, matches?: readonly string[]): ClaimIndexItem[] {
  const found = matches ? new Map(matches.map((s, i) => [s, i])) : undefined;
  const kept = items.filter((item) => matchesFacets(item, f) && (!found || found.has(item.slug)));
  return sortItems(kept, f.sort, found);
}

const VERDICT_RANK = new Map(VERDICTS.map((v, i) => [v, i]));

export function sortItems(items: ClaimIndexItem[], sort: Sort, searchRank?: Map<string, number>): ClaimIndexItem[] {
  return [...items].sort((a, b) => {
    if (sort === "verdict") {
      const d = (VERDICT_RANK.get(a.verdict) ?? 0) - (VERDICT_RANK.get(b.verdict) ?? 0);
      if (d) return d;
    }
    return a.order - b.order || (searchRank ? (searchRank.get(a.slug) ?? 0) - (searchRank.get(b.slug) ?? 0) : 0);
  });
}

/**
 * How many items each option of a facet would show if it were ticked, given
 * the other facets (and the search) as they stand: the number beside a box.
 */
export function facetCounts(items: ClaimIndexItem[], f: ClaimFilter, facet: Facet, matches?: readonly string[]): Map<string, number> {
  const found = matches ? new Set(matches) : undefined;
  const counts = new Map<string, number>();
  for (const item of items) {
    if (found && !found.has(item.slug)) continue;
    if (!matchesFacets(item, f, facet)) continue;
    for (const v of new Set(valuesOf(item, facet))) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

export function isFiltered(f: ClaimFilter): boolean {
  return FACETS.some((facet) => f[facet].length > 0) || f.q !== "";
}

export function toggle(f: ClaimFilter, facet: Facet, value: string, vocabOrder: readonly string[]): ClaimFilter {
  const set = new Set(f[facet]);
  if (set.has(value)) set.delete(value);
  else set.add(value);
  return { ...f, [facet]: vocabOrder.filter((v) => set.has(v)) };
}

/**
 * The facets of a list of claims as bitsets: for each facet and value, one bit
 * per claim that has it. A facet change then costs a few word-wide ANDs and ORs
 * instead of a check of every claim against every ticked box: at 1,000 claims
 * the finder's own work fits well inside a frame. Built once per list.
 */
export type FacetIndex = {
  size: number;
  bits: Record<Facet, Map<string, Uint32Array>>;
};

const words = (n: number) => new Uint32Array(Math.ceil(n / 32));

export function buildFacetIndex(items: readonly ClaimIndexItem[]): FacetIndex {
  const bits = Object.fromEntries(FACETS.map((f) => [f, new Map<string, Uint32Array>()])) as Record<Facet, Map<string, Uint32Array>>;
  items.forEach((item, i) => {
    for (const facet of FACETS) {
      for (const v of valuesOf(item, facet)) {
        let set = bits[facet].get(v);
        if (!set) bits[facet].set(v, (set = words(items.length)));
        set[i >>> 5] |= 1 << (i & 31);
      }
    }
  });
  return { size: items.length, bits };
}

/** Claims (by position) that pass every facet but `except`, and the search when one is active. */
function passing(index: FacetIndex, f: ClaimFilter, found: Uint32Array | undefined, except?: Facet): Uint32Array {
  const out = found ? found.slice() : words(index.size).fill(0xffffffff);
  for (const facet of FACETS) {
    if (facet === except || f[facet].length === 0) continue;
    const any = words(index.size);
    for (const v of f[facet]) {
      const set = index.bits[facet].get(v);
      if (set) for (let w = 0; w < any.length; w++) any[w] |= set[w];
    }
    for (let w = 0; w < out.length; w++) out[w] &= any[w];
  }
  return out;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * What applyFilter and facetCounts give, from the index: the positions of the
 * claims shown (in the order of `items`) and the number beside every box.
 * `matches`, when a search is active, are the positions the search found.
 */
export function filterWithIndex(
  index: FacetIndex,
  f: ClaimFilter,
  matches?: readonly number[],
): { shown: number[]; counts: Record<Facet, Map<string, number>> } {
  let found: Uint32Array | undefined;
  if (matches) {
    found = words(index.size);
    for (const i of matches) found[i >>> 5] |= 1 << (i & 31);
  }
  const all = passing(index, f, found);
  const shown: number[] = [];
  for (let i = 0; i < index.size; i++) if (all[i >>> 5] & (1 << (i & 31))) shown.push(i);
  const counts = {} as Record<Facet, Map<string, number>>;
  for (const facet of FACETS) {
    // A facet's own boxes widen it, so its counts ignore its own ticks.
    const base = f[facet].length ? passing(index, f, found, facet) : all;
    const n = new Map<string, number>();
    for (const [v, set] of index.bits[facet]) {
      let c = 0;
      for (let w = 0; w < set.length; w++) c += popcount(set[w] & base[w]);
      if (c) n.set(v, c);
    }
    counts[facet] = n;
  }
  return { shown, counts };
}
