import MiniSearch from "minisearch";

// Full-text search over claims with MiniSearch: prefix matching as you type,
// and fuzzy matching so "Batitski" still finds "Batitsky".

export type SearchDoc = {
  slug: string;
  title: string;
  summary: string;
  /** Film, record and disagreement text. */
  body: string;
  /** Names (and other spellings) of the people the claim concerns. */
  people: string;
  /** The film's title, so a search can name the film. */
  film?: string;
};

export type SearchHit = { slug: string; terms: string[] };

export function buildSearch(docs: SearchDoc[]): MiniSearch<SearchDoc> {
  const ms = new MiniSearch<SearchDoc>({
    idField: "slug",
    fields: ["title", "summary", "body", "people", "film"],
    storeFields: [],
    searchOptions: { boost: { title: 3, people: 2, summary: 1.5 }, prefix: true, fuzzy: 0.2, combineWith: "AND" },
  });
  ms.addAll(docs);
  return ms;
}

export function searchClaims(ms: MiniSearch<SearchDoc>, query: string): SearchHit[] {
  const q = query.trim();
  if (!q) return [];
  return ms.search(q).map((r) => ({ slug: String(r.id), terms: r.terms }));
}
