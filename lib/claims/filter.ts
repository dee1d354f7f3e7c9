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
export function facetCounts(
  items: ClaimIndexItem[],
  f: ClaimFilter,
  facet: Facet,
  matches?: readonly string[],
): Map<string, number> {
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
