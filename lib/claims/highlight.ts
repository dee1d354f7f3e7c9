// Marking a search's matched words in a title or summary, for the claim cards.
// Kept apart from search.ts so cards do not pull the search library into every page.

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
