import { allHits, has, type Hit } from "./match";

// What a sentence asserts, as against what it reports, denies or says of a film: sentence-wide hedges, hedges that
// take out only their own clause, and titles, which name no event. Each returns the text to judge with the parts
// taken out blanked (same length, so offsets hold).

/** The compiled hedge patterns (from patterns.json and the content's titles of works). */
export type HedgePatterns = { hedge: RegExp; clauseHedge: RegExp; works?: RegExp };

/**
 * Titles name no event, though their words may: a film's title as the content gives it ("The Death of Stalin was
 * banned in 2018"), and short quoted or italic titles ("*Stalin and His Hangmen* (2004)", "“Is Stalin Really Dead?”").
 * They are blanked (same length, so offsets hold).
 */
export function blankTitles(s: string, c: HedgePatterns): string {
  const blank = (m: string) => " ".repeat(m.length);
  let out = c.works ? s.replace(c.works, blank) : s;
  // (Markdown bold, "**S11**", is not a pair of italic marks.)
  out = out.replace(/\*\*/g, "  ");
  out = out.replace(/\*[^*\n]{2,120}\*|[“"][^”"\n]{2,80}[”"]/g, (m) => {
    const words = m
      .replace(/[*“”"]/g, "")
      .trim()
      .split(/\s+/);
    const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
    // A title has most of its words capitalised (a quoted sentence does not).
    return words.length <= 14 && capitals >= 2 && capitals >= words.length / 2 ? blank(m) : m;
  });
  return out;
}

/** "if I remember rightly", "if I've got my dates right", "if I'm not mistaken", "if memory serves". */
const VOUCHED =
  /\bif\s+(?:I\s+(?:remember|recall)(?:\s+(?:right|rightly|correctly))?|I['’]ve\s+got\s+(?:my|the)\s+(?:dates|facts|history)\s+right|I\s+have\s+got\s+(?:my|the)\s+(?:dates|facts)\s+right|I\s+got\s+(?:my|the)\s+(?:dates|facts)\s+right|I['’]m\s+not\s+mistaken|I\s+am\s+not\s+mistaken|memory\s+serves(?:\s+me)?(?:\s+right)?)\b/gi;
/** "claimed seven lives", "claimed the lives of": the word of a death toll. */
const TOLL = /\bclaim(?:ed|s|ing)?\b(?=\s+(?:[\p{L}\d,.-]+\s+){0,4}?lives\b)/giu;
/** Clause hedges that deny rather than point at the film. */
const NEGATION = /^(?:not|no|never|nor|no longer|cannot|\p{L}+n['’]t)$/iu;

// Where a clause ends: punctuation, or a word that starts a contrasting clause, or "and" before a negation
// ("struck down on 3 March and never recovered": the denial is a second predicate, not a denial of the first).
const CLAUSE_BREAK = /[,;:()–—]|\s(?=(?:but|whereas|while|although|though)\s)|\s(?=and\s+(?:never|not|no\s+longer)\s)/giu;
// A clause that comments on the main one ("whom the film shows…", "a gesture the film compresses…", "who was not yet 55").
const ASIDE_START =
  /^\s*(?:who|whom|whose|which|where|when|as|a|an|something|one of|contrary to|unlike|despite|although|though|even though|but|and|whatever|for all)\b/i;
// Words that set what really happened against what the film or a myth says.
const REALITY = /\b(in reality|in fact|in truth|in real life|actually|really|historically|contrary to|unlike)\b/i;

/**
 * A hedge ("rumoured", "some say") keeps the whole sentence from being judged. A film aside or a negation
 * ("whom the film shows…", "…, which the film gets right", "who was not yet 55") keeps only its own clause out, when
 * that clause is an aside or the sentence sets the record against it ("…, but in reality…"); the rest is judged,
 * with the clause blanked (same length, so offsets hold). "In the film, Beria is shot…" stays unjudged.
 */
export function hedgeScope(raw: string, c: HedgePatterns): { hedged: boolean; text: string } {
  // "…79 when he died, if I've got my dates right", "if memory serves": the writer vouches for the statement, a little
  // unsure, as with "I think"; it is asserted, not supposed. Blanked (same length) before the hedges are read.
  // ("claimed seven lives" is a death toll, not a claim.)
  const s = raw.replace(VOUCHED, (m) => " ".repeat(m.length)).replace(TOLL, (m) => " ".repeat(m.length));
  const scoped = clauseScope(s, c);
  // A sentence-wide hedge counts only outside the clauses taken out ("the film makes it look as if…, but in reality…").
  return !scoped.hedged && has(c.hedge, scoped.text) ? { hedged: true, text: s } : scoped;
}

function clauseScope(s: string, c: HedgePatterns): { hedged: boolean; text: string } {
  // "not arrested until June", "were not cleared until after…": a date, not a denial.
  const hits = allHits(c.clauseHedge, s).filter(
    (h) =>
      !(/^not$/i.test(h.text) && /^\s+(?:\p{L}+\s+){0,5}?(?:until|till)\b/iu.test(s.slice(h.end))) &&
      // "no more than forty", "no later than June": a bound, not a denial.
      !(/^no$/i.test(h.text) && /^\s+(?:more|fewer|less|later|earlier|sooner|longer)\b/i.test(s.slice(h.end))),
  );
  if (!hits.length) return { hedged: false, text: s };
  const cuts = [0, ...[...s.matchAll(CLAUSE_BREAK)].map((m) => m.index!), s.length];
  let text = s;
  for (const h of hits) {
    const a = Math.max(...cuts.filter((x) => x <= h.index));
    const b = Math.min(...cuts.filter((x) => x > h.index));
    const clause = s.slice(a, b).replace(/^[,;:()–—]/, "");
    const outside = s.slice(0, a) + s.slice(b);
    // (A clause after a semicolon is a statement of its own: "…on 14 March 1953; there was no First Secretary then.")
    const aside = a > 0 ? ASIDE_START.test(clause) || s[a] === ";" : /^\s*(contrary to|unlike|despite)\b/i.test(clause);
    // "In the film, …", "On screen, …": the film frames the whole sentence, relative clauses included.
    const frame = a === 0 && /^\s*(?:in|on|throughout|as\s+in|for)\b/i.test(clause);
    // "Beria got arrested a week after the funeral, the movie's not wrong about that": a closing remark on the film
    // after a statement in the past tense.
    const remark =
      a > 0 &&
      hits.some((x) => x.index >= a && x.index < b && !NEGATION.test(x.text)) &&
      b >= s.replace(/[\s.!?]+$/, "").length &&
      /\b(?:was|were|got|had|did|\p{L}+ed)\b/iu.test(s.slice(0, a));
    if (!aside && !remark && !REALITY.test(outside)) return frame ? { hedged: true, text: s } : relativeOnly(s, hits);
    text = text.slice(0, a) + " ".repeat(b - a) + text.slice(b);
  }
  return { hedged: false, text };
}

/**
 * "Beria, who picked up the Defence Ministry in March 1953, is the film's real villain": the main clause is about the
 * film, but a relative clause on a name still states history. Keep only the name and its relative clause (when no
 * hedge falls inside it); with none, the sentence stays unjudged.
 */
function relativeOnly(s: string, hits: Hit[]): { hedged: boolean; text: string } {
  let text = " ".repeat(s.length);
  let kept = false;
  for (const m of s.matchAll(/(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})\s*,\s*(?:who|whose)\b[^,;()–—]*(?=[,;)–—])/gu)) {
    const start = m.index!;
    const end = start + m[0].length;
    // A hedge inside it, or a present tense ("who is arrested" narrates the film), keeps it out.
    // So does a possessive before the name ("the film's Beria", "Buscemi's Khrushchev": a character).
    if (
      hits.some((h) => h.index >= start && h.index < end) ||
      !/\b(?:was|were|had|\p{L}+ed)\b/iu.test(m[0]) ||
      /\p{L}['’]s?\s*$/u.test(s.slice(Math.max(0, start - 20), start))
    )
      continue;
    text = text.slice(0, start) + s.slice(start, end) + text.slice(end);
    kept = true;
  }
  return kept ? { hedged: false, text } : { hedged: true, text: s };
}
