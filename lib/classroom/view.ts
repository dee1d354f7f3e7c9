import { applyFilter, EMPTY_FILTER, FACETS, filterToQuery, isFiltered, parseFilter, type ClaimFilter, type ClaimIndexItem } from "../claims/filter";
import { LIBERTY_INFO, VERDICT_INFO } from "../claims/verdicts";
import type { Liberty, Verdict } from "../content/vocabulary";

// The view a classroom page shows: /claims's parameters (character, verdict,
// liberty, scene, q, sort) plus the film and, for the quiz, a shuffle seed.
// Pure, so the server, the browser and the tests share one reading of a URL.
// The film is one of /claims's facets; `film` mirrors `filter.film` so that
// pages and worksheets can name it without reaching into the filter.

export type ClassroomItem = ClaimIndexItem & { film: string };

export type ClassroomView = { film: string[]; filter: ClaimFilter; seed: string };

export const EMPTY_VIEW: ClassroomView = { film: [], filter: EMPTY_FILTER, seed: "" };

export type ViewVocabulary = { films: readonly string[]; characters: readonly string[]; scenes: readonly string[] };

/** Seeds are short tokens we make ourselves; anything else in the URL is ignored. */
const SEED = /^[a-z0-9]{1,12}$/;

export function parseView(params: URLSearchParams, vocab: ViewVocabulary): ClassroomView {
  const seed = (params.get("seed") ?? "").trim().toLowerCase();
  const filter = parseFilter(params, vocab);
  return { film: filter.film, filter, seed: SEED.test(seed) ? seed : "" };
}

/** The canonical query string: film first, then /claims's parameters, then the seed. */
export function viewToQuery(view: ClassroomView): string {
  const p = new URLSearchParams(filterToQuery({ ...view.filter, film: view.film }));
  if (view.seed) p.set("seed", view.seed);
  const s = p.toString();
  return s ? `?${s}` : "";
}

export function isNarrowed(view: ClassroomView): boolean {
  return view.film.length > 0 || isFiltered(view.filter);
}

/** The claims a view shows, in its sort order (matches: slugs found by a search, best first). */
export function selectItems<T extends ClassroomItem>(items: T[], view: ClassroomView, matches?: readonly string[]): T[] {
  return applyFilter(items, { ...view.filter, film: view.film }, matches) as T[];
}

export type ViewLabels = { films: Record<string, string>; characters: Record<string, string>; scenes: Record<string, string> };

/**
 * The view in words, one line per filter ("Character: Lavrentiy Beria"), for
 * a worksheet's heading and a quiz's introduction. Empty for the whole record.
 */
export function describeView(view: ClassroomView, labels: ViewLabels): string[] {
  const lines: string[] = [];
  const list = (ids: string[], names: Record<string, string>) => ids.map((id) => names[id] ?? id).join(", ");
  if (view.film.length) lines.push(`Film: ${list(view.film, labels.films)}`);
  for (const facet of FACETS) {
    const ids = view.filter[facet];
    if (!ids.length) continue;
    if (facet === "character") lines.push(`${ids.length > 1 ? "People" : "Person"}: ${list(ids, labels.characters)}`);
    if (facet === "verdict") lines.push(`Verdict: ${ids.map((v) => VERDICT_INFO[v as Verdict].label).join(", ")}`);
    if (facet === "liberty") lines.push(`Liberty: ${ids.map((l) => LIBERTY_INFO[l as Liberty].label).join(", ")}`);
    if (facet === "scene") lines.push(`Scene: ${list(ids, labels.scenes)}`);
  }
  if (view.filter.q) lines.push(`Search: “${view.filter.q}”`);
  return lines;
}
