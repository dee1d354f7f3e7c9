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
};

export type SearchHit = { slug: string; terms: string[] };

export function buildSearch(docs: SearchDoc[]): MiniSearch<SearchDoc> {
  const ms = new MiniSearch<SearchDoc>({
    idField: "slug",
    fields: ["title", "summary", "body", "people"],
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

/**
 * Splits text into plain and marked runs for the terms a search matched
 * (MiniSearch reports the indexed terms, lower-cased). Matching is on word
 * starts, case- and accent-insensitive, so a match is marked where a reader sees it.
 */
export function highlight(text: string, terms: readonly string[]): { text: string; mark: boolean }[] {
  const wanted = [...new Set(terms.map(fold).filter((t) => t.length > 1))].sort((a, b) => b.length - a.length);
  if (!wanted.length) return [{ text, mark: false }];
  const out: { text: string; mark: boolean }[] = [];
  const folded = fold(text);
  let i = 0;
  let plainStart = 0;
  while (i < text.length) {
    const atWordStart = i === 0 || !/[\p{L}\p{N}]/u.test(folded[i - 1]);
    const hit = atWordStart ? wanted.find((t) => folded.startsWith(t, i)) : undefined;
    if (hit) {
      if (i > plainStart) out.push({ text: text.slice(plainStart, i), mark: false });
      out.push({ text: text.slice(i, i + hit.length), mark: true });
      i += hit.length;
      plainStart = i;
    } else {
      i++;
    }
  }
  if (plainStart < text.length) out.push({ text: text.slice(plainStart), mark: false });
  return out;
}

/** Lower case without diacritics, one UTF-16 unit per unit so offsets line up. */
function fold(s: string): string {
  return s
    .split("")
    .map((ch) => {
      const f = ch.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
      return f.length === 1 ? f : ch;
    })
    .join("");
}
