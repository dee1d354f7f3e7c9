// Ages as people write them — "aged 74", "at the age of 54", "then a mere 52",
// "who was 77 when…", "a 58-year-old", "sixty-three", "in his early fifties",
// "barely into his forties" — each as the range of whole years it allows.

export type FoundAge = { index: number; end: number; lo: number; hi: number };

const ONES: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const DECADES: Record<string, number> = { twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90 };

const N = `(\\d{2,3}|(?:${Object.keys(TENS).join("|")})(?:[- ](?:${Object.keys(ONES).join("|")}))?)`;
// "76 days", "52 people", "23 December", "9.50 p.m." are not ages.
const NOT_AGE =
  "(?!\\s*(?:%|per\\s*cent|days?|weeks?|months?|years?\\s+(?:later|after|before|earlier)|people|men|women|prisoners|mourners|others|members|of\\b|p\\.?m|a\\.?m|o['’]clock|:|\\.\\d|january|february|march|april|may|june|july|august|september|october|november|december))";
// After a bare number, only what can follow an age ("only 54 at the time", "then a mere 52,"), not "only 109 died".
const AGE_END = "(?=\\s*(?:[,;.)]|at\\b|when\\b|in\\b|and\\b|years\\b|$))";
const FORMS = [
  `\\b(?:at\\s+the\\s+age\\s+of|aged|at\\s+age|age)\\s+${N}\\b`,
  `\\b${N}[- ]years?[- ]old\\b`,
  `\\b${N}\\s+years\\s+of\\s+age\\b`,
  `\\b(?:then|only|just|barely|still|a\\s+mere|then\\s+a\\s+mere|then\\s+only|then\\s+just)\\s+${N}${AGE_END}`,
  `\\bwho\\s+was\\s+(?:then\\s+|only\\s+|just\\s+|already\\s+)?${N}${AGE_END}`,
  `\\b(?:was|is)\\s+(?:then\\s+|only\\s+|just\\s+|already\\s+)?${N}\\s+(?:when|at\\s+the\\s+time)\\b`,
  `\\b(?:died|dies|death|shot|executed)\\s+at\\s+${N}\\b${NOT_AGE}`,
  `(?<=^|,\\s)${N}(?=,)`,
  // "Molotov turned 63 that day"
  `\\b(?:turned|turns|turning)\\s+${N}\\b${NOT_AGE}`,
  // "He was 74.", "Stalin was 74 at the end."
  `\\b(?:he|she|[A-Z][a-z]+)\\s+was\\s+(?:then\\s+|only\\s+|just\\s+|already\\s+)?${N}(?=\\s*(?:[.;]|$))`,
];
const AGE_RE = new RegExp(FORMS.join("|"), "gi");
const DECADE_RE = new RegExp(`\\b(?:(barely|just)\\s+)?(?:in|into)\\s+(?:his|her)\\s+(early|mid|mid-|late)?\\s*(${Object.keys(DECADES).join("|")})\\b`, "gi");

function value(word: string): number {
  if (/^\d+$/.test(word)) return Number(word);
  const [t, o] = word.toLowerCase().split(/[- ]/);
  return TENS[t] + (o ? ONES[o] : 0);
}

export function findAges(s: string): FoundAge[] {
  const out: FoundAge[] = [];
  let m: RegExpExecArray | null;
  AGE_RE.lastIndex = 0;
  while ((m = AGE_RE.exec(s))) {
    const n = value(m.slice(1).find((g) => g !== undefined)!);
    if (n < 10 || n > 110) continue;
    out.push({ index: m.index, end: m.index + m[0].length, lo: n, hi: n });
  }
  DECADE_RE.lastIndex = 0;
  while ((m = DECADE_RE.exec(s))) {
    const base = DECADES[m[3].toLowerCase()];
    const part = (m[2] ?? "").replace("-", "").toLowerCase();
    const [lo, hi] = m[1] || part === "early" ? [0, 4] : part === "mid" ? [3, 7] : part === "late" ? [6, 9] : [0, 9];
    out.push({ index: m.index, end: m.index + m[0].length, lo: base + lo, hi: base + hi });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Whole years between a birth date and each end of a span of days (UTC day numbers). */
export function ageRange(birth: { y: number; m: number; d: number }, lo: Date, hi: Date): { lo: number; hi: number } {
  const at = (t: Date) =>
    t.getUTCFullYear() - birth.y - (t.getUTCMonth() + 1 < birth.m || (t.getUTCMonth() + 1 === birth.m && t.getUTCDate() < birth.d) ? 1 : 0);
  return { lo: at(lo), hi: at(hi) };
}
