import * as chrono from "chrono-node/en";
import { dayNumber, lastDayOfMonth, OPEN_HI, OPEN_LO, type Interval } from "./interval";
import { CARDINALS } from "./numbers";

// Finds the dates in one sentence, in the forms people write them: "5 March
// 1953", "March 5th, 1953", "June 1953", "in 1953", "the summer of 1953",
// "late 1955", "between 1953 and 1956", "in December" (the year comes from
// context), and relative ones — "six months later", "the same day", "shortly
// afterwards" — which resolve against the previous dated statement. chrono
// does the calendar forms; the year-only and seasonal forms it leaves alone
// are added here as chrono parsers, so one pass finds them all.

/** "just before"/"just after": within a month of the date, on that side ("shot just before Christmas 1953"). */
export type DateRole = "at" | "by" | "until" | "since" | "after" | "before" | "just-before" | "just-after";

export type FoundDate = {
  index: number;
  text: string;
  interval: Interval;
  role: DateRole;
  /** Relative to the previous dated statement ("later", "the same day"). */
  relative?: boolean;
  /** For "since 1955": the date as written, before it was widened to "from then on". */
  written?: Interval;
  /** "on the 19th of March" with no year anywhere: compared in the year of the fact it is checked against. */
  yearless?: { month: number; day?: number };
};

export type Anchor = { index: number; text: string; span: Interval };

const SEASONS: Record<string, [number, number, number, number]> = {
  spring: [3, 1, 5, 31],
  summer: [6, 1, 8, 31],
  autumn: [9, 1, 11, 30],
  fall: [9, 1, 11, 30],
};
const PARTS: Record<string, [number, number]> = { early: [1, 4], mid: [5, 8], middle: [5, 8], late: [9, 12], end: [10, 12], beginning: [1, 3], start: [1, 3] };

type Custom = { index: number; text: string; interval: Interval };

const YEAR = "(1[7-9]\\d\\d|20\\d\\d)";

// Compiled once (a new RegExp per sentence cost more than the matching); each use resets lastIndex.
const BETWEEN_RE = new RegExp(`\\b(?:between|from)\\s+${YEAR}\\s+(?:and|to|until|till|-|–)\\s+${YEAR}\\b`, "gi");
const SPAN_RE = new RegExp(`\\b${YEAR}\\s*[–-]\\s*(\\d{2,4})\\b`, "g");
const SEASON_RE = new RegExp(`\\b(?:the\\s+)?(spring|summer|autumn|fall)\\s+(?:of\\s+)?${YEAR}\\b`, "gi");
const WINTER_RE = new RegExp(`\\b(?:the\\s+)?winter\\s+(?:of\\s+)?${YEAR}\\b`, "gi");
const PART_RE = new RegExp(`\\b(?:the\\s+)?(early|mid|middle|late|end|beginning|start)(?:\\s+of|-|\\s)\\s*${YEAR}\\b`, "gi");
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_PART_RE = new RegExp(
  `\\b(?:the\\s+)?(early|mid|middle|late|end|beginning|start)(?:\\s+of|-|\\s)\\s*(?:the\\s+month\\s+of\\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)\\s+${YEAR}\\b`,
  "gi",
);
const FEAST_RE = new RegExp(`\\b(christmas eve|christmas day|christmas|new year['’]s eve|new year['’]s day)\\s*(?:of\\s+)?,?\\s*${YEAR}\\b`, "gi");
const MONTHTHE_RE = new RegExp(
  `\\b(january|february|march|april|may|june|july|august|september|october|november|december)\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`,
  "gi",
);
// "in '54", "March '53"
const SHORT_YEAR_RE =
  /(?<=\b(?:in|of|by|since|until|till|from|to|early|mid|late|spring|summer|autumn|fall|winter|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\s+)['’](\d{2})\b/gi;
/** Last words of posts' names: "Minister of Defence (1953–1955)" gives a tenure in brackets, not a life. */
const POST_WORDS =
  "Defence|Defense|Affairs|Minister|Ministers|Secretary|Premier|Chairman|Council|Union|USSR|Committee|Presidium|Politburo|Party|Interior|Security|Army|Forces|Government|State|Ministry|Secretariat";
const POST_WORD_BEFORE = new RegExp(`\\b(?:${POST_WORDS})\\s*\\(\\s*$`);
const LIFE_RE = new RegExp(
  `(?<=\\p{Lu}\\p{L}+\\s*)(?<!\\b(?:${POST_WORDS})\\s*)\\(\\s*(?:b\\.\\s*|born\\s+|d\\.\\s*|died\\s+)?(?:(?:\\d{1,2}\\s+)?(?:[A-Z][a-z]+\\.?\\s+)?\\d{4})(?:\\s*[–-]\\s*(?:(?:\\d{1,2}\\s+)?(?:[A-Z][a-z]+\\.?\\s+)?\\d{4}))?\\s*\\)`,
  "gu",
);
const OWN_YEAR_RE = new RegExp(`\\b${YEAR}\\b`);
const BARE_YEAR_RE = new RegExp(`\\b${YEAR}\\b(?!s\\b)`, "g");
const NUMERIC_DATE_RE = new RegExp(`\\b(\\d{1,2})([./])(\\d{1,2})\\2${YEAR}\\b`, "g");

function customDates(s: string): Custom[] {
  const out: Custom[] = [];
  const push = (m: RegExpExecArray, interval: Interval, groupOffset = 0) => out.push({ index: m.index + groupOffset, text: m[0].slice(groupOffset), interval });
  let m: RegExpExecArray | null;
  BETWEEN_RE.lastIndex = 0;
  const between = BETWEEN_RE;
  while ((m = between.exec(s))) push(m, { lo: dayNumber(+m[1], 1, 1), hi: dayNumber(+m[2], 12, 31) });
  SPAN_RE.lastIndex = 0;
  const span = SPAN_RE;
  while ((m = span.exec(s))) {
    const a = +m[1];
    const b = m[2].length === 2 ? Math.floor(a / 100) * 100 + +m[2] : +m[2];
    // "Beria (1899–1953)": a life, read by the engine against birth and death, not a period the sentence is about.
    // ("Minister of Defence (1953–1955)": after a post's word, a tenure; see LIFE_RE.)
    const life = /\(\s*(?:b\.\s*)?$/.test(s.slice(0, m.index)) && /^\s*\)/.test(s.slice(m.index + m[0].length)) && !POST_WORD_BEFORE.test(s.slice(0, m.index));
    if (b > a && b - a < 60 && !life) push(m, { lo: dayNumber(a, 1, 1), hi: dayNumber(b, 12, 31) });
  }
  SEASON_RE.lastIndex = 0;
  const season = SEASON_RE;
  while ((m = season.exec(s))) {
    const [m1, d1, m2, d2] = SEASONS[m[1].toLowerCase()];
    const y = +m[2];
    push(m, { lo: dayNumber(y, m1, d1), hi: dayNumber(y, m2, d2) });
  }
  WINTER_RE.lastIndex = 0;
  const winter = WINTER_RE;
  while ((m = winter.exec(s))) push(m, { lo: dayNumber(+m[1] - 1, 12, 1), hi: dayNumber(+m[1] + 1, 2, 28) });
  PART_RE.lastIndex = 0;
  const part = PART_RE;
  while ((m = part.exec(s))) {
    const [a, b] = PARTS[m[1].toLowerCase()];
    const y = +m[2];
    push(m, { lo: dayNumber(y, a, 1), hi: dayNumber(y, b, lastDayOfMonth(y, b)) });
  }
  // "at the end of June 1957", "in early March 1953": a third of the month (chrono reads "end of June" as its last day).
  MONTH_PART_RE.lastIndex = 0;
  while ((m = MONTH_PART_RE.exec(s))) {
    const part = m[1].toLowerCase();
    const mo = MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1;
    const y = +m[3];
    const [a, b] = /early|beginning|start/.test(part) ? [1, 10] : /mid|middle/.test(part) ? [10, 20] : [20, lastDayOfMonth(y, mo)];
    push(m, { lo: dayNumber(y, mo, a), hi: dayNumber(y, mo, b) });
  }
  FEAST_RE.lastIndex = 0;
  const feast = FEAST_RE;
  while ((m = feast.exec(s))) {
    const name = m[1].toLowerCase();
    const y = +m[2];
    const [mo, d] = name.startsWith("christmas eve") ? [12, 24] : name.startsWith("christmas") ? [12, 25] : name.includes("eve") ? [12, 31] : [1, 1];
    push(m, { lo: dayNumber(y, mo, d), hi: dayNumber(y, mo, d) });
  }
  // "in '54", "March '53": a two-digit year with an apostrophe, in the twentieth century (the record's).
  SHORT_YEAR_RE.lastIndex = 0;
  const short = SHORT_YEAR_RE;
  // (The look-behind is slow; most sentences have no apostrophe before two digits.)
  while (/['’]\d{2}\b/.test(s) && (m = short.exec(s))) {
    const y = 1900 + +m[1];
    const month = /(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s+['’]\d{2}$/i.exec(s.slice(Math.max(0, m.index - 12), m.index + m[0].length));
    if (month) {
      const mo = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(month[1].toLowerCase()) + 1;
      out.push({
        index: m.index - month[0].length + m[0].length,
        text: month[0],
        interval: { lo: dayNumber(y, mo, 1), hi: dayNumber(y, mo, lastDayOfMonth(y, mo)) },
      });
    } else push(m, { lo: dayNumber(y, 1, 1), hi: dayNumber(y, 12, 31) });
  }
  // "March the 6th, 1953": chrono reads the month alone.
  MONTHTHE_RE.lastIndex = 0;
  const monthThe = MONTHTHE_RE;
  while ((m = monthThe.exec(s))) {
    const mo =
      ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"].indexOf(m[1].toLowerCase()) +
      1;
    push(m, { lo: dayNumber(+m[3], mo, +m[2]), hi: dayNumber(+m[3], mo, +m[2]) });
  }
  const decade = /\b(?:the\s+)?(early|mid|late)?[\s-]*(1[7-9]\d0)s\b/gi;
  while ((m = decade.exec(s))) {
    const y = +m[2];
    const [a, b] = m[1] ? ({ early: [0, 3], mid: [3, 7], late: [6, 9] } as Record<string, number[]>)[m[1].toLowerCase()] : [0, 9];
    push(m, { lo: dayNumber(y + a, 1, 1), hi: dayNumber(y + b, 12, 31) });
  }
  return out;
}

const REL_UNITS: Record<string, number> = { day: 1, week: 7, fortnight: 14, month: 30.44, year: 365.25 };
const NUMBER_WORDS: Record<string, number> = {
  ...CARDINALS,
  eighteen: 18,
  several: 3,
  few: 3,
  "a few": 3,
  "a couple of": 2,
  // "half a year after his arrest": the half is of the unit.
  "half a": 0.5,
  "half an": 0.5,
  couple: 2,
};

/** How far a relative expression lands from its anchor, with the slack its wording allows. */
function relativeOffset(qty: number | undefined, unit: string, inexact: boolean): Interval {
  const u = REL_UNITS[unit.replace(/s$/, "")];
  // A fortnight is loose the way weeks are.
  const k = unit.startsWith("fortnight") ? "week" : unit;
  if (qty === undefined) {
    // "days later", "months after": some of that unit, loosely.
    return { lo: Math.round(u), hi: Math.round(u * (k.startsWith("day") ? 14 : k.startsWith("week") ? 10 : k.startsWith("month") ? 24 : 30)) };
  }
  const centre = qty * u;
  const slack = inexact ? Math.max(u * 0.5, centre * 0.25) : k.startsWith("day") ? 0 : k.startsWith("week") ? 2 : k.startsWith("month") ? 20 : 120;
  return { lo: Math.round(centre - slack), hi: Math.round(centre + slack) };
}

const REL_AFTER =
  /\b(?:(just|only|barely|about|around|some|nearly|almost|roughly|over|more than|less than)\s+)?(half a|half an|a few|a couple of|\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty|several|few)?\s*(days?|weeks?|fortnights?|months?|years?)\s+(later|afterwards?|after|before|earlier|on)\b/gi;
const REL_SAME =
  /\b(?:in\s+the\s+(?:first\s+)?(?:year|months?|weeks?|days?)\s+(?:after|following)|the\s+same\s+(day|night|evening|week|month|year)|that\s+(same\s+)?(day|night|evening|month|year)|the\s+(next|following)\s+(day|morning|week|month|year)|(shortly|soon|immediately|straight|right|just|at\s+once|directly)\s+(after|afterwards|afterward|thereafter|later)|(within\s+(?:a\s+few\s+|several\s+)?(days|weeks|hours)|within\s+(?:a|one)\s+(?:day|week|month)\s+of)|(the\s+day\s+after|the\s+day\s+before)|on\s+the\s+spot|there\s+and\s+then|then\s+and\s+there|at\s+once)\b/gi;

export type DateScan = {
  dates: FoundDate[];
  /** `years`: "two years later" also means the calendar year two on from the anchor's. */
  relatives: { index: number; text: string; offset: Interval; anchored: "previous" | "following"; years?: number }[];
};

/**
 * Scans a sentence. Absolute dates get intervals now (a month without a year
 * takes the context year, or is dropped). Relative expressions come back
 * as offsets; the engine resolves them against an anchor — an event named
 * right after the expression ("six months after his arrest") or, failing
 * that, the previous dated statement.
 */
export function scanDates(s: string, contextYear: number | undefined): DateScan {
  // "in June 1957 … in October": a month without a year takes the sentence's own year first.
  const ownYear = OWN_YEAR_RE.exec(s);
  if (ownYear) contextYear = Number(ownYear[1]);
  const dates: FoundDate[] = [];
  const taken: [number, number][] = [];
  const free = (a: number, b: number) => !taken.some(([x, y]) => a < y && x < b);
  const add = (index: number, text: string, interval: Interval, yearless?: FoundDate["yearless"]) => {
    if (!free(index, index + text.length)) return;
    taken.push([index, index + text.length]);
    dates.push({ index, text, interval, role: roleBefore(s, index), ...(yearless ? { yearless } : {}) });
  };
  // "Khrushchev (1894–1971)", "Stalin (b. 1878)": life dates after a name, which the engine reads against birth and
  // death; they date nothing else in the sentence.
  for (const l of s.matchAll(LIFE_RE)) taken.push([l.index!, l.index! + l[0].length]);
  for (const c of customDates(s)) add(c.index, c.text, c.interval);
  // Numeric dates: "5.3.1953" is day first (as in Europe); "06/03/1953" is day first in Britain and month first in
  // America, so it is read only when one reading is impossible ("13/03/1953", "3/13/1953") or both agree ("5/5/1953").
  for (const n of s.matchAll(NUMERIC_DATE_RE)) {
    const [text, a, sep, b, y] = n;
    const [first, second] = [+a, +b];
    const dayFirst = sep === "." || first > 12 || first === second;
    const monthFirst = !dayFirst && second > 12;
    const [d, mo] = dayFirst ? [first, second] : monthFirst ? [second, first] : [0, 0];
    if (d && mo >= 1 && mo <= 12 && d <= lastDayOfMonth(+y, mo)) add(n.index!, text, { lo: dayNumber(+y, mo, d), hi: dayNumber(+y, mo, d) });
    else taken.push([n.index!, n.index! + text.length]);
  }

  // chrono reads "the evening of 5 March" as "this evening": drop the time of day first (same length keeps offsets).
  const clean = s.replace(/\b(morning|afternoon|evening|night|early hours|small hours)\s+of\b/gi, (m) => " ".repeat(m.length));
  const ref = new Date(Date.UTC(contextYear ?? 2000, 5, 15));
  for (const r of chrono.parse(clean, ref)) {
    // Relative and durational phrases are handled below, against their anchor, not against chrono's "today".
    if (/\b(later|ago|after|before|earlier|next|last|this|today|tomorrow|yesterday|now|from|hours?|days?|weeks?|months?|years?)\b/i.test(r.text)) continue;
    const start = r.start;
    if (!start.isCertain("month") && !start.isCertain("year")) continue;
    if (!start.isCertain("month")) continue;
    const mo = start.get("month")!;
    if (!start.isCertain("year") && contextYear === undefined) {
      const day = start.isCertain("day") ? start.get("day")! : undefined;
      add(
        r.index,
        r.text,
        day
          ? { lo: dayNumber(2000, mo, day), hi: dayNumber(2000, mo, day) }
          : { lo: dayNumber(2000, mo, 1), hi: dayNumber(2000, mo, lastDayOfMonth(2000, mo)) },
        { month: mo, day },
      );
      continue;
    }
    // chrono guesses the nearest year to its reference ("23rd of December" in mid-1953 becomes 1952); the context's year is meant.
    const y = start.isCertain("year") ? start.get("year")! : contextYear!;
    let interval: Interval;
    if (start.isCertain("day")) interval = { lo: dayNumber(y, mo, start.get("day")!), hi: dayNumber(y, mo, start.get("day")!) };
    else interval = { lo: dayNumber(y, mo, 1), hi: dayNumber(y, mo, lastDayOfMonth(y, mo)) };
    if (r.end?.isCertain("day")) {
      const e = r.end;
      // "From 18 to 23 December 1953": the end's year, when not written, is the start's (not chrono's guess).
      interval = { lo: interval.lo, hi: dayNumber(e.isCertain("year") ? e.get("year")! : y, e.get("month")!, e.get("day")!) };
    }
    add(r.index, r.text, interval);
  }
  // Bare years: "in 1953", "by 1955", "1957's plenum".
  const yearRe = BARE_YEAR_RE;
  yearRe.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = yearRe.exec(s))) {
    if (!free(m.index, m.index + 4)) continue;
    // Not a count ("1953 prisoners") nor a page number.
    const after = s.slice(m.index + 4, m.index + 20);
    if (/^\s*(people|prisoners|mourners|inmates|persons|pages?|km|men|women|dead|deaths)\b/i.test(after)) continue;
    if (/,\d{3}/.test(s.slice(m.index, m.index + 8)) || /\d,$/.test(s.slice(Math.max(0, m.index - 2), m.index))) continue;
    const y = +m[1];
    add(m.index, m[0], { lo: dayNumber(y, 1, 1), hi: dayNumber(y, 12, 31) });
  }

  for (const d of dates) {
    if (d.role === "by") d.interval = { lo: OPEN_LO, hi: d.interval.hi };
    else if (d.role === "since") {
      d.written = d.interval;
      d.interval = { lo: d.interval.lo, hi: OPEN_HI };
    } else if (d.role === "after") d.interval = { lo: d.interval.hi + 1, hi: OPEN_HI };
    else if (d.role === "before") d.interval = { lo: OPEN_LO, hi: d.interval.lo - 1 };
    else if (d.role === "just-after") d.interval = { lo: d.interval.hi + 1, hi: d.interval.hi + 31 };
    else if (d.role === "just-before") d.interval = { lo: d.interval.lo - 31, hi: d.interval.lo - 1 };
  }

  const relatives: DateScan["relatives"] = [];
  REL_AFTER.lastIndex = 0;
  while ((m = REL_AFTER.exec(s))) {
    const [, hedge, qtyWord, unit, dir] = m;
    if (!qtyWord && !/s$/.test(unit)) continue; // "day after" without a number is handled below
    const qty = qtyWord ? (/^\d+$/.test(qtyWord) ? +qtyWord : NUMBER_WORDS[qtyWord.toLowerCase()]) : undefined;
    const vague = !qtyWord || /^(several|few|a few|a couple of|couple)$/i.test(qtyWord);
    let off = relativeOffset(vague ? undefined : qty, unit.toLowerCase(), Boolean(hedge) || vague);
    if (vague && qty) off = { lo: Math.round(REL_UNITS[unit.toLowerCase().replace(/s$/, "")] * 2), hi: off.hi };
    if (hedge && /^(over|more than)$/i.test(hedge)) off = { lo: off.lo, hi: OPEN_HI };
    if (hedge && /^less than$/i.test(hedge)) off = { lo: 0, hi: off.hi };
    if (hedge && /^(just|only|barely)$/i.test(hedge) && !qtyWord) off = { lo: off.lo, hi: Math.round(off.hi / 2) };
    const backwards = /^(before|earlier)$/i.test(dir);
    if (backwards) off = { lo: -off.hi, hi: -off.lo };
    const years = /^year/i.test(unit) && qty && !vague && !backwards ? qty : undefined;
    relatives.push({
      index: m.index,
      text: m[0],
      offset: off,
      anchored: /^(after|before)$/i.test(dir) ? "following" : "previous",
      ...(years ? { years } : {}),
    });
  }
  REL_SAME.lastIndex = 0;
  while ((m = REL_SAME.exec(s))) {
    const t = m[0].toLowerCase();
    let off: Interval;
    let anchored: "previous" | "following" = "previous";
    if (/^in\s+the\s/.test(t)) {
      off = /year/.test(t)
        ? { lo: 0, hi: 366 }
        : /month/.test(t)
          ? { lo: 0, hi: /months/.test(t) ? 183 : 31 }
          : /week/.test(t)
            ? { lo: 0, hi: /weeks/.test(t) ? 31 : 7 }
            : { lo: 0, hi: 10 };
      relatives.push({ index: m.index, text: m[0], offset: off, anchored: "following" });
      continue;
    }
    if (/same|that/.test(t))
      off = /year/.test(t) ? { lo: -366, hi: 366 } : /month/.test(t) ? { lo: -31, hi: 31 } : /week/.test(t) ? { lo: -7, hi: 7 } : { lo: 0, hi: 1 };
    else if (/next|following/.test(t))
      off = /year/.test(t) ? { lo: 180, hi: 730 } : /month/.test(t) ? { lo: 15, hi: 62 } : /week/.test(t) ? { lo: 4, hi: 14 } : { lo: 1, hi: 1 };
    else if (/within/.test(t)) {
      off = /hours/.test(t)
        ? { lo: 0, hi: 1 }
        : /weeks/.test(t)
          ? { lo: 0, hi: 60 }
          : /\bday\b/.test(t)
            ? { lo: 0, hi: 1 }
            : /\bweek\b/.test(t)
              ? { lo: 0, hi: 7 }
              : /\bmonth\b/.test(t)
                ? { lo: 0, hi: 31 }
                : { lo: 0, hi: 14 };
      // "within a week of the funeral": anchored on the event named in it.
      if (/\bof$/.test(t)) anchored = "following";
      // "within hours of his arrest": anchored on the event named next.
      if (/^\s+of\b/i.test(s.slice(m.index + m[0].length))) anchored = "following";
    } else if (/day after/.test(t)) off = { lo: 1, hi: 1 };
    else if (/spot|there and then|then and there|at once/.test(t)) off = { lo: 0, hi: 1 };
    else if (/day before/.test(t)) off = { lo: -1, hi: -1 };
    else off = { lo: 0, hi: 45 }; // shortly / soon / immediately after
    if (/(after|before)$/.test(t) || /day (after|before)$/.test(t)) anchored = "following";
    relatives.push({ index: m.index, text: m[0], offset: off, anchored });
  }
  return { dates: dates.sort((a, b) => a.index - b.index), relatives };
}

function roleBefore(s: string, index: number): DateRole {
  const before = s.slice(Math.max(0, index - 14), index).toLowerCase();
  // "not arrested until 26 June": when it happened.
  if (/\bnot\s+(?:\p{L}+\s+){0,5}?(until|till)\s+(after\s+)?(the\s+)?$/iu.test(s.slice(Math.max(0, index - 80), index))) return "at";
  if (/\bby\s+(the\s+)?$/.test(before)) return "by";
  if (/\bnot\s+(until|till)\s+(the\s+)?$/.test(before)) return "at";
  if (/\b(until|till|til|['’]til|up to)\s+(the\s+)?$/.test(before)) return "until";
  if (/\bsince\s+(the\s+)?$/.test(before)) return "since";
  if (/\b(?:just|shortly|right|days|soon|immediately)\s+(after|following)\s+(the\s+)?$/.test(s.slice(Math.max(0, index - 26), index).toLowerCase()))
    return "just-after";
  if (/\b(?:just|shortly|right|days|immediately)\s+before\s+(the\s+)?$/.test(s.slice(Math.max(0, index - 26), index).toLowerCase())) return "just-before";
  if (/\b(after|following)\s+(the\s+)?$/.test(before)) return "after";
  if (/\bbefore\s+(the\s+)?$/.test(before)) return "before";
  return "at";
}

export function applyOffset(anchor: Interval, offset: Interval): Interval {
  return { lo: anchor.lo + offset.lo, hi: anchor.hi + offset.hi };
}

export type FoundDuration = {
  index: number;
  text: string;
  days: Interval;
  /** "for ten days", "lasted a week": the length of one event. */
  lasting: boolean;
};

const DURATION =
  /\b(?:(just|only|barely|about|around|some|nearly|almost|roughly|over|more than|less than|under|well over|just over|just under|a little over|a little under|little more than)\s+)?(half a|half an|a few|a couple of|\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty|several|few)(\s+and\s+a\s+half)?\s+(?:(?:full|whole|entire|solid|good)\s+)?(days?|weeks?|fortnights?|months?|years?)\b(?!\s+(?:later|afterwards?|earlier|ago|on|of\s+(?:his|her|the)\b))/gi;

/**
 * Stretches of time that are not relative dates: "about six months", "for ten days", "a fortnight", "three and a half
 * months". "Six months later" and "six months after his arrest" are relative dates (scanDates), not durations.
 */
export function findDurations(s: string): FoundDuration[] {
  const out: FoundDuration[] = [];
  DURATION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DURATION.exec(s))) {
    const [, hedge, qtyWord, half, unit] = m;
    // "within days", "in the first weeks": relative, read by scanDates.
    if (/\b(within|in the first|the same|the next|the following)\s+$/i.test(s.slice(Math.max(0, m.index - 20), m.index))) continue;
    const vague = /^(several|few|a few|a couple of)$/i.test(qtyWord);
    const qty = (/^\d+$/.test(qtyWord) ? +qtyWord : NUMBER_WORDS[qtyWord.toLowerCase()]) + (half ? 0.5 : 0);
    let days = relativeOffset(vague ? undefined : qty, unit.toLowerCase(), Boolean(hedge) || vague || Boolean(half));
    if (hedge && /^(over|more than|well over|just over|a little over)$/i.test(hedge))
      days = { lo: Math.round(qty * REL_UNITS[unit.toLowerCase().replace(/s$/, "")]), hi: OPEN_HI };
    if (hedge && /^(less than|under|just under|a little under|little more than)$/i.test(hedge))
      days = { lo: 0, hi: Math.round(qty * REL_UNITS[unit.toLowerCase().replace(/s$/, "")] * 1.1) };
    if (hedge && /^(almost|nearly)$/i.test(hedge))
      days = {
        lo: Math.round(qty * REL_UNITS[unit.toLowerCase().replace(/s$/, "")] * 0.75),
        hi: Math.round(qty * REL_UNITS[unit.toLowerCase().replace(/s$/, "")]),
      };
    const lasting = /\b(for|lasted|lasting|took|spanned|over)\s+(?:just\s+|only\s+|some\s+|about\s+|nearly\s+|almost\s+|more than\s+|over\s+)?$/i.test(
      s.slice(Math.max(0, m.index - 25), m.index),
    );
    // "six months after his arrest" is a relative date; "for four days before he died" is still a stretch.
    if (!lasting && /^\s+(?:after|before)\b/i.test(s.slice(m.index + m[0].length))) continue;
    out.push({ index: m.index, text: m[0], days, lasting });
  }
  return out;
}
