// Counts in the forms people write them: "1,201,738", "1.2 million", "over a
// million", "some 100,000", "hundreds", "half a million". Each becomes a range
// at the precision written: "1.2 million" means 1.15 to 1.25 million, "about a
// million" anything within a quarter of it, "over a million" anything above.

export type FoundCount = { index: number; text: string; lo: number; hi: number };

/** Number words both counts and durations ("two years later") read. */
export const CARDINALS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  twenty: 20,
  thirty: 30,
};

const SMALL: Record<string, number> = {
  ...CARDINALS,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  "a hundred": 100,
  half: 0.5,
  "half a": 0.5,
};
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const VAGUE: Record<string, [number, number]> = {
  dozens: [24, 99],
  scores: [40, 199],
  hundreds: [200, 999],
  thousands: [2000, 99_999],
  "tens of thousands": [20_000, 99_999],
  "hundreds of thousands": [200_000, 999_999],
  millions: [2e6, 99e6],
  "several hundred": [300, 999],
  "several thousand": [3000, 9999],
  "a few hundred": [200, 600],
  "a few thousand": [2000, 6000],
  "a handful": [2, 9],
  "a dozen": [10, 14],
};

const MOD =
  "(no more than|not more than|no fewer than|no less than|not less than|not fewer than|over|more than|above|upwards of|in excess of|at least|well over|at most|under|fewer than|less than|below|up to|about|around|roughly|some|approximately|an estimated|estimated|almost|nearly|close to|just over|just under|c\\.|circa|~)?";
const NUM =
  "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|half a|a hundred|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half)";
// "1.2m", "3 mln", "500k": the scale abbreviated after the digits.
const COUNT_RE = new RegExp(
  `\\b${MOD}\\s*${NUM}(\\s+and\\s+a\\s+half)?(?:\\s+(thousand|million|billion)|(m|k|\\s?mn|\\s?mln|\\s?bn)(?![\\p{L}\\d]))?\\b`,
  "giu",
);
const VAGUE_RE = new RegExp(
  `\\b${MOD}\\s*(tens of thousands|hundreds of thousands|several hundred|several thousand|a few hundred|a few thousand|a handful|a dozen|dozens|scores|hundreds|thousands|millions)\\b`,
  "gi",
);

// "a million and a half", "two thousand and a half": the half after the scale.
const HALF_AFTER_RE = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(thousand|million)\s+and\s+a\s+half\b/gi;

export function findCounts(s: string): FoundCount[] {
  const out: FoundCount[] = [];
  let m: RegExpExecArray | null;
  HALF_AFTER_RE.lastIndex = 0;
  while ((m = HALF_AFTER_RE.exec(s))) {
    const v = (SMALL[m[1].toLowerCase()] + 0.5) * SCALE[m[2].toLowerCase()];
    out.push({ index: m.index, text: m[0], lo: v - SCALE[m[2].toLowerCase()] / 20, hi: v + SCALE[m[2].toLowerCase()] / 20 });
  }
  VAGUE_RE.lastIndex = 0;
  while ((m = VAGUE_RE.exec(s))) {
    const [lo, hi] = VAGUE[m[2].toLowerCase()];
    out.push({ index: m.index, text: m[0].trim(), ...modify(m[1], lo, hi, (lo + hi) / 2) });
  }
  COUNT_RE.lastIndex = 0;
  while ((m = COUNT_RE.exec(s))) {
    const [, mod, num, half, scaleName, abbrev] = m;
    const scaleWord =
      scaleName ?? (abbrev ? { m: "million", mn: "million", mln: "million", k: "thousand", bn: "billion" }[abbrev.trim().toLowerCase()] : undefined);
    if (out.some((o) => m!.index < o.index + o.text.length && o.index < m!.index + m![0].length)) continue;
    const raw = num.toLowerCase();
    const isDigits = /^\d/.test(raw);
    // "a", "one" alone are not counts; a number word is ("fifty people"), unless it measures time ("two weeks").
    if (
      !isDigits &&
      !scaleWord &&
      (/^(a|an|one|half|half a)$/.test(raw) || /^\s+(days?|weeks?|months?|years?|hours?|times)\b/i.test(s.slice(m.index + m[0].length)))
    )
      continue;
    // "two and a half million": the half is of the scale.
    const base = (isDigits ? Number(raw.replace(/,/g, "")) : SMALL[raw]) + (half ? 0.5 : 0);
    if (base === undefined) continue;
    // Years are dates, not counts.
    if (isDigits && !scaleWord && /^(1[7-9]\d\d|20\d\d)$/.test(raw)) continue;
    const scale = scaleWord ? SCALE[scaleWord.toLowerCase()] : 1;
    const value = base * scale;
    // Rounding implied by the digits written: "1.2 million" is 1.15–1.25 million, "109" is exact.
    let step: number;
    if (isDigits) {
      const digits = raw.replace(/,/g, "");
      const decimals = digits.includes(".") ? digits.split(".")[1].length : 0;
      const trailingZeros = decimals ? 0 : (digits.match(/0+$/)?.[0].length ?? 0);
      step = (decimals ? 10 ** -decimals : 10 ** trailingZeros) * scale;
      if (!decimals && !trailingZeros && !scaleWord) step = 0;
    } else step = scale * (raw.startsWith("half") || half ? 0.5 : 1);
    const lo = value - step / 2;
    const hi = value + step / 2;
    out.push({ index: m.index, text: m[0].trim(), ...modify(mod, lo, hi, value) });
  }
  return out.sort((a, b) => a.index - b.index);
}

function modify(mod: string | undefined, lo: number, hi: number, value: number): { lo: number; hi: number } {
  const m = (mod ?? "").toLowerCase();
  if (/^(over|more than|above|upwards of|in excess of|at least|well over|just over|no fewer than|no less than|not less than|not fewer than)$/.test(m))
    return { lo: value, hi: Infinity };
  if (/^(under|fewer than|less than|below|at most|up to|just under|no more than|not more than)$/.test(m)) return { lo: 0, hi: value };
  if (/^(almost|nearly|close to)$/.test(m)) return { lo: value * 0.75, hi: value };
  if (m) return { lo: Math.min(lo, value * 0.75), hi: Math.max(hi, value * 1.25) };
  return { lo, hi };
}
