import { FACT_KINDS, type FactKind, POST_KINDS } from "../content/vocabulary";
import { ageRange, findAges } from "./ages";
import { scanDates, applyOffset, findDurations, type FoundDate } from "./dates";
import {
  dayNumber,
  factInterval,
  formatInterval,
  formatPartial,
  formatRange,
  isoOf,
  lastDayOfMonth,
  overlaps,
  OPEN_HI,
  OPEN_LO,
  type Interval,
} from "./interval";
import { blankTitles, hedgeScope } from "./hedges";
import { allHits, has, type Hit } from "./match";
import { findCounts } from "./numbers";
import { tenures, type CheckFact, type CheckRecord, type Tenure } from "./record";
import { splitSentences, type Sentence } from "./sentences";

// The checking engine: pure, synchronous, no I/O, the same in Node and the
// browser. For each sentence it finds who is mentioned, what kind of fact is
// asserted and when, and compares that with the typed facts. It is built to
// stay silent when unsure: a sentence is marked "conflicts" only when every
// reading of it contradicts the record at the precision the text uses.

export type Status = "conflicts" | "agrees";

export type Finding = {
  sentence: string;
  start: number;
  end: number;
  status: Status;
  /** What the record says, in one line. */
  record: string;
  /** Why the sentence was marked, in one line. */
  explanation: string;
  link: string;
  factId: string;
};

export type CheckResult = {
  sentences: (Sentence & { finding?: Finding })[];
  findings: Finding[];
  counts: { conflicts: number; agrees: number; unchecked: number };
};

/** Events the record holds once, so that "the funeral" or "the Secret Speech" needs no name to be checked. */
const UNIQUE_EVENTS: FactKind[] = ["speech", "funeral", "lying-in-state"];
/** Kinds whose verbs take an object: in "X arrested Y" the event is Y's. */
const TRANSITIVE: FactKind[] = ["arrest", "trial", "sentence", "execution", "release", "funeral"];
/** Capitalised words before "was" that are not a stranger's name ("The", "He", a title). */
const NOT_NAMES =
  /^(The|He|She|It|They|This|That|These|Those|His|Her|Their|Its|In|On|At|By|Then|When|After|Before|Soon|Later|Finally|Eventually|And|But|Also|Only|Both|All|Each|Everyone|Nobody|Who|Which|What|Where|There|Here|Georgian|Soviet|Russian|Communist|Party|Presidium|Politburo|Minister|Secretary|Chairman|Premier|Marshal|Leader|Dictator|Boss|Chief|Head|Comrade|USSR|Kremlin|Moscow|Pravda|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Square|Hall|Congress|Committee|Council|Ministers|As|While|Although|Though|If|Since|Until|Unlike|Like|With|Without|For|From|To|Under|Over|During|Once|Now|Still|Yet|So|Even|Just|Not|Never|Already|Again|Meanwhile|Afterwards|Today|Yesterday)$/;
/** Capitalised words before a surname that are not a given name: titles and sentence openers ("Marshal Zhukov", "Meanwhile Beria"). */
const NOT_GIVEN =
  /^(?:Marshal|Marshall|General|Generalissimo|Comrade|Mr|Mrs|Madame|Dr|Doctor|Professor|President|Prime|Secretary|Commissar|Colonel|Lieutenant|Major|Captain|Citizen|Deputy|First|Foreign|Defence|Defense|Interior|Police|Security|Party|State|Comrades|Uncle|Old|Young|Poor|Little|Big|Ruthless|Cunning|Wily|Meanwhile|Later|Yesterday|Today|Perhaps|Maybe|Did|Does|Do|Was|Is|Has|Had|Why|How|Even|Yes|No|So|Now|Once|Since|Until|While|Though|Although|If|As|For|With|Without|Under|Against|Like|Unlike|Because|Whether|Neither|Either|Not|Did|Could|Would|Should|Will|Can|May|Might|Must|Sadly|Unlike|Did|Then|Next|Last|Film|Movie|Actor|Actress|Director|Real|Historical|Director|Of|To|From|Into|Onto|Upon|About|Toward|Towards|Over|Between|Behind|Beside|Among|Alongside|Including|Except|Ex|Former|Late|Elderly|Stalinist|Bolshevik|Georgian|Chekist|Premier|Chairman|Minister|Dictator|Leader|Boss|Chief|Head|Tsar|Vozhd|Koba|Joe|Lavrenti|Lavrenty|Lavrentiy|Iosif|Josef|Yosif|Georgi|Georgiy|Georgii|Nikolay|Nicolai|Nicholas|Vyacheslav|Viacheslav)$/;
/** A patronymic ("Georgy Maximilianovich Malenkov"): the given name is the word before it. */
const PATRONYMIC = /(?:ovich|evich|ich|ovna|evna|ichna|yevich|yevna)$/;
/** Every kind but posts and counts: the kinds an event sentence can be about. */
const EVENT_KINDS: FactKind[] = FACT_KINDS.filter((k) => !POST_KINDS.includes(k) && k !== "count");
/** How many sentences a year stays in force for a date written without one ("In 1953 … On 6 March …"). */
const YEAR_REACH = 6;
/** How many sentences without a person a pronoun may reach back over ("Beria launched reforms. An amnesty… He was arrested"). */
const PRONOUN_REACH = 3;
/** How many sentences back a title may borrow its date from ("Defence Minister Zhukov…" after "In June 1953…"). */
const CONTEXT_REACH = 12;

type Mention = { id: string; index: number; end: number; topic: boolean };
/** `valued`: the text's own date for the event matched the record (not a bare mention). */
type Reading = { status: Status; fact: CheckFact; explanation: string; valued?: boolean };

export type CompiledRecord = {
  record: CheckRecord;
  /** `given`: for a bare surname, the first three letters of the person's given names (see findMentions). */
  names: { re: RegExp; id: string; topic: boolean; given?: Set<string>; firstName?: { words: Set<string> } }[];
  kinds: Map<FactKind, RegExp>;
  posts: { re: RegExp; id: string; loose: boolean }[];
  places: { re: RegExp; id: string }[];
  countNouns: Map<string, RegExp>;
  hedge: RegExp;
  clauseHedge: RegExp;
  falls: RegExp;
  relationBefore: RegExp;
  /** Titles of works, and quoted or italic titles: blanked before reading ("The Death of Stalin was banned in 2018"). */
  works?: RegExp;
  relation: RegExp;
  tenures: Tenure[];
  /** People whose names are a woman's (given name and surname both ending in -a: "Svetlana Alliluyeva"). */
  women: Set<string>;
};

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/['’]/g, "['’]");
// A word ending in "*" stands for its whole family ("arrest*": arrests, arrested, arresting), so the data
// lists a stem once instead of every inflection a writer might use.
const pattern = (s: string) =>
  esc(s)
    .replace(/\\\*(?=\s|$)/g, "\\p{L}*")
    .replace(/\s+/g, "\\s+");
const wordRe = (list: string[], flags: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}-])(?:${[...list]
      .sort((a, b) => b.length - a.length)
      .map(pattern)
      .join("|")})(?![\\p{L}\\p{N}])`,
    flags,
  );

export function compileRecord(record: CheckRecord): CompiledRecord {
  const names: CompiledRecord["names"] = [];
  const surnames = new Map<string, string[]>();
  for (const p of record.people) {
    const full = [p.name, ...p.aka];
    for (const n of full) {
      const last = n.split(/\s+/).pop()!;
      if (last !== n) surnames.set(last, [...new Set([...(surnames.get(last) ?? []), p.id])]);
      else surnames.set(n, [...new Set([...(surnames.get(n) ?? []), p.id])]);
    }
    // Case-insensitive: people write "stalin" and "beria" in posts and comments.
    names.push({ re: wordRe(full, "giu"), id: p.id, topic: false });
    const titles = record.patterns.titles[p.id];
    if (titles) {
      // A bare first name ("Joseph", "Nikita") names this person only when no other surname follows it ("Joseph Davies").
      const words = new Set(full.flatMap((n) => n.split(/\s+/)).map((w) => w.toLowerCase()));
      const first = titles.filter((t) => /^\p{Lu}\p{Ll}+$/u.test(t) && words.has(t.toLowerCase()));
      const rest = titles.filter((t) => !first.includes(t));
      if (rest.length) names.push({ re: wordRe(rest, "giu"), id: p.id, topic: false });
      if (first.length) names.push({ re: wordRe(first, "giu"), id: p.id, topic: false, firstName: { words } });
    }
  }
  for (const [surname, ids] of surnames) {
    // A surname shared by several people (Stalin, Vasily Stalin) names the one whose id it is, or nobody.
    const id = ids.length === 1 ? ids[0] : ids.find((i) => i === surname.toLowerCase());
    const p = record.people.find((x) => x.id === id);
    const given = new Set([p?.name ?? "", ...(p?.aka ?? [])].flatMap((n) => n.split(/\s+/).slice(0, -1)).map((w) => w.slice(0, 3).toLowerCase()));
    if (id) names.push({ re: wordRe([surname], "giu"), id, topic: false, given });
  }
  for (const t of record.topics) if (t.names.length) names.push({ re: wordRe(t.names, "giu"), id: t.id, topic: true });
  const kinds = new Map<FactKind, RegExp>();
  for (const [k, words] of Object.entries(record.patterns.kinds)) kinds.set(k as FactKind, wordRe(words!, "giu"));
  const posts = Object.entries(record.patterns.posts).flatMap(([id, p]) => [
    { id, re: wordRe(p.names, "giu"), loose: false },
    ...(p.loose?.length ? [{ id, re: wordRe(p.loose, "giu"), loose: true }] : []),
  ]);
  const places = Object.entries(record.patterns.places ?? {}).map(([id, words]) => ({ id, re: wordRe(words, "giu") }));
  const countNouns = new Map(Object.entries(record.patterns.counts).map(([id, w]) => [id, wordRe(w, "giu")]));
  // Russian women's names end in -a, given name and surname alike; men's surnames may too ("Beria"), their given names
  // seldom both ("Nikita Khrushchev"). Enough to tell "she" from "he".
  const women = new Set(record.people.filter((p) => /a\s+\S+a$/i.test(p.name)).map((p) => p.id));
  return {
    record,
    women,
    names,
    kinds,
    posts,
    places,
    countNouns,
    hedge: wordRe(
      record.patterns.hedges.map((h) => h.trim()),
      "giu",
    ),
    clauseHedge: wordRe(record.patterns.clauseHedges, "giu"),
    falls: wordRe(record.patterns.falls, "giu"),
    works: record.works?.length ? new RegExp(record.works.map((w) => esc(w).replace(/\s+/g, "\\s+")).join("|"), "g") : undefined,
    relationBefore: new RegExp(
      `\\b(?:his|her|their|the|its)\\s+(?:\\p{L}+\\s+)?(?:${record.patterns.relations.map(esc).join("|")})(?:['’]s?)?\\s+(?:(?:was|were|had been|have been|are|is|got|being)\\s+)?$`,
      "iu",
    ),
    relation: new RegExp(
      `^['’]s\\s+(?:(?:\\p{L}+|late|former|eldest|youngest)\\s+){0,2}?(?:${record.patterns.relations.map(esc).join("|")})(?![\\p{L}])`,
      "iu",
    ),
    tenures: tenures(
      record.facts,
      new Set(
        Object.entries(record.patterns.posts)
          .filter(([, p]) => p.complete)
          .map(([id]) => id),
      ),
    ),
  };
}

/** "struck down by a stroke", "tried and sentenced by a court": words for one kind a few letters apart name one event. */
function mergeNear(hits: Hit[], s: string): Hit[] {
  const out: Hit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    // (Not across a clause: "after Stalin's death, and lived until 1979" names two deaths.)
    if (last && h.index - last.end <= 8 && !/[,;:.]|\b(and|but|then)\b/i.test(s.slice(last.end, h.index)))
      out[out.length - 1] = { index: last.index, end: h.end, text: `${last.text}…${h.text}` };
    else out.push(h);
  }
  return out;
}

function findMentions(c: CompiledRecord, s: string, dropRelations = true): Mention[] {
  const raw: Mention[] = [];
  for (const n of c.names)
    for (const h of allHits(n.re, s)) {
      // "Stalin's wife, Nadezhda Alliluyeva": a surname after a given name that is none of the person's is a relative's.
      // (Not the sentence's first word: "Following Stalin's death" opens a sentence, a name rarely does mid-sentence.)
      const first = n.given && /(?<=[\p{L},;:(–—]\s+)(\p{Lu}\p{Ll}+)\s+$/u.exec(s.slice(Math.max(0, h.index - 30), h.index));
      if (first && !n.given!.has(first[1].slice(0, 3).toLowerCase()) && !NOT_GIVEN.test(first[1]) && !NOT_NAMES.test(first[1]) && !PATRONYMIC.test(first[1]))
        continue;
      const next = n.firstName && /^\s+(\p{Lu}\p{Ll}+)/u.exec(s.slice(h.end, h.end + 30));
      if (next && !n.firstName!.words.has(next[1].toLowerCase()) && !PATRONYMIC.test(next[1])) continue;
      raw.push({ id: n.id, index: h.index, end: h.end, topic: n.topic });
    }
  // Longest match wins: "Vasily Stalin" is not also "Stalin".
  raw.sort((a, b) => a.index - b.index || b.end - a.end);
  const out: Mention[] = [];
  for (const m of raw) if (!out.some((o) => m.index < o.end && o.index < m.end)) out.push(m);
  // "Jason Isaacs's Zhukov", "the film's Beria": a name owned by someone the record does not know, or by a film, is a
  // character ("Molotov's Polina" is still Polina).
  const owned = (m: Mention) => {
    const p = /(\p{Lu}\p{L}+|\b(?:film|movie|script|screenplay|comedy|satire|version|adaptation))['’]s?\s+$/u.exec(s.slice(Math.max(0, m.index - 40), m.index));
    if (!p || m.topic) return false;
    const at = Math.max(0, m.index - 40) + p.index + p[1].length;
    return !out.some((o) => o.end === at) && !NOT_NAMES.test(p[1]) && !NOT_GIVEN.test(p[1]);
  };
  const characters = out.filter(owned);
  if (characters.length)
    return dropRelations
      ? out.filter((m) => !characters.includes(m) && (m.topic || !c.relation.test(s.slice(m.end, m.end + 40))))
      : out.filter((m) => !characters.includes(m));
  // "Khrushchev's wife", "Stalin's doctors": the sentence is about someone else.
  if (!dropRelations) return out;
  return out.filter((m) => m.topic || !c.relation.test(s.slice(m.end, m.end + 40)));
}

/** A post named in the sentence, unless it is qualified as a different body's ("First Secretary in Ukraine"). */
function findPosts(c: CompiledRecord, s: string): (Hit & { post: string; loose: boolean })[] {
  const raw: (Hit & { post: string; loose: boolean })[] = [];
  for (const p of c.posts) for (const h of allHits(p.re, s)) raw.push({ ...h, post: p.id, loose: p.loose });
  raw.sort((a, b) => a.index - b.index || b.end - a.end);
  const out: (Hit & { post: string; loose: boolean })[] = [];
  for (const h of raw) {
    if (out.some((o) => h.index < o.end && o.index < h.end)) continue;
    const before = s.slice(Math.max(0, h.index - 24), h.index);
    const after = s.slice(h.end, h.end + 40);
    if (
      /\b(deputy|vice|regional|republican|local|ukrainian|moscow|leningrad|georgian|city|district|provincial|oblast|former|old|erstwhile|one-time|onetime|ex)\s+$|\bex-$/i.test(
        before,
      )
    )
      continue;
    // "a first deputy to the defence minister", "an aide of the premier": someone else's post.
    if (/\b(deputy|deputies|aide|aides|assistant|adviser|advisor)\s+(to|of|at|in)\s+(the\s+)?$/i.test(before)) continue;
    if (
      /^\s+(of|in|for)\s+(the\s+)?(ukrain|moscow|leningrad|georgia|kiev|kyiv|the\s+moscow|the\s+ukrain|[A-Z][a-z]+\s+(region|oblast|republic|city|party committee))/i.test(
        after,
      )
    )
      continue;
    if (/^\s+(of|in)\s+(the\s+)?(Ukraine|Ukrainian|Moscow|Leningrad|Georgia|Kazakhstan|Belarus|Armenia)/.test(after)) continue;
    if (/^\s+of\s+the\s+(USSR\s+)?Supreme\s+Soviet/i.test(after)) continue;
    // "the new premier's first deputies": the post names whose relation someone is, not what anyone held.
    if (c.relation.test(after)) continue;
    out.push(h);
  }
  return out;
}

/** `people`: the last sentence's people, and how many sentences ago (a pronoun reaches back over a few without any). */
type Context = {
  prev?: Interval;
  prevYear?: number;
  /** Sentences since the year in prevYear was last said: an old year no longer dates "on 6 March". */
  yearAge?: number;
  recent?: { span: Interval; age: number };
  prevMentions: Mention[];
  people: { mentions: Mention[]; age: number };
};

/** Checks a whole text. Sentences are read in order so relative dates can lean on earlier ones. */
export function checkText(text: string, c: CompiledRecord): CheckResult {
  const sentences = splitSentences(text);
  const ctx: Context = { prevMentions: [], people: { mentions: [], age: 0 } };
  const out: CheckResult["sentences"] = [];
  const findings: Finding[] = [];
  let question: string | undefined;
  for (const s of sentences) {
    // "Q: When was Beria shot? A: On 23 December 1953.": the answer is read with its question.
    // Also without "A:": a fragment that opens with a date ("When was Beria shot? In December 1953.") or a pronoun
    // for the question's subject ("When were the doctors freed? They were released in April.").
    const answer =
      question &&
      (/^\s*(?:A|Answer)\s*[:.)–-]\s*/i.exec(s.text) ??
        /^(?=\s*(?:(?:in|on|by|around|about)\s+(?:\d|(?:early|mid|late|the\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|winter))|\d{1,4}\b|they\b))/i.exec(
          s.text,
        ));
    const text = answer ? `${question} ${s.text.slice(answer[0].length)}` : s.text;
    question = /\?\s*$/.test(s.text)
      ? s.text
          .replace(/^\s*(?:Q|Question)\s*[:.)–-]\s*/i, "")
          .replace(
            /^\s*(?:when|in what year|in which year|what year|on what date|on which day|how many people|how many|how much|how long|who|what|which|where|how old)\b\s*/i,
            "",
          )
          .replace(/\?\s*$/, "")
      : undefined;
    const reading = checkSentence(text, c, ctx);
    if (reading) {
      const f: Finding = {
        sentence: s.text,
        start: s.start,
        end: s.end,
        status: reading.status,
        record: reading.fact.record,
        explanation: reading.explanation,
        link: reading.fact.link,
        factId: reading.fact.id,
      };
      findings.push(f);
      out.push({ ...s, finding: f });
    } else out.push(s);
  }
  const conflicts = findings.filter((f) => f.status === "conflicts").length;
  return { sentences: out, findings, counts: { conflicts, agrees: findings.length - conflicts, unchecked: sentences.length - findings.length } };
}

function checkSentence(sentence: string, c: CompiledRecord, ctx: Context): Reading | undefined {
  const record = c.record;
  // A leading label ("Arrest and execution: …", "Role: …") names the topic of a note, not a statement; blank it out.
  // But "Beria arrested: June 26, 1954" or "Deaths in the crush: 37" is a statement written as "event: value": keep it.
  const label = /^[\p{L} ’'-]{1,40}:\s/u.exec(sentence);
  const value =
    label &&
    /^\s*(?:(?:about|around|roughly|some|over|more than|fewer than|less than|under|at least|almost|nearly|c\.|circa|in|on|by)\s+)*(?:\d|(?:the\s+)?(?:early|mid|late|spring|summer|autumn|fall|winter|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b)/i.test(
      sentence.slice(label[0].length),
    );
  // "Beria: arrested June 1953, shot January 1954": a label that names a person is the subject of the note.
  const kept =
    (value && sentence.slice(label[0].length).trim().split(/\s+/).length <= 8) ||
    (label && findMentions(c, label[0]).some((m) => !m.topic && label[0].slice(0, m.index).trim() === "" && label[0].slice(m.end).trim() === ":")) ||
    // "September: Khrushchev First Secretary": a label that is a date dates the note.
    (label && scanDates(label[0], undefined).dates.length > 0);
  const unlabelled = label && !kept && label[0].trim().split(/\s+/).length <= 4 ? " ".repeat(label[0].length) + sentence.slice(label[0].length) : sentence;
  const scope = hedgeScope(blankTitles(unlabelled, c), c);
  const s = scope.text;
  let mentions = findMentions(c, s);
  let others: string[] = [];
  // "He was tried in December": a pronoun at the start means the previous sentence's first person.
  // So does one before any name ("In 1958 he became premier", "The next year he dismissed Zhukov").
  // "…the fallen minister was brought before a tribunal": a description of someone's state, with no name, refers back
  // like "he" (only with nobody named in the sentence).
  // ("the fallen minister Abakumov" names someone else.)
  const described = mentions.some((m) => !m.topic) ? null : DESCRIBED.exec(s);
  const pronoun = /\b(he|his|she|her|him)\b/i.exec(s) ?? (described && !/^\s+\p{Lu}/u.test(s.slice(described.index + described[0].length)) ? described : null);
  const firstName = mentions.find((m) => !m.topic);
  if (
    (/^\W*(he|his|she|her)\b/i.test(s) || (pronoun && (!firstName || pronoun.index < firstName.index))) &&
    ctx.people.mentions.length &&
    ctx.people.age <= PRONOUN_REACH
  ) {
    const first = ctx.people.mentions[0];
    mentions = [{ id: first.id, index: 0, end: 0, topic: false }, ...mentions];
    // With several people before it, "he" may be any of them: a conflict must hold for each (checked below).
    others = [...new Set(ctx.people.mentions.filter((m) => m.id !== first.id).map((m) => m.id))];
  }
  const scan = scanDates(s, ctx.prevYear);
  const kindHits = new Map<FactKind, Hit[]>();
  // Only the event kinds are read from this map (posts and counts scan for their own words where needed).
  for (const k of EVENT_KINDS) {
    const re = c.kinds.get(k);
    if (re) kindHits.set(k, mergeNear(allHits(re, s), s));
  }
  // Across kinds the longer words win: "lay dying" (the days after the stroke) is not also "dying" (the death).
  const all = [...kindHits.values()].flat();
  for (const [k, hits] of kindHits)
    kindHits.set(
      k,
      hits.filter((h) => !all.some((o) => o !== h && o.index <= h.index && o.end >= h.end && o.end - o.index > h.end - h.index)),
    );

  // "Later that night, Beria is shot in the courtyard", "Zhukov, defence minister, bursts in": with no verb in a past
  // tense the sentence narrates (a film's scenes, mostly), so it borrows no date from the sentences before it.
  const narrated = !NARRATED_PAST.test(s);
  // Resolve relative dates: against the event named right after them, else the previous dated statement.
  const anchorsUsed = new Set<number>();
  const dates: (FoundDate & { anchorAt?: number; order?: boolean })[] = [...scan.dates];
  for (const r of scan.relatives) {
    let anchor: Interval | undefined;
    let anchorAt: number | undefined;
    if (r.anchored === "following") {
      // The anchor is the first event named after the expression ("a week after the funeral", "six months after his arrest").
      const tailStart = r.index + r.text.length;
      const first = EVENT_KINDS.flatMap((k) =>
        (kindHits.get(k) ?? []).filter((h) => h.index >= tailStart && h.index - tailStart < 45).map((h) => ({ k, h })),
      ).sort((a, b) => a.h.index - b.h.index)[0];
      if (first) {
        const hasKind = (id: string) => record.facts.some((f) => f.subject === id && f.kind === first.k);
        // "nine days after the death": a bare "the" points back to the person the text was about, not to whoever this sentence names.
        const definite = /\bthe\s+$/i.test(s.slice(Math.max(0, first.h.index - 5), first.h.index));
        // (With nobody in context who had one, the person this sentence names: "two weeks after the arrest, Beria was shot".)
        const subj = definite
          ? (ctx.prevMentions.find((m) => !m.topic && hasKind(m.id))?.id ??
            // (Not "the death": nobody acts "nine days after the death" of their own.)
            (first.k === "death" ? undefined : nearestSubjectWith(mentions, first.h.index, hasKind)))
          : (nearestSubjectWith(mentions, first.h.index, hasKind, 45) ??
            // "…, a week after he died": "he" right before the event word is the person named earlier in the sentence.
            // ("…a couple of weeks after they grabbed him": "him" right after it is that person too.)
            (/^\s*(?:he|she)\s+(?:had\s+)?$/i.test(s.slice(tailStart, first.h.index)) ||
            (/^\s*they\s+(?:had\s+)?$/i.test(s.slice(tailStart, first.h.index)) && /^\s+(?:him|her)\b/i.test(s.slice(first.h.end)))
              ? mentions.filter((m) => !m.topic && m.end <= r.index && hasKind(m.id)).pop()?.id
              : undefined));
        // With nobody named, an event the record holds only once ("the funeral") still anchors.
        const only = record.facts.filter((f) => f.kind === first.k);
        const fact = subj
          ? record.facts.find((f) => f.subject === subj && f.kind === first.k)
          : only.length === 1 && (!definite || !mentions.some((m) => !m.topic && hasKind(m.id)))
            ? only[0]
            : undefined;
        if (fact) {
          anchor = factInterval(fact.date, fact.dateTo);
          anchorAt = first.h.index;
          anchorsUsed.add(first.h.index);
        }
      }
    } else {
      // "arrested on 26 June 1953 and shot two weeks later": the date earlier in the same sentence, else the previous statement's.
      const earlier = scan.dates.filter((d) => d.index < r.index && d.role === "at" && !d.yearless).pop();
      // "Beria was arrested and shot the same day": with no date before it, the event named first anchors it (the one
      // just before the expression is what it dates).
      const events = EVENT_KINDS.flatMap((k) => (kindHits.get(k) ?? []).filter((h) => h.end <= r.index).map((h) => ({ k, h }))).sort(
        (a, b) => a.h.index - b.h.index,
      );
      const first = events.length > 1 ? events[0] : undefined;
      const subj = first && nearestSubjectWith(mentions, first.h.index, (id) => record.facts.some((f) => f.subject === id && f.kind === first.k), 60);
      const fact = first && subj && record.facts.find((f) => f.subject === subj && f.kind === first.k);
      if (earlier) anchor = earlier.interval;
      else if (fact) {
        anchor = factInterval(fact.date, fact.dateTo);
        anchorAt = first!.h.index;
        anchorsUsed.add(first!.h.index);
      } else if (!narrated) anchor = ctx.prev;
    }
    if (anchor) {
      let interval = applyOffset(anchor, r.offset);
      // "Two years later" is a calendar year to most writers: September 1953 + 2 includes February 1955.
      if (r.years) {
        const y = (day: number) => new Date(day * 86_400_000).getUTCFullYear();
        interval = {
          lo: Math.min(interval.lo, dayNumber(y(anchor.lo) + r.years, 1, 1)),
          hi: Math.max(interval.hi, dayNumber(y(anchor.hi) + r.years, 12, 31)),
        };
      }
      dates.push({ index: r.index, text: r.text, interval, role: "at", relative: true, anchorAt });
    }
  }

  // "Molotov's wife was freed only after Beria himself had been arrested": an order between two events, as a date for
  // the other event (from the anchor's first day on, or up to its last). Events only: a post "after Stalin's death" is
  // read below, as the year or so after it.
  for (const m of s.matchAll(
    /\b([Aa]fter|[Bb]efore)\s+(?:\p{Lu}\p{L}+\s+(?:(?:himself|herself)\s+)?(?:(?:had|has)\s+been\s+|was\s+|were\s+|had\s+)?|his\s+own\s+|her\s+own\s+)/gu,
  )) {
    const at = m.index! + m[0].length;
    for (const k of EVENT_KINDS) {
      // (A counted stretch, "two weeks after the arrest", already dates it more closely.)
      const hit = (kindHits.get(k) ?? []).find((h) => h.index === at && !anchorsUsed.has(h.index));
      if (!hit) continue;
      const subj = nearestSubjectWith(mentions, hit.index, (id) => record.facts.some((f) => f.subject === id && f.kind === k), 30);
      const fact = subj && record.facts.find((f) => f.subject === subj && f.kind === k);
      if (!fact) continue;
      const i = factInterval(fact.date, fact.dateTo);
      const after = m[1].toLowerCase() === "after";
      dates.push({
        index: m.index!,
        text: m[0].trim(),
        interval: after ? { lo: i.lo, hi: OPEN_HI } : { lo: OPEN_LO, hi: i.hi },
        role: "at",
        relative: true,
        anchorAt: hit.index,
        order: true,
      });
      anchorsUsed.add(hit.index);
    }
  }

  // "After Stalin's death, …" with no figure: the sentence is about the year or so after that event.
  let soft: Interval | undefined;
  for (const m of s.matchAll(/\b(after|following|in the wake of|upon|with)\s+(\p{L}+['’]s\s+|the\s+|his\s+|her\s+|\p{Lu}\p{L}+\s+)?/giu)) {
    const at = m.index! + m[0].length;
    for (const k of EVENT_KINDS) {
      const hit = (kindHits.get(k) ?? []).find((h) => h.index === at || (h.index > at && h.index - at < 3));
      if (!hit) continue;
      const subj = nearestSubjectWith(mentions, hit.index, (id) => record.facts.some((f) => f.subject === id && f.kind === k), 30);
      const fact = subj && record.facts.find((f) => f.subject === subj && f.kind === k);
      if (fact && !soft) {
        const i = factInterval(fact.date, fact.dateTo);
        soft = { lo: i.lo, hi: i.hi + 365 };
      }
    }
  }

  // "Malenkov succeeded Stalin as …": about the time after that person's death, if they died in office
  // ("Bulganin succeeded Malenkov", who lived until 1988, says nothing of 1988).
  const diedInOffice = (id: string, death: CheckFact) => c.tenures.some((t) => t.subject === id && t.span.hi === factInterval(death.date, death.dateTo).hi);
  if (!soft) {
    for (const m of s.matchAll(/\b(succeed(?:ed|s|ing)?|replac(?:ed|ing))\s+/gi)) {
      const next = mentions.find((x) => !x.topic && x.index === m.index! + m[0].length);
      const death = next && record.facts.find((f) => f.subject === next.id && f.kind === "death");
      if (death && diedInOffice(next.id, death)) {
        const i = factInterval(death.date, death.dateTo);
        soft = { lo: i.lo, hi: i.hi + 365 };
      }
    }
  }

  // "When Stalin died, Zhukov was…", "at the time of Beria's arrest": the sentence is about that very moment.
  if (!soft) {
    for (const m of s.matchAll(/\b(when|at the time of|on the day|the day|at the moment of)\s+/gi)) {
      const at = m.index! + m[0].length;
      for (const k of EVENT_KINDS) {
        const hit = (kindHits.get(k) ?? []).find((h) => h.index >= at && h.index - at < 35 && !/[,;]/.test(s.slice(at, h.index)));
        if (!hit) continue;
        const subj = nearestSubjectWith(mentions, hit.index, (id) => record.facts.some((f) => f.subject === id && f.kind === k), 35);
        const fact = subj && record.facts.find((f) => f.subject === subj && f.kind === k);
        if (fact && !soft) soft = factInterval(fact.date, fact.dateTo);
      }
    }
  }

  // "Malenkov inherited Stalin's posts", "took over from Stalin", "Stalin's heir": about the year after that person's death.
  if (!soft) {
    const inherits =
      /\b(inherit\w*|took over from|take over from|taking over from|successor|heir|in succession to|stepped into|jobs|posts|positions|offices|titles|mantle|place|roles|shoes)\b/i.test(
        s,
      );
    for (const m of inherits ? findMentions(c, s, false) : []) {
      if (m.topic) continue;
      const before = s.slice(Math.max(0, m.index - 40), m.index);
      const after = s.slice(m.end, m.end + 40);
      if (
        !/\b(inherit\w*|took over from|take over from|taking over from|successor to|heir to|in succession to|stepped into)\s+(?:both\s+of\s+|all\s+of\s+|the\s+late\s+)?$/i.test(
          before,
        ) &&
        !/^['’]s\s+(?:\p{L}+\s+){0,2}?(jobs|posts|positions|offices|titles|mantle|successor|successors|heir|heirs|place|roles|shoes)\b/iu.test(after)
      )
        continue;
      const death = record.facts.find((f) => f.subject === m.id && f.kind === "death");
      if (death && diedInOffice(m.id, death)) {
        const i = factInterval(death.date, death.dateTo);
        soft = { lo: i.lo, hi: i.hi + 365 };
        break;
      }
    }
  }

  // Questions and exam prompts ("Explain why…") assert nothing.
  // ("True or false: Stalin died in 1952." is a quiz's statement, put to the reader.)
  const prompt =
    /^\W*(explain|describe|discuss|assess|evaluate|compare|consider|outline|examine|analyse|analyze|why|how)\b/i.test(s.trim()) ||
    /^\W*(true or false|fact or fiction|myth or fact|myth or reality|t\/f)\b/i.test(sentence.trim());
  const hedged = prompt || scope.hedged || /\?\s*$/.test(s);
  let result: Reading | undefined;
  // (A sentence told in the present borrows no time from the sentences before it: see NARRATED_PAST.)
  if (!hedged) result = judge(s, c, narrated ? { ...ctx, recent: undefined } : ctx, mentions, dates, kindHits, anchorsUsed, soft);
  // "Khrushchev outmanoeuvred Malenkov. He lost the premiership in 1955.": no conflict if "he" read as another agrees.
  if (result?.status === "conflicts" && others.length) {
    for (const id of others) {
      const alt = judge(s, c, { ...ctx }, [{ id, index: 0, end: 0, topic: false }, ...mentions.slice(1)], dates, kindHits, anchorsUsed, soft);
      if (alt?.status === "agrees") {
        result = undefined;
        break;
      }
    }
  }
  // "Beria was shot without trial", "the doctors were never freed": a denial of an event the record holds.
  if (!prompt && !/\?\s*$/.test(s) && !has(c.hedge, unlabelled) && result?.status !== "conflicts")
    // (Its words are read in the unhedged text: the denial is the very clause a hedge took out, "…and never tried".)
    result =
      judgeDenial(
        unlabelled,
        c,
        findMentions(c, unlabelled),
        unlabelled === s ? kindHits : new Map(DENIABLE.map((k) => [k, mergeNear(allHits(c.kinds.get(k)!, unlabelled), unlabelled)])),
      ) ?? result;

  // Context for the sentences that follow.
  const own = dates.filter((d) => d.role === "at" && !d.yearless && d.interval.lo > OPEN_LO && d.interval.hi < OPEN_HI);
  if (own.length) {
    const last = own[own.length - 1].interval;
    ctx.prev = last;
    const y = new Date(last.lo * 86_400_000).getUTCFullYear();
    if (last.hi - last.lo < 370) {
      ctx.prevYear = y;
      ctx.yearAge = 0;
    }
    ctx.recent = { span: last, age: 0 };
  } else if (soft) ctx.recent = { span: soft, age: 0 };
  if (!own.length && ctx.yearAge !== undefined && ++ctx.yearAge > YEAR_REACH) ctx.prevYear = undefined;
  else if (ctx.recent) ctx.recent.age++;
  if (mentions.length) ctx.prevMentions = mentions;
  // A name in the possessive ("for most of Stalin's rule") is seldom the "he" of the next sentence: the person before stays.
  // ("Beria's the one everyone hates", "Beria's been…": a contraction of "is" or "has", not a possessive.)
  const people = mentions.filter(
    (m) =>
      !m.topic &&
      (m.end === 0 ||
        !/^['’]s\b/.test(s.slice(m.end, m.end + 3)) ||
        /^['’]s\s+(?:the|a|an|not|been|got|always|never|just|really|still|definitely|probably|basically|clearly)\b/i.test(s.slice(m.end, m.end + 20))),
  );
  ctx.people = people.length ? { mentions: people, age: 0 } : { mentions: ctx.people.mentions, age: ctx.people.age + 1 };
  return result;
}

function nearestSubjectWith(mentions: Mention[], at: number, ok: (id: string) => boolean, reach = Infinity): string | undefined {
  let best: Mention | undefined;
  let dist = Infinity;
  for (const m of mentions) {
    if (!ok(m.id)) continue;
    const d = m.end <= at ? at - m.end : m.index - at;
    if (Math.abs(d) < dist) {
      dist = Math.abs(d);
      best = m;
    }
  }
  return best && dist <= reach ? best.id : undefined;
}

/** "Beria arrested: June 26, 1954", "1955: Zhukov dismissed": the colon of a short label joins its two halves. */
function labelColon(s: string, between: string, from: number): boolean {
  const at = from + between.indexOf(":");
  const words = (x: string) => x.trim().split(/\s+/).length;
  return s.indexOf(":") === at && (words(s.slice(0, at)) <= 4 || words(s.slice(at + 1)) <= 8);
}

/** A verb or participle right before a date, which the date belongs to ("formed on", "opened in", "met on"). */
const OTHER_VERB_BEFORE =
  /\b(\p{L}+)[*_]*\s+(?:formed|founded|created|opened|closed|met|held|began|ended|signed|published|set up|convened|sat|issued|written|dated|announced|announces?|reported|reports?|revealed|reveals?|disclosed|discloses?|confirmed|confirms?|learned|learnt|learns?|proposed|suggested|drafted|planned|ordered|requested|demanded|approved|agreed|submitted|presented|tabled)\s+(?:(?:its|the|his|her|their)\s+\p{L}+\s+)?(?:on|in|at)?\s*$/iu;

/** A capitalised name right before a post, or before "became"/"as" and the post ("Kosygin premier", "Shepilov became foreign minister"). */
const STRANGER_BEFORE = /(?:^|[\s,])(\p{Lu}\p{L}+)\s+(?:(?:became|becomes|was|as|the\s+new|the)\s+)*$/u;

/** "the fallen minister", "the disgraced marshal": a description that points back to the person just named. */
const DESCRIBED =
  /\bthe\s+(?:fallen|disgraced|deposed|ousted|arrested|accused|condemned|imprisoned|doomed|defeated|toppled|former|once-mighty|once\s+all-powerful)\s+(?:man|minister|marshal|leader|chief|commissar|boss|prisoner|defendant|premier|policeman|police\s+chief|dictator|politician)\b/i;
/** A verb in a past tense (not a participle after "is", "are", "gets": "Beria is arrested" narrates). */
const NARRATED_PAST =
  /(?<!\b(?:is|are|be|being|been|gets|get|getting)\s+(?:\p{L}+ly\s+)?)\b(?:\p{L}+ed|shot|held|led|hung|seen|known|sent|kept|left|lost|won|brought|caught|fought|built|put|set|cut|hit|was|were|had|did|became|got|took|made|gave|went|came|fled|rose|fell|began|ran|sat|met|told|said|ruled|stood|spoke|wrote|chose|drove|knew|saw|slept|woke|swore|thrown|sworn|taken|given|chosen|driven|written|spoken|fallen|risen|begun|gone|done|born)\b/iu;
/** Words before an event that put it still ahead ("in prison awaiting trial", "pending his execution"). */
const AHEAD_BEFORE =
  /\b(?:await\w*|pending|ahead\s+of|in\s+preparation\s+for|preparing\s+for|prepared\s+for|in\s+the\s+run-up\s+to)\s+(?:(?:his|her|their|the|a)\s+)?$/i;
/** Words before a verb that make it an attempt or a wish, not an event ("tried to oust", "a plot to arrest"). */
const ATTEMPT_BEFORE =
  /\b(?:attempts?|attempted|tried|try|trying|plots?|plotted|plotting|bid|sought|seeking|wanted|wanting|failed|move|moved|conspired|planned|plans?|schemed|threatened|hoped|intended|decided|voted)\s+to\s+$/i;

/** "had held the post since", "in office since": words that refer a since-date back to the post named before. */
const HELD_SINCE =
  /\b(?:held|had|occupied|filled)\s+(?:the\s+post|the\s+job|it|that\s+post|the\s+office|office)\s+(?:ever\s+)?since\s+$|\bin\s+(?:the\s+)?(?:post|office|job)\s+(?:ever\s+)?since\s+$/i;

/** A date as the text gives it; a yearless one ("on 9 March") is placed in the year of each fact it is checked against. */
type Span = Interval & {
  yearless?: { month: number; day?: number };
  /** Counted from another event named in the same sentence ("a week after he died"): a second date for the event. */
  anchored?: boolean;
};

function inYear(span: Span, fact: CheckFact): Interval {
  if (!span.yearless) return span;
  const y = Number(fact.date.slice(0, 4));
  const { month, day } = span.yearless;
  return day
    ? { lo: dayNumber(y, month, day), hi: dayNumber(y, month, day) }
    : { lo: dayNumber(y, month, 1), hi: dayNumber(y, month, lastDayOfMonth(y, month)) };
}

type Site = {
  index: number;
  end: number;
  kind: FactKind | "post" | "count";
  post?: string;
  /** Who did it ("Khrushchev arrested Beria"): not the one it happened to. */
  agent?: string;
  /** An event the record holds once ("the funeral"): it is that one, whoever else is named. */
  unique?: boolean;
  /** About someone or something else ("his associates were shot"): takes its date but is not judged. */
  foreign?: boolean;
  /** Named loosely ("party leader"): judged only against the holder's own record in the post. */
  loose?: boolean;
  anchor?: boolean;
  dismissal?: boolean;
  apposition?: string;
  until?: boolean;
  range?: boolean;
  /** "since 1955": the start of a tenure, as written. */
  since?: Interval;
  trailing?: boolean;
};

function judge(
  s: string,
  c: CompiledRecord,
  ctx: Context,
  mentions: Mention[],
  dates: (FoundDate & { anchorAt?: number; order?: boolean })[],
  kindHits: Map<FactKind, Hit[]>,
  anchorsUsed: Set<number>,
  soft: Interval | undefined,
): Reading | undefined {
  const record = c.record;
  const subjects = new Set(mentions.map((m) => m.id));
  const sites: Site[] = [];
  const nobody = !mentions.some((m) => !m.topic);
  // A post's name may hold an event's word ("funeral commission"): the post wins.
  const posts = findPosts(c, s);
  for (const k of EVENT_KINDS) {
    for (const h of kindHits.get(k) ?? []) {
      if (posts.some((p) => h.index < p.end && p.index < h.end)) continue;
      // "The funeral was held on 10 March, where Malenkov spoke", "9 March: funeral": an event the record holds once is
      // that one, whoever else is named, unless it is someone's ("Beria's funeral", "his funeral") or any ("a funeral").
      const definite = !/(?:\p{L}['’]s?|\b(?:his|her|their|its|a|an|another|any|every|each))\s+(?:\p{L}+\s+)?$/iu.test(
        s.slice(Math.max(0, h.index - 20), h.index),
      );
      const unique = (nobody || definite) && UNIQUE_EVENTS.includes(k) && record.facts.filter((f) => f.kind === k).length === 1;
      if (!unique && ![...subjects].some((id) => record.facts.some((f) => f.subject === id && f.kind === k))) continue;
      const before = s.slice(Math.max(0, h.index - 28), h.index);
      // "announced Stalin's death on 6 March": the date is the announcement's, not the death's.
      if (
        /\b(announc\w*|report\w*|learn\w*|news of|word of|mourn\w*|commemorat\w*|confirm\w*|broadcast\w*|heard of|hear of|told of|informed\w*|accounts? of|story of|stories of|anniversary of|memoirs? of|history of|film about|book about|documentary about|depiction of|portrayal of|dating of|datings? of|articles? on|articles? about|pieces? on|essays? on|reports? on|podcasts? on|episodes? on)\s+(\p{L}+['’]s\s+|the\s+|his\s+|her\s+|of\s+)*$/iu.test(
          before,
        )
      ) {
        // Still a site (not judged), so a date beside it, or an event joined to it, is not taken for the event.
        sites.push({ index: h.index, end: h.end, kind: k, foreign: true });
        continue;
      }
      // "his associates were shot in 1954": the event befell someone else, named by a relation word (not a topic such as "the doctors").
      const rel = c.relationBefore.exec(before);
      const relAt = rel ? h.index - before.length + rel.index : -1;
      // "Beria and his associates were arrested": the person named first shares the event.
      const shared = rel && mentions.some((m) => !m.topic && /^\s*(?:,|and|&)\s*$/.test(s.slice(m.end, relAt)));
      // "Beria seized power", "captured the initiative": a word for an arrest used about power.
      const power =
        k === "arrest" &&
        /^(seiz|captur|grab|took|take)/i.test(h.text) &&
        /^\s+(power|control|the initiative|the chance|on|upon|the moment)\b/i.test(s.slice(h.end, h.end + 20));
      // "Trotsky was killed in 1940 on Stalin's orders": someone the record does not know is the one it happened to.
      // ("Zbruyev, born 31 March 1938": an apposed participle after a stranger's name, too.)
      const named = /(\p{Lu}[\p{L}’'-]+)(?:\s+(?:was|were|had\s+been|has\s+been|is|are|got)\s+(?:\p{L}+ly\s+)?|,\s+)$/u.exec(
        s.slice(Math.max(0, h.index - 40), h.index),
      );
      const namedAt = named ? Math.max(0, h.index - 40) + named.index : -1;
      const stranger =
        Boolean(named) &&
        !NOT_NAMES.test(named![1]) &&
        // "the Doctors' Plot were…": a named thing, not a person.
        !/\bthe\s+(?:\p{L}+['’]?\s+)?$/iu.test(s.slice(Math.max(0, namedAt - 30), namedAt)) &&
        !mentions.some((m) => m.index <= namedAt && m.end >= namedAt + named![1].length);
      // "Beria arrested Polina's friends in 1949", "Khrushchev had Beria arrested": the person just before an active verb
      // with an object is the one who did it, not the one it was done to.
      const doer = mentions.filter((m) => !m.topic && m.end <= h.index).pop();
      const agent =
        doer &&
        TRANSITIVE.includes(k) &&
        /(?:ed|shot|tried|freed|seized)$/i.test(h.text) &&
        /^\s+(?:(?:had|has|then|personally|quickly|also|soon|finally|swiftly|promptly)\s+)*$/i.test(s.slice(doer.end, h.index)) &&
        /^\s+(?!(?:in|on|at|by|after|before|during|for|from|to|with|while|when|and|but|as|under|within|without|over|of|shortly|soon|together)\b)[\p{L}]/iu.test(
          s.slice(h.end, h.end + 20),
        )
          ? doer.id
          : undefined;
      // "In 1961 his body was removed from the Mausoleum and buried by the Kremlin Wall": a second burial, not the funeral.
      const reburial = k === "funeral" && /\b(?:remov\w*|taken|carried|moved)\s+(?:out\s+)?(?:of\s+|from\s+)the\s+mausoleum\b/i.test(s);
      // "an attempt to arrest him", "plotted to remove": what was tried is not what happened.
      // ("in prison awaiting trial": the trial is still ahead at the sentence's date.)
      const attempt = ATTEMPT_BEFORE.test(s.slice(Math.max(0, h.index - 30), h.index)) || AHEAD_BEFORE.test(s.slice(Math.max(0, h.index - 30), h.index));
      // "lay dying", "lingered": the days between stroke and death, which date neither (they still measure a stretch).
      const dying = k === "stroke" && /^(lingered|lay dying|was dying|lay unconscious|lay in a coma)/i.test(h.text);
      // "In 1961 Khrushchev denounced Stalin again at the 22nd Congress": another congress than the Secret Speech's.
      const otherCongress = k === "speech" && /\b(19th|21st|22nd|23rd|nineteenth|twenty-first|twenty-second|twenty-third)\s+(?:party\s+)?congress\b/i.test(s);
      if (
        power ||
        stranger ||
        reburial ||
        dying ||
        otherCongress ||
        attempt ||
        (rel && !shared && !mentions.some((m) => m.topic && m.index < h.index && m.end > relAt))
      ) {
        // Still a site, so a date beside it is not lent to another event in the sentence.
        sites.push({ index: h.index, end: h.end, kind: k, foreign: true });
        continue;
      }
      const after = s.slice(h.end, h.end + 40);
      // "Stalin's death was announced on 6 March", "the speech was published in June 1956": the date is the report's.
      const reported =
        /^[^,;.]{0,12}?\b(?:was|were|had been|has been|is|being|got)\s+(?:not\s+)?(?:first\s+|only\s+|later\s+|officially\s+|publicly\s+)?(announced|published|leaked|printed|reported|revealed|disclosed|confirmed|made public|read out|broadcast|translated|circulated|discussed|mentioned|acknowledged|commemorated|marked|debated)\b/i.test(
          after,
        );
      const anchor =
        reported ||
        anchorsUsed.has(h.index) ||
        /\b(after|following|since|before|until|upon)\s+(\p{L}+['’]s\s+|the\s+|his\s+|her\s+|\p{Lu}\p{L}+\s+)?$/u.test(
          before.replace(/\b(After|Following|Since|Before|Until|Upon)\b/g, (w) => w.toLowerCase()),
        );
      // "an article on Stalin's death and funeral": an event joined to an anchored one by "and" is anchored too.
      const joinedTo = sites.find(
        (x) => (x.anchor || x.foreign) && x.end <= h.index && /^\s*(?:and|or|,)\s+(?:his|her|the|its)?\s*$/i.test(s.slice(x.end, h.index)),
      );
      sites.push({ index: h.index, end: h.end, kind: k, anchor: anchor || Boolean(joinedTo), foreign: joinedTo?.foreign, unique, agent });
    }
  }
  for (const p of posts) {
    const before = s.slice(Math.max(0, p.index - 40), p.index);
    // The dismissal word must govern this post: "gave up the Secretariat but kept the premiership" does not end the premiership.
    const lastEnd = allHits(c.kinds.get("dismissal")!, before).pop();
    const dismissal =
      Boolean(lastEnd) &&
      !/\b(but|while|whereas|kept|keeping|retained|retaining|remained|stayed|held on to|holding on to)\b|[;]/i.test(before.slice(lastEnd!.end)) &&
      !/\b(became|become|appointed|named|elected|succeeded|replaced)\s+(?!as\b)[^,;]*$/i.test(before);
    sites.push({ index: p.index, end: p.end, kind: "post", post: p.post, loose: p.loose, dismissal, apposition: apposed(s, p, mentions) });
  }
  // "Malenkov, premier since 1953, was replaced in 1955": a dismissal word after the post it ends.
  for (const h of allHits(c.kinds.get("dismissal")!, s)) {
    if (posts.some((p) => p.index > h.index && p.index - h.end < 40)) continue;
    // "…premier until 1955, and he was removed from the leadership in 1957": it names what it ended.
    if (/^\s+(?:from|as)\b/i.test(s.slice(h.end))) continue;
    const earlier = posts.filter((p) => p.end <= h.index).pop();
    if (!earlier) continue;
    const own = sites.find((x) => x.kind === "post" && x.index === earlier.index);
    sites.push({
      index: h.index,
      end: h.end,
      kind: "post",
      post: earlier.post,
      loose: earlier.loose,
      dismissal: true,
      apposition: own?.apposition,
      trailing: true,
    });
  }
  // A fall from power ("ousted in October 1964") takes the date beside it, so it is not lent to another event.
  if (!posts.length) for (const h of allHits(c.falls, s)) sites.push({ index: h.index, end: h.end, kind: "dismissal", foreign: true });
  if (
    !sites.length &&
    !mentions.some((m) => m.topic) &&
    !has(c.falls, s) &&
    !/\([^()]*\b1[89]\d\d\b[^()]*[–-]/.test(s) &&
    !findAges(s).length &&
    !/\b(?:succeeded|replaced|took over from|supplanted)\s+\p{Lu}/u.test(s) &&
    !/\bboth\s+(?:\p{L}+\s+)?(?:posts|jobs|offices|roles|positions)\b/iu.test(s)
  )
    return undefined;

  // Each date belongs to the nearest claim site (a relative date never to its own anchor).
  const dated = new Map<Site, Span[]>();
  // Sites whose date says when something stopped ("head of the MVD until 1954").
  const untilSites = new Set<Site>();
  // Sites whose date is a span of years ("from 1953 to 1957"): a claim about both ends.
  const rangeSites = new Set<Site>();
  // Sites whose date says when something began ("defence minister since 1955"), with the date as written.
  const sinceOf = new Map<Site, Interval>();
  for (const d of dates) {
    let best: Site | undefined;
    let dist = Infinity;
    // What the date's own neighbourhood says, worked out once per date (the sites loop reads it).
    const bracketed = /\(\s*(?:published|signed|issued|dated|announced|printed|released|broadcast)\s+(?:on\s+|in\s+)?$/i.test(
      s.slice(Math.max(0, d.index - 25), d.index),
    );
    if (bracketed) continue;
    const otherVerb = OTHER_VERB_BEFORE.exec(s.slice(Math.max(0, d.index - 40), d.index));
    const ownedByVerb = otherVerb && !/^(?:was|were|is|are|been|be|being|had|has|have|and|then|which|that|who|it|they)$/i.test(otherVerb[1]);
    // (Not for "a week after he died": the clause after a counted stretch is its anchor.)
    const opensClause =
      !(d.relative && d.anchorAt !== undefined) && /^\s*,?\s*(?:he|she|they|\p{Lu}\p{L}+)\s+(?!was\b|were\b)\p{L}+/u.test(s.slice(d.index + d.text.length));
    const heldSinceHere = d.role === "since" && HELD_SINCE.test(s.slice(Math.max(0, d.index - 40), d.index));
    for (const site of sites) {
      if (d.anchorAt === site.index || (d.order && site.kind === "post")) continue;
      // An event named only as a time reference ("after Stalin's death") owns a date only when it follows at once ("death in 1953").
      // ("…shortly after the funeral, on 10 March": after a comma the date is the clause's, not the anchor's.)
      if (site.anchor && !(d.index >= site.end && /^\s*(?:(?:in|on|of|at)\s+)?$/i.test(s.slice(site.end, d.index)))) continue;
      // "imprisoned until 1953", "in exile since the 1940s": the date bounds a state, it does not date the event
      // (unless the words say so: "lived until").
      if ((d.role === "until" || d.role === "since") && site.kind !== "post" && !/\b(until|since)$/i.test(s.slice(site.index, site.end))) continue;
      // A dismissal word after its post takes only a date after it, and never a "since" (that is the start).
      if (site.trailing && (d.index < site.end || d.role === "since")) continue;
      const dd = d.index >= site.end ? d.index - site.end : site.index - (d.index + d.text.length);
      // Crossing a clause boundary (", and he died") counts as far.
      const between = d.index >= site.end ? s.slice(site.end, d.index) : s.slice(d.index + d.text.length, site.index);
      // A colon or semicolon ends a statement: no date crosses it. Nor does a date far from the word, except a sentence's
      // opening one ("In June 1957, after a long struggle in the Presidium, Zhukov was dismissed").
      // ("…was fired; he had held the post since 1953" still dates the post it refers back to.)
      const heldSince = heldSinceHere && site.kind === "post";
      if ((/;/.test(between) && !heldSince) || (/:/.test(between) && !labelColon(s, between, d.index >= site.end ? site.end : d.index + d.text.length)))
        continue;
      const dAbs = Math.max(0, dd) + (/[,()–—]|\b(and|but|while|whereas|then)\b/i.test(between) ? 40 : 0);
      if (dAbs > 100 && d.index > 12) continue;
      // A date that belongs to another verb: "the government formed on 5 March" (not the funeral named before it),
      // "…, and in June he organised the plot" (it opens the next clause).
      // ("(published 28 March 1953)": a participle in brackets owns its date; see above.)
      if (d.index >= site.end && ownedByVerb && /[,;–—]|\band\b/.test(between)) continue;
      // "The amnesty Beria proposed on 26 March was decreed on 27 March": before the word, another verb's date.
      if (d.index < site.index && ownedByVerb && /\b(?:was|were|is|are|had|has)\b/i.test(between)) continue;
      if (d.index >= site.end && opensClause && /[,;]|\band\b/.test(between)) continue;
      if (dAbs < dist) {
        dist = dAbs;
        best = site;
      }
    }
    if (best) {
      // Nearest first: "ousted in October 1964, … and died in September 1971" dates the death by the second.
      const span: Span & { dist: number } = {
        ...(d.yearless ? { ...d.interval, yearless: d.yearless } : d.interval),
        dist,
        anchored: d.relative && d.anchorAt !== undefined && !d.order,
      };
      dated.set(
        best,
        [...(dated.get(best) ?? []), span].sort((a, b) => (a as typeof span).dist - (b as typeof span).dist),
      );
      if (d.role === "until") untilSites.add(best);
      // "defence minister since 1955", "had held the post since 1953": a since-date right after the post, or after
      // words for holding it, dates the start of the tenure ("exiled since 1946, became…" does not).
      if (
        d.role === "since" &&
        d.written &&
        best.kind === "post" &&
        ((d.index >= best.end && d.index - best.end <= 12 && !/[,;]/.test(s.slice(best.end, d.index))) ||
          HELD_SINCE.test(s.slice(Math.max(0, d.index - 40), d.index)))
      )
        sinceOf.set(best, d.written);
      if (/^(from|between)\b|^\d{4}\s*[–-]\s*\d{2,4}$/i.test(d.text)) rangeSites.add(best);
    }
  }

  const readings: Reading[] = [];
  const allKindHits = [...kindHits.values()].flat();
  const stranger = /^\W*(\p{Lu}\p{L}+)\s+(?:was|were|had|has|is|\p{L}+ed)\b/u.exec(s);
  const strangerSubject = stranger && !NOT_NAMES.test(stranger[1]) && !mentions.some((m) => m.index === s.indexOf(stranger[1]));
  // Events: death, arrest, execution…
  for (const site of sites.filter((x) => x.kind !== "post" && !x.foreign)) {
    const spans = dated.get(site);
    if (!spans?.length) continue;
    const kind = site.kind as FactKind;
    // "after Stalin's death, … lived until 1979": a person named only as the owner of another event word belongs to
    // that event, not to this one.
    // (Only when the sentence's subject is someone the record does not know: "Beria's trial … ended with his execution" is his.)
    const ownsOther = (m: Mention) => allKindHits.some((h) => h.index !== site.index && /^['’]s\s+$/.test(s.slice(m.end, h.index)));
    const owned = new Set(strangerSubject ? [...subjects].filter((id) => mentions.filter((m) => m.id === id).every(ownsOther)) : []);
    // "Svetlana was at the dacha when he died": a "he" or "she" right before the word is its subject, of that sex.
    const said = /\b(he|she)\s+(?:(?:had|has|was|had\s+been)\s+)?(?:\p{L}+ly\s+)?$/iu.exec(s.slice(Math.max(0, site.index - 25), site.index));
    const sex = (id: string) => !said || (said[1].toLowerCase() === "she") === c.women.has(id);
    const candidates = [...subjects].filter(
      (id) => id !== site.agent && !owned.has(id) && sex(id) && record.facts.some((f) => f.subject === id && f.kind === kind),
    );
    // The subject nearest the word decides; with nobody named, the record's one fact of this kind.
    const only = record.facts.filter((f) => f.kind === kind);
    const near =
      nearestSubjectWith(mentions, site.index, (id) => candidates.includes(id)) ?? ((nobody || site.unique) && only.length === 1 ? only[0].subject : undefined);
    if (!near) continue;
    const facts = record.facts.filter((f) => f.subject === near && f.kind === kind);
    // "In 1956 Khrushchev's speech … was delivered on 14 February": a finer date inside the nearest one is the same
    // statement made precise, and is what is judged.
    const year = inYear(spans[0], facts[0]);
    const raw =
      spans.find((x) => {
        const i = inYear(x, facts[0]);
        return x !== spans[0] && !x.anchored && i.lo >= year.lo && i.hi <= year.hi && i.hi - i.lo < year.hi - year.lo;
      }) ?? spans[0];
    const agree = facts.find((f) => overlaps(inYear(raw, f), factInterval(f.date, f.dateTo)));
    const others = candidates.filter((id) => id !== near);
    const otherAgrees = others.some((id) =>
      record.facts.some((f) => f.subject === id && f.kind === kind && overlaps(inYear(raw, f), factInterval(f.date, f.dateTo))),
    );
    // "The funeral was on 9 March, a week after he died": a stretch counted from an event the sentence names is a
    // second, independent date for this one; the nearest date agreeing does not excuse it.
    const counted = spans.slice(1).find((x) => x.anchored && !x.yearless);
    const countedWrong =
      counted &&
      !facts.some((f) => overlaps(counted, factInterval(f.date, f.dateTo))) &&
      !others.some((id) => record.facts.some((f) => f.subject === id && f.kind === kind && overlaps(counted, factInterval(f.date, f.dateTo))));
    if (agree && countedWrong)
      readings.push({
        status: "conflicts",
        fact: facts[0],
        explanation: `The text's stretch puts this ${formatInterval(counted)}; the record gives ${factDate(facts[0])}.`,
      });
    else if (agree) readings.push({ status: "agrees", fact: agree, explanation: `The record agrees: ${factDate(agree)}.`, valued: true });
    else if (!otherAgrees)
      readings.push({
        status: "conflicts",
        fact: facts[0],
        explanation: `The text dates this to ${formatInterval(inYear(raw, facts[0]))}; the record gives ${factDate(facts[0])}.`,
        valued: true,
      });
  }
  // Places: "Stalin died in the Kremlin".
  const place = judgePlace(s, c, mentions, sites, nobody);
  if (place) readings.push(place);
  // "The new team of March 1953 looked like this: Malenkov, head of government; Zhukov, Minister of Defence": a short
  // lead-in's date, before a colon, is the time of every item of the list after it (no date crosses the colon itself).
  const colon = s.indexOf(":");
  const leadIn =
    colon > 0 && s.slice(0, colon).trim().split(/\s+/).length <= 14 && /;/.test(s.slice(colon))
      ? dates.filter((d) => d.index + d.text.length <= colon && d.role === "at" && !d.relative && !d.yearless).pop()?.interval
      : undefined;
  // Posts: who held what, when.
  for (const site of sites.filter((x) => x.kind === "post")) {
    const known = dated.get(site)?.filter((x) => !x.yearless);
    const r = judgePost(
      s,
      c,
      ctx,
      { ...site, until: untilSites.has(site), range: rangeSites.has(site), since: sinceOf.get(site) },
      mentions,
      known?.length ? known : undefined,
      sites,
      dated,
      soft ?? (leadIn && site.index > colon ? leadIn : undefined),
    );
    if (r) readings.push(r);
  }
  // A fall from power with no post named: only for someone whose posts all ended on one day.
  if (!posts.length) {
    for (const h of allHits(c.falls, s)) {
      // "the attempt to oust Khrushchev": an attempt is not the event.
      if (ATTEMPT_BEFORE.test(s.slice(Math.max(0, h.index - 30), h.index))) continue;
      // "He joined the attempt to oust Khrushchev and was removed…": with "he" unknown, the one who fell is unknown.
      if (/\b(he|she)\b/i.test(s.slice(0, h.index)) && !mentions.some((m) => !m.topic && m.end === 0)) continue;
      // The date: the nearest one after the words, else just before them.
      const after = dates.filter((d) => d.index >= h.end && d.index - h.end < 30);
      const before = dates.filter((d) => d.index + d.text.length <= h.index && h.index - (d.index + d.text.length) < 30);
      const span = (after[0] ?? before[before.length - 1])?.interval;
      if (!span) continue;
      // Everyone named whose posts all ended on one day is a possible subject; conflict only if every one conflicts.
      // Who fell: someone named before the words (the subject), or right after them (the object: "ousted Khrushchev");
      // not someone further on ("he was forced out after siding against Khrushchev").
      const verdicts = mentions
        .filter((m) => !m.topic && (m.end <= h.index || /^\s*$/.test(s.slice(h.end, m.index))))
        .map((m) => record.facts.filter((f) => f.subject === m.id && f.kind === "dismissal"))
        .filter((ends) => ends.length && ends.every((f) => f.date === ends[0].date && f.dateTo === ends[0].dateTo))
        .map((ends) => ({ fact: ends[0], ok: overlaps(span, factInterval(ends[0].date, ends[0].dateTo)) }));
      if (!verdicts.length) continue;
      const ok = verdicts.find((v) => v.ok);
      if (ok) readings.push({ status: "agrees", fact: ok.fact, explanation: `The record agrees: ${factDate(ok.fact)}.` });
      else {
        const near = nearestSubjectWith(mentions, h.index, (id) => verdicts.some((v) => v.fact.subject === id))!;
        const v = verdicts.find((x) => x.fact.subject === near)!;
        readings.push({
          status: "conflicts",
          fact: v.fact,
          explanation: `The text dates this to ${formatInterval(span)}; the record gives ${factDate(v.fact)}.`,
        });
      }
    }
  }
  // Counts: how many were freed, how many died.
  const succession = judgeSuccession(s, c, mentions, posts) ?? (posts.length ? undefined : judgeSuccessionDate(s, c, mentions, dates));
  if (succession) readings.push(succession);
  const count = judgeCount(s, c, ctx, mentions, dates);
  if (count) readings.push(count);
  // Ages at a moment, and stretches of time between events or of an event that lasts.
  const age = judgeAge(s, c, ctx, mentions, kindHits, dates, sites);
  if (age) readings.push(age);
  const tenureLength = judgeTenureLength(s, c, mentions, posts);
  if (tenureLength) readings.push(tenureLength);
  const duration = judgeDuration(s, c, mentions, kindHits);
  if (duration) readings.push(duration);
  const life = judgeLifeDates(s, c, mentions);
  if (life) readings.push(life);
  const chair = judgeChair(s, c, mentions, kindHits);
  if (chair) readings.push(chair);
  const named = judgeNamedDate(s, c, mentions, dates);
  if (named) readings.push(named);

  // "Although records gave 1879, Stalin was born in 1878": a sentence that also states the record's value for the
  // same fact is setting the wrong one against it, not asserting it.
  const conflict = readings.find(
    (r) => r.status === "conflicts" && !(r.valued && readings.some((o) => o.valued && o.status === "agrees" && o.fact.id === r.fact.id)),
  );
  if (conflict) return conflict;
  return readings.find((r) => r.status === "agrees");
}

function factDate(f: CheckFact): string {
  return f.dateTo ? formatRange(f.date, f.dateTo) : formatPartial(f.date);
}

/** "Defence Minister Zhukov", "Zhukov, the Defence Minister,", "Zhukov (head of the Red Army)": the title describes that person. */
function apposed(s: string, p: Hit, mentions: Mention[]): string | undefined {
  for (const m of mentions) {
    if (m.topic) continue;
    const between = m.index >= p.end ? s.slice(p.end, m.index) : m.end <= p.index ? s.slice(m.end, p.index) : undefined;
    if (between === undefined) continue;
    if (
      m.index >= p.end &&
      /^\s*(,\s*)?(marshal\s+|comrade\s+|general\s+)?(\p{Lu}\p{L}+\s+){0,2}$/u.test(between) &&
      !/\b(as|became|become|of)\s*$/i.test(s.slice(0, p.index))
    )
      return m.id;
    if (
      m.end <= p.index &&
      /^(['’]s)?\s*(,|\()\s*(the\s+|then\s+|then-|who\s+was\s+|who\s+had\s+been\s+|as\s+|now\s+|by\s+then\s+|at\s+the\s+time\s+|already\s+)*(soviet\s+|new\s+)?$/iu.test(
        between,
      )
    )
      return m.id;
  }
  return undefined;
}

function judgePost(
  s: string,
  c: CompiledRecord,
  ctx: Context,
  site: Site,
  mentions: Mention[],
  spans: Interval[] | undefined,
  sites: Site[],
  dated: Map<Site, Interval[]>,
  soft: Interval | undefined,
): Reading | undefined {
  const record = c.record;
  const post = site.post!;
  const info = record.patterns.posts[post];
  // "Stalin's successor" is not Stalin: a possessive names someone else's relation to him.
  // ("Zhukov's dismissal as defence minister", "Malenkov's time as premier" are his own, though.)
  const people = mentions.filter(
    (m) =>
      !m.topic &&
      (!/^['’]s\b/.test(s.slice(m.end, m.end + 3)) ||
        /^['’]s\s+(?:\p{L}+\s+)?(dismissal|removal|appointment|election|tenure|time|term|years|spell|stint|promotion|ouster|resignation|sacking|fall|rise|return|reign|premiership|first secretaryship|leadership)\b/iu.test(
          s.slice(m.end, m.end + 40),
        )),
  );
  if (!people.length) return undefined;
  // The title's holder: the apposed person, else the nearest person before the title (the sentence's subject usually comes first).
  // The holder is the nearest person before the title, unless that person is the object of
  // "succeeded"/"replaced" ("Bulganin succeeded Malenkov as premier"): then the one before the verb.
  // "Molotov, whom Stalin had attacked in 1952, was restored as Foreign Minister": a person inside a relative clause
  // is not the title's holder, unless the title is in that clause too.
  const asides = [...s.matchAll(/,\s*(?:whom|whose|who|which)\b[^,;]*[,;]/giu)].map((m) => [m.index!, m.index! + m[0].length]);
  const within = (i: number) => asides.find(([a, b]) => i >= a && i < b);
  const siteAside = within(site.index);
  const nearest = people.filter((m) => m.end <= site.index && (!within(m.index) || within(m.index) === siteAside));
  let pick = nearest[nearest.length - 1];
  if (pick && /\b(succeed(?:ed|s|ing)?|replac(?:ed|es|ing))\s+$/i.test(s.slice(Math.max(0, pick.index - 16), pick.index))) {
    const earlier = nearest.filter((m) => m.end <= pick!.index);
    // "Shepilov replaced Molotov as foreign minister", "the man who replaced Molotov…": the new holder is someone the
    // record does not know.
    if (!earlier.length) return undefined;
    pick = earlier[earlier.length - 1] ?? pick;
  }
  // "He led the removal of Khrushchev and became First Secretary": a name after "of", "against"… is not the subject.
  // ("The premiership of Malenkov" names its holder, though.)
  if (
    pick &&
    pick.end > 0 &&
    /\b(?:of|against|to|with|from|over|by)\s+$/i.test(s.slice(Math.max(0, pick.index - 10), pick.index)) &&
    !c.posts.some((p) => has(new RegExp(`(?:${p.re.source})\\s+of\\s+$`, "iu"), s.slice(Math.max(0, pick.index - 60), pick.index))) &&
    !/\b(?:premiership|post|tenure|term|time|spell|reign|office|ministry)\s+of\s+$/i.test(s.slice(Math.max(0, pick.index - 30), pick.index))
  ) {
    const earlier = [...mentions.filter((m) => !m.topic && m.end === 0), ...nearest.filter((m) => m.end <= pick!.index && m !== pick)];
    const subject = earlier[earlier.length - 1];
    if (!subject) return undefined;
    pick = subject;
  }
  // "…and succeeded him as First Secretary": the holder is the one who did the succeeding, not "him".
  if (/\b(?:succeed\w*|replac\w*)\s+(?:him|her)\s+as\s+(?:the\s+)?$/i.test(s.slice(Math.max(0, site.index - 40), site.index))) {
    const subject = mentions.find((m) => !m.topic && m.end === 0);
    if (!subject) return undefined;
    pick = subject;
  }
  // "On the day Stalin died he became Minister of Internal Affairs": a "he" between the name and the post is the subject.
  else if (pick && pick.end > 0 && /\b(?:he|she)\b/i.test(s.slice(pick.end, site.index))) {
    const subject = mentions.find((m) => !m.topic && m.end === 0 && m.id !== pick!.id);
    if (!subject) return undefined;
    pick = subject;
  }
  // "…and Alexei Kosygin premier": someone the record does not know is named right before the post.
  if (!site.apposition && STRANGER_BEFORE.test(s.slice(Math.max(0, site.index - 40), site.index))) {
    const name = STRANGER_BEFORE.exec(s.slice(Math.max(0, site.index - 40), site.index))!;
    const at = Math.max(0, site.index - 40) + name.index + name[0].search(/\p{Lu}/u);
    if (!mentions.some((m) => m.index <= at && m.end > at) && !NOT_NAMES.test(name[1])) return undefined;
  }
  let holder = site.apposition ?? pick?.id ?? people[0].id;
  // "Bulganin handed the premiership to Khrushchev": the post goes to the person after "to".
  let handedOn = false;
  // "The premiership passed to Bulganin": likewise.
  const passed = /^\s+(?:passed|went|fell|was handed|was given|was transferred)\s+(?:over\s+)?(?:from\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?\s+)?to\s+/iu.exec(
    s.slice(site.end),
  );
  const receiver = passed && people.find((m) => m.index === site.end + passed[0].length);
  if (receiver) {
    holder = receiver.id;
    handedOn = true;
  } else if (/\b(handed|passed|gave|ceded|yielded|surrendered|lost|relinquished)\b[^,;.]{0,25}$/i.test(s.slice(0, site.index))) {
    const to = /^\s+(?:over\s+)?to\s+/i.exec(s.slice(site.end));
    const next = to && people.find((m) => m.index === site.end + to[0].length);
    if (next) {
      holder = next.id;
      handedOn = true;
    }
  }
  // ("a week later" is a relative date, not "later on".)
  const later =
    /(?<!\b(?:days?|weeks?|fortnights?|months?|years?)\s+)\b(later|eventually|subsequently|future|would|went on to|afterwards|in time|then became|by the time)\b/i.test(
      s,
    );
  const mine = c.tenures.filter((t) => t.subject === holder && t.post === post);
  const holderFacts = record.facts.filter((f) => f.subject === holder && f.post === post);
  // The record knows a post from when it lists every holder (or from the holder's first fact in it): "Molotov was
  // foreign minister from 1939 to 1949" is about a tenure before that, which the record neither confirms nor denies.
  const recordFrom = info.complete
    ? factInterval(info.complete.from).lo
    : holderFacts.length
      ? Math.min(...holderFacts.map((f) => factInterval(f.date, f.dateTo).lo))
      : OPEN_LO;
  const beforeRecord = (x: Interval | undefined) => x !== undefined && x.hi < recordFrom;
  // An appointment dated a year or two before the record starts is most likely the record's own one misdated
  // ("Khrushchev became First Secretary in 1952"); one long before is another tenure ("foreign minister in 1939").
  const longBefore = (x: Interval | undefined) => x !== undefined && x.hi < recordFrom - 3 * 365;

  // "From 1953 to 1955 Malenkov headed the government": the tenure must start in the first year and end in the last.
  if (site.range && spans?.length && !site.dismissal && mine.length) {
    const span = spans[0];
    if (beforeRecord({ lo: span.lo, hi: dayNumber(new Date(span.lo * 86_400_000).getUTCFullYear(), 12, 31) })) return undefined;
    const yearOf = (day: number) => new Date(day * 86_400_000).getUTCFullYear();
    // The years given must lie within one tenure ("from 1958 to 1964 Khrushchev was both…" is true of a part of his).
    const fits = mine.find((t) => t.span.lo > OPEN_LO && t.span.hi < OPEN_HI && yearOf(t.span.lo) <= yearOf(span.lo) && yearOf(t.span.hi) >= yearOf(span.hi));
    const t = fits ?? mine.find((x) => x.span.lo > OPEN_LO && x.span.hi < OPEN_HI);
    if (!t) return undefined;
    const f = t.facts[0];
    const held = formatRange(isoOf(t.span.lo), isoOf(t.span.hi));
    if (fits) return { status: "agrees", fact: f, explanation: `The record agrees: ${held}.` };
    return { status: "conflicts", fact: t.facts[t.facts.length - 1], explanation: `The text gives ${formatInterval(span)}; the record gives ${held}.` };
  }

  // "X was head of the MVD until 1954": when the tenure ended.
  if (site.until && spans?.length && !site.dismissal) {
    const span = spans[0];
    if (beforeRecord(span)) return undefined;
    const dies = record.facts.some((f) => f.subject === holder && f.kind === "death");
    const ended = mine.filter((t) => t.span.hi < OPEN_HI && (dies || t.facts.some((f) => f.kind === "dismissal")));
    if (!ended.length) return undefined;
    const t = ended.find((x) => overlaps(span, { lo: x.span.hi, hi: x.span.hi }));
    const f = (t ?? ended[0]).facts[(t ?? ended[0]).facts.length - 1];
    if (t) return { status: "agrees", fact: f, explanation: `The record agrees: the post ended ${formatInterval({ lo: t.span.hi, hi: t.span.hi })}.` };
    return {
      status: "conflicts",
      fact: f,
      explanation: `The text has this end ${formatInterval(span)}; the record ends it ${formatInterval({ lo: ended[0].span.hi, hi: ended[0].span.hi })}.`,
    };
  }

  // "Zhukov, defence minister since 1953": when the tenure began.
  if (site.since && !site.dismissal && mine.length && !beforeRecord(site.since)) {
    const started = mine.filter((t) => t.span.lo > OPEN_LO);
    if (started.length) {
      const t = started.find((x) => x.span.lo >= site.since!.lo - 2 && x.span.lo <= site.since!.hi + 2);
      if (t) return { status: "agrees", fact: t.facts[0], explanation: `The record agrees: ${factDate(t.facts[0])}.` };
      const f = started[0].facts[0];
      return { status: "conflicts", fact: f, explanation: `The text has this from ${formatInterval(site.since)}; the record gives ${factDate(f)}.` };
    }
  }

  if (site.dismissal && !handedOn) {
    const ends = holderFacts.filter((f) => f.kind === "dismissal");
    if (!ends.length) return undefined;
    if (!spans?.length) return { status: "agrees", fact: ends[0], explanation: `The record agrees: ${ends[0].record}` };
    // "Molotov, sacked as foreign minister in 1949, got the job back in 1953": an end long before the record's first
    // tenure is of an earlier one, which the record neither confirms nor denies ("…in 1949 and again in 1955": the next).
    // (Any other date is another clause's: "…in 1949, got the job back in 1953".)
    const span = longBefore(spans[0]) ? (/\band\s+(?:again|once\s+more)\b/i.test(s) ? spans.find((x) => !longBefore(x)) : undefined) : spans[0];
    if (!span) return undefined;
    const hit = ends.find((f) => overlaps(span, factInterval(f.date, f.dateTo)));
    if (hit) return { status: "agrees", fact: hit, explanation: `The record agrees: ${factDate(hit)}.` };
    return { status: "conflicts", fact: ends[0], explanation: `The text dates this to ${formatInterval(span)}; the record gives ${factDate(ends[0])}.` };
  }

  // "In 1960 Molotov, who had been foreign minister, was ambassador to Mongolia": a title in the pluperfect is of a time
  // before the sentence's, which the sentence does not date.
  if (
    /\bhad\s+(?:once\s+|previously\s+|earlier\s+|long\s+|already\s+)?(?:been|served\s+as)\s+(?:the\s+|a\s+)?(?:\p{L}+\s+)?$/iu.test(
      s.slice(Math.max(0, site.index - 45), site.index),
    )
  )
    return undefined;
  // "Malenkov, the new premier, took office in April 1953": the appointment is told after the apposed title.
  const appointedAfter =
    Boolean(site.apposition) &&
    /^[^.;]{0,12}?,?\s*(?:took office|assumed office|entered office|was sworn in|was appointed|was named|was installed|was elected|took over|came to power)\b/i.test(
      s.slice(site.end),
    );
  // "Bulganin's premiership began in 1956": the start of the tenure, told after the post.
  const begun = /^\s+(?:began|begins|started|starts|commenced|opened)\b/i.test(s.slice(site.end));
  const appointing =
    handedOn ||
    appointedAfter ||
    begun ||
    /\b(became|become|becomes|becoming|appoint(?:ed|s|ing)?|nam(?:ed|es|ing)|made|makes|elect(?:ed|s|ing)?|chosen|chooses|install(?:ed|s|ing)?|t(?:ook|akes|aking|ake) over|assum(?:ed|es|ing)|succeed(?:ed|s|ing)?|(?<!(?:was|were|been)\s)replac(?:ed|es|ing)|promot(?:ed|es|ing)|r(?:ose|ise|ises|ising) to|elevat(?:ed|ion) to|promotion to|appointment as|election as|t(?:ook|akes|aking) control|t(?:ook|akes|aking) the reins|t(?:ook|akes|aking) charge|restor(?:ed|es)|reinstat(?:ed|es)|reappoint(?:ed|s)|returns? as|returned as|returns? to|returned to|went back to|brought back|brings back|emerg(?:ed|es) as|took|takes|taking|got|gets|received|receives|was given|were given|was handed|picked up|picks up|landed|secured|won|gained|acquired|inherited|was put in charge of)\b/i.test(
      s.slice(Math.max(0, site.index - 60), site.index),
    );
  if (appointedAfter) site = { ...site, apposition: undefined };
  if (handedOn) site = { ...site, dismissal: false };
  let span = spans?.[0];
  // "By the end of 1953 Malenkov was First Secretary": a state "by" a date holds on that date's last day.
  if (span && !appointing && span.lo <= OPEN_LO && span.hi < OPEN_HI) span = { lo: span.hi, hi: span.hi };
  // "Following Stalin's death, Zhukov was appointed…": the sentence places the appointment in the year after an event.
  let afterEvent = false;
  // A title worn in passing ("Defence Minister Zhukov") is a claim about the time the sentence is about.
  if (!span && !later) {
    // An event's date first; else another post's in the same sentence ("X became premier a week later, and Y took the defence ministry").
    const otherEvent =
      sites.find((x) => x !== site && x.kind !== "post" && !x.foreign && dated.get(x)?.length) ??
      sites.find((x) => x !== site && x.kind === "post" && !x.dismissal && !x.trailing && dated.get(x)?.length);
    if (otherEvent) span = dated.get(otherEvent)![0];
    else if (soft) {
      span = soft;
      afterEvent = true;
    } else if (!spans && (site.apposition || !mine.length)) {
      const eventDate = eventInSentence(s, c, mentions, holder);
      if (eventDate) span = eventDate;
      else if (ctx.recent && ctx.recent.age < CONTEXT_REACH && ctx.recent.span.hi - ctx.recent.span.lo < 740) span = ctx.recent.span;
    }
  }
  if (!span) {
    if (mine.length && appointing && !site.apposition) {
      const f = mine[0].facts[0];
      return { status: "agrees", fact: f, explanation: `The record agrees: ${f.record}` };
    }
    return undefined;
  }
  if (appointing && !site.apposition) {
    const starts = holderFacts.filter((f) => f.kind === "appointment");
    if (starts.length) {
      const hit = starts.find((f) => overlaps(span!, factInterval(f.date, f.dateTo)));
      if (hit) return { status: "agrees", fact: hit, explanation: `The record agrees: ${factDate(hit)}.` };
      if ((spans?.length && !longBefore(span)) || afterEvent)
        return {
          status: "conflicts",
          fact: starts[0],
          explanation: `The text dates this to ${formatInterval(span)}; the record gives ${factDate(starts[0])}.`,
        };
      return undefined;
    }
  }
  if (mine.some((t) => overlaps(span!, t.span))) {
    const t = mine.find((x) => overlaps(span!, x.span))!;
    return { status: "agrees", fact: t.facts[0], explanation: `The record agrees: ${t.facts[0].record}` };
  }
  // "Malenkov led the party in March 1953" may mean the Secretariat, not the First Secretaryship: a loose name
  // never borrows the proof that nobody else held the post.
  // "Molotov, Soviet Foreign Minister, at the Geneva conference, 1957": after the holder's last recorded tenure ended
  // (a dismissal, with no later appointment in the record), within a decade, he no longer held it.
  const lastEnd = mine.every((t) => t.facts.some((f) => f.kind === "dismissal")) && mine.length ? Math.max(...mine.map((t) => t.span.hi)) : undefined;
  if (!site.loose && !appointing && lastEnd !== undefined && span.lo > lastEnd + 1 && span.hi < lastEnd + 3650) {
    const t = mine.find((x) => x.span.hi === lastEnd)!;
    const f = t.facts[t.facts.length - 1];
    return {
      status: "conflicts",
      fact: f,
      explanation: `The record ends the post ${formatInterval({ lo: lastEnd, hi: lastEnd })}; the text has it in ${formatInterval(span)}.`,
    };
  }
  if (!info.complete || site.loose) return undefined;
  const cover = { lo: factInterval(info.complete.from).lo, hi: factInterval(info.complete.to).hi };
  // The text's period must lie (almost) wholly inside the period our facts cover: "in 1953" is mostly after 5 March.
  const inside = Math.min(span.hi, cover.hi) - Math.max(span.lo, cover.lo) + 1;
  if (inside < 0.8 * (span.hi - span.lo + 1)) return undefined;
  const holders = c.tenures.filter((t) => t.post === post && overlaps(span!, t.span));
  // If someone else named in the sentence held it then, the title may be theirs: do not judge.
  // (A tenure that merely ends on the first day of the period, like a dead predecessor's, does not count.)
  if (holders.some((t) => people.some((m) => m.id === t.subject) && Math.min(t.span.hi, span!.hi) - Math.max(t.span.lo, span!.lo) >= 1)) return undefined;
  const names = holders.map((t) => record.people.find((p) => p.id === t.subject)?.name ?? t.subject);
  const person = record.people.find((p) => p.id === holder)!;
  // Show the person's own fact in a related post if there is one ("gave up the Secretariat"), else what they held then, if the record says ("a first deputy minister"), else their record in this post.
  const heldThen = c.tenures.find((t) => t.subject === holder && overlaps(span!, t.span));
  const related = record.facts.find((f) => f.subject === holder && f.post && info.related.includes(f.post));
  const shown =
    related ??
    (mine.length ? (heldThen?.facts[0] ?? mine[0].facts[0]) : (holders[0]?.facts[0] ?? heldThen?.facts[0])) ??
    record.facts.find((f) => f.subject === holder);
  if (!shown) return undefined;
  const then = names.length ? `${names.join(" and ")} held it then` : "nobody held it then";
  return {
    status: "conflicts",
    fact: shown,
    explanation: `${person.name} was not ${info.label} at the time (${formatInterval(span)}): ${then}.`,
  };
}

/** The date of another event the sentence names ("…to remove Beria"): when a title is worn at that event. */
function eventInSentence(s: string, c: CompiledRecord, mentions: Mention[], holder: string): Interval | undefined {
  for (const k of ["arrest", "execution", "trial", "funeral", "death"] as FactKind[]) {
    const re = c.kinds.get(k)!;
    const extra =
      k === "arrest"
        ? /\b(remove|removal|downfall|fall|overthrow|oust|plot against|move against|coup against|eliminate|topple|bring down|brought down)\b/i
        : undefined;
    if (!has(re, s) && !extra?.test(s)) continue;
    for (const m of mentions) {
      if (m.id === holder || m.topic) continue;
      const facts = c.record.facts.filter((f) => f.subject === m.id && f.kind === k);
      if (facts.length === 1) return factInterval(facts[0].date, facts[0].dateTo);
    }
  }
  return undefined;
}

function judgeCount(s: string, c: CompiledRecord, ctx: Context, mentions: Mention[], dates: FoundDate[]): Reading | undefined {
  const record = c.record;
  let topics = mentions.filter((m) => m.topic).map((m) => m.id);
  if (!topics.length) topics = ctx.prevMentions.filter((m) => m.topic).map((m) => m.id);
  const countFacts = record.facts.filter((f) => f.kind === "count" && topics.includes(f.subject));
  if (!countFacts.length) return undefined;
  const trig = allHits(c.kinds.get("count")!, s);
  if (!trig.length) return undefined;
  // A number inside a date ("27 March 1953") is not a count.
  const inDate = (i: number, j: number) => dates.some((d) => i < d.index + d.text.length && d.index < j);
  for (const n of findCounts(s).filter(
    (x) =>
      !inDate(x.index, x.index + x.text.length) &&
      !/^\s*(january|february|march|april|may|june|july|august|september|october|november|december)\b/i.test(s.slice(x.index + x.text.length)) &&
      // "freed roughly half of the Gulag's 2.5 million prisoners": a share of a total; the total is not the count.
      !/\b(?:half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths|\d+\s*(?:%|per\s*cent|percent)|most|many|some|part|share|proportion|fraction)\s+of\s+(?:(?:the|a|an|its|their|all)\s+)?(?:\p{L}+['’]s?\s+)?(?:(?:total|estimated|entire|whole)\s+)?$/iu.test(
        `${s.slice(Math.max(0, x.index - 40), x.index).trimEnd()} `,
      ),
  )) {
    for (const f of countFacts) {
      const nouns = c.countNouns.get(f.counts!)!;
      const after = s.slice(n.index + n.text.length, n.index + n.text.length + 30);
      // "Deaths in the funeral crush: 37": the value of a labelled line belongs to its label.
      const labelled = /:\s*$/.test(s.slice(0, n.index)) && /^\W*$/.test(s.slice(n.index + n.text.length)) && trig.some((t) => t.end <= n.index);
      const near =
        labelled ||
        has(nouns, after.split(/[,;.]/)[0]) ||
        trig.some((t) => Math.abs(t.index - (n.index + n.text.length)) < 20 || Math.abs(n.index - t.end) < 20);
      if (!near) continue;
      const hi = f.max ?? Infinity;
      const lo = f.min!;
      const show = (v: number) => (v === Infinity ? "more" : Math.round(v).toLocaleString("en-GB"));
      if (n.lo <= hi && lo <= n.hi)
        return { status: "agrees", fact: f, explanation: `Within the range the sources give (${show(lo)}${f.max ? `–${show(hi)}` : " or more"}).` };
      return { status: "conflicts", fact: f, explanation: `The text says ${n.text}; the sources give ${show(lo)}${f.max ? `–${show(hi)}` : " or more"}.` };
    }
  }
  return undefined;
}

/**
 * An age at a moment: "died at the age of 74", "Beria was only 54 at the time of his execution", "Khrushchev, then a
 * mere 52, chaired the funeral commission", "barely into his forties when he took over the government in March 1953".
 * The moment is the person's own event named nearest the age, else the sentence's own date, else a post they took in it.
 */
function judgeAge(
  s: string,
  c: CompiledRecord,
  ctx: Context,
  mentions: Mention[],
  kindHits: Map<FactKind, Hit[]>,
  dates: FoundDate[],
  sites: Site[],
): Reading | undefined {
  const ages = findAges(s);
  if (!ages.length) return undefined;
  const record = c.record;
  const births = new Map(record.facts.filter((f) => f.kind === "birth" && f.date.length === 10).map((f) => [f.subject, f]));
  const people = mentions.filter((m) => !m.topic && births.has(m.id));
  for (const a of ages) {
    if (!people.length) return undefined;
    // Whose age: the person named last before it ("Beria, born 1899, was shot at 56"), else the first named; an
    // apposed age ("Svetlana, then 27,") belongs only to a name right before it.
    const before = people.filter((m) => m.end <= a.index).pop();
    const apposedAge = /,\s*$/.test(s.slice(Math.max(0, a.index - 2), a.index));
    if (apposedAge && (!before || a.index - before.end > 4)) continue;
    // "…accused of raping her; in 1949 she had been a 16-year-old": a pronoun after the name is whose age it is.
    if (before && before.end > 0 && /\b(?:he|she|they)\b/i.test(s.slice(before.end, a.index))) continue;
    const who = before ?? people[0];
    const birth = births.get(who.id)!;
    let when: Interval | undefined;
    let dist = Infinity;
    for (const k of EVENT_KINDS) {
      if (k === "birth") continue;
      const own = record.facts.find((f) => f.subject === who.id && f.kind === k);
      const only = record.facts.filter((f) => f.kind === k);
      const fact = own ?? (UNIQUE_EVENTS.includes(k) && only.length === 1 ? only[0] : undefined);
      if (!fact) continue;
      for (const h of kindHits.get(k) ?? []) {
        // "Svetlana was 27 when her father died": that death is not hers.
        if (c.relationBefore.test(s.slice(Math.max(0, h.index - 28), h.index))) continue;
        const d = Math.abs(h.index - a.index);
        if (d < dist) {
          dist = d;
          when = factInterval(fact.date, fact.dateTo);
        }
      }
    }
    if (!when) {
      const own = dates.filter((d) => d.role === "at" && !d.yearless && !d.relative && d.interval.hi - d.interval.lo < 400);
      own.sort((x, y) => Math.abs(x.index - a.index) - Math.abs(y.index - a.index));
      when = own[0]?.interval;
    }
    if (!when) {
      for (const site of sites) {
        const start =
          site.kind === "post" && !site.dismissal && record.facts.find((f) => f.subject === who.id && f.post === site.post && f.kind === "appointment");
        if (start) when = factInterval(start.date, start.dateTo);
      }
    }
    // "Stalin died on 5 March 1953. He was 74.": the moment the text was just about.
    if (!when && ctx.recent && ctx.recent.age < 2 && ctx.recent.span.hi - ctx.recent.span.lo < 400) when = ctx.recent.span;
    if (!when) continue;
    const [y, m, d] = birth.date.split("-").map(Number);
    const range = ageRange({ y, m, d }, new Date(when.lo * 86_400_000), new Date(when.hi * 86_400_000));
    const name = record.people.find((p) => p.id === who.id)?.name ?? who.id;
    const real = range.lo === range.hi ? `${range.lo}` : `${range.lo} or ${range.hi}`;
    const said = a.lo === a.hi ? `${a.lo}` : `${a.lo}–${a.hi}`;
    if (a.lo <= range.hi && range.lo <= a.hi)
      return { status: "agrees", fact: birth, explanation: `Born ${formatPartial(birth.date)}: ${name} was ${real} then (${formatInterval(when)}).` };
    return {
      status: "conflicts",
      fact: birth,
      explanation: `Born ${formatPartial(birth.date)}: ${name} was ${real} then (${formatInterval(when)}), not ${said}.`,
    };
  }
  return undefined;
}

/**
 * Who followed whom in a post: "Khrushchev succeeded Malenkov as premier", "Malenkov was replaced as premier by
 * Khrushchev", "Malenkov's successor as premier was Bulganin", "Malenkov lost the premiership to Bulganin". Judged only
 * where the record names the next holder (a post whose holders it lists in full, and a handover inside that period).
 */
function judgeSuccession(s: string, c: CompiledRecord, mentions: Mention[], posts: (Hit & { post: string; loose: boolean })[]): Reading | undefined {
  // "Malenkov's successor": here the possessive names one of the two people, so relation words do not drop it.
  const people = [...mentions.filter((m) => !m.topic && m.end === 0), ...findMentions(c, s, false).filter((m) => !m.topic)];
  if (people.length < 2 || !posts.length) return undefined;
  const gap = (a: number, b: number) => s.slice(a, b);
  for (const p of posts) {
    const info = c.record.patterns.posts[p.post];
    if (!info.complete || p.loose) continue;
    for (const m1 of people)
      for (const m2 of people) {
        if (m1.index >= m2.index || m1.id === m2.id) continue;
        let pred: string | undefined;
        let succ: string | undefined;
        const as = /^\s+as\s+(?:the\s+)?(?:new\s+)?(?:soviet\s+)?$/i;
        if (
          m2.end <= p.index &&
          /^\s+(?:succeeded|replaced|took over from|followed|supplanted|ousted)\s+$/i.test(gap(m1.end, m2.index)) &&
          as.test(gap(m2.end, p.index))
        ) {
          succ = m1.id;
          pred = m2.id;
        } else if (
          m1.end <= p.index &&
          p.end <= m2.index &&
          /^\s+was\s+(?:succeeded|replaced|followed)\s+as\s+(?:the\s+)?(?:soviet\s+)?$/i.test(gap(m1.end, p.index)) &&
          /^\s+by\s+$/i.test(gap(p.end, m2.index))
        ) {
          pred = m1.id;
          succ = m2.id;
        } else if (m2.end <= p.index && /^\s+was\s+(?:succeeded|replaced|followed)\s+by\s+$/i.test(gap(m1.end, m2.index)) && as.test(gap(m2.end, p.index))) {
          pred = m1.id;
          succ = m2.id;
        } else if (
          m1.end <= p.index &&
          p.end <= m2.index &&
          /\b(?:who|that)\s+(?:succeeded|replaced|followed|took over from)\s+$/i.test(s.slice(Math.max(0, m1.index - 30), m1.index)) &&
          as.test(gap(m1.end, p.index)) &&
          /^\s*(?:,\s*)?(?:was|is)\s+$/i.test(gap(p.end, m2.index))
        ) {
          pred = m1.id;
          succ = m2.id;
        } else if (m1.end <= p.index && p.end <= m2.index && /^\s*(?:,|:|was|is|,\s*was)?\s*$/i.test(gap(p.end, m2.index))) {
          const rel = /^['’]s\s+(successor|predecessor)\s+as\s+(?:the\s+)?(?:soviet\s+)?$/i.exec(gap(m1.end, p.index));
          if (rel) [pred, succ] = rel[1].toLowerCase() === "successor" ? [m1.id, m2.id] : [m2.id, m1.id];
        } else if (
          m1.end <= p.index &&
          p.end <= m2.index &&
          /^\s+(?:lost|handed|passed|gave up|ceded|surrendered|yielded)\s+(?:the\s+)?(?:post\s+of\s+)?$/i.test(gap(m1.end, p.index)) &&
          /^\s+(?:over\s+)?to\s+$/i.test(gap(p.end, m2.index))
        ) {
          pred = m1.id;
          succ = m2.id;
        }
        if (!pred || !succ) continue;
        const cover = { lo: factInterval(info.complete.from).lo, hi: factInterval(info.complete.to).hi };
        for (const t of c.tenures.filter((x) => x.subject === pred && x.post === p.post && x.span.hi >= cover.lo && x.span.hi < cover.hi)) {
          const next = c.tenures.find((x) => x.post === p.post && x.subject !== pred && Math.abs(x.span.lo - t.span.hi) <= 3);
          if (!next) continue;
          const name = (id: string) => c.record.people.find((q) => q.id === id)?.name ?? id;
          const fact = next.facts[0];
          if (next.subject === succ) return { status: "agrees", fact, explanation: `The record agrees: ${fact.record}` };
          return {
            status: "conflicts",
            fact,
            explanation: `After ${name(pred)}, the post of ${info.label} went to ${name(next.subject)} (${factDate(fact)}), not to ${name(succ)}.`,
          };
        }
      }
  }
  return undefined;
}

/** Kinds whose denial the record can refute: it holds the event ("never tried" against a trial). */
const DENIABLE: FactKind[] = ["trial", "arrest", "sentence", "execution", "release", "funeral"];

/**
 * "Beria was shot without trial", "Beria was never tried", "the doctors were never freed": the text denies an event
 * the record holds. Only a bare denial counts: "not tried in public" or "never tried in 1954" qualify the event
 * and are left alone.
 */
function judgeDenial(s: string, c: CompiledRecord, mentions: Mention[], kindHits: Map<FactKind, Hit[]>): Reading | undefined {
  for (const k of DENIABLE) {
    for (const h of kindHits.get(k) ?? []) {
      const before = s.slice(Math.max(0, h.index - 40), h.index);
      const denied =
        /\b(?:never|not\s+once)\s+(?:(?:been|even|actually|formally|properly|really|ever)\s+)*(?:(?:put|brought|stood|faced|face|stand)\s+)?(?:on\s+|to\s+)?(?:a\s+)?$/i.test(
          before,
        ) || /\b(?:without|with\s+no)\s+(?:a\s+|any\s+|being\s+)?$/i.test(before);
      if (!denied || !/^\s*(?:[,;.:!)—–]|$|and\b|but\b|or\b)/i.test(s.slice(h.end))) continue;
      const subj = nearestSubjectWith(mentions, h.index, (id) => c.record.facts.some((f) => f.subject === id && f.kind === k));
      const only = c.record.facts.filter((f) => f.kind === k);
      const fact = subj
        ? c.record.facts.find((f) => f.subject === subj && f.kind === k)
        : !mentions.some((m) => !m.topic) && only.length === 1
          ? only[0]
          : undefined;
      if (fact) return { status: "conflicts", fact, explanation: `The text denies it; the record has it: ${fact.record}` };
    }
  }
  return undefined;
}

/**
 * Where an event happened: "Stalin died in the Kremlin" against the record's Kuntsevo. Only places the patterns name
 * are compared, and only one said beside the event's word ("in the Kremlin", "at his dacha").
 */
function judgePlace(s: string, c: CompiledRecord, mentions: Mention[], sites: Site[], nobody: boolean): Reading | undefined {
  if (!c.places.length) return undefined;
  const hits = c.places.flatMap((p) => allHits(p.re, s).map((h) => ({ ...h, id: p.id })));
  if (!hits.length) return undefined;
  for (const site of sites) {
    if (site.kind === "post" || site.kind === "count" || site.foreign) continue;
    const kind = site.kind as FactKind;
    const only = c.record.facts.filter((f) => f.kind === kind);
    const subj =
      nearestSubjectWith(mentions, site.index, (id) => c.record.facts.some((f) => f.subject === id && f.kind === kind)) ??
      ((nobody || site.unique) && only.length === 1 ? only[0].subject : undefined);
    const fact = subj && c.record.facts.find((f) => f.subject === subj && f.kind === kind && f.place);
    if (!fact) continue;
    // The place said with the event: "died in the Kremlin", "at Kuntsevo Stalin collapsed", not across a clause.
    const near = hits.find((h) => {
      const between = h.index >= site.end ? s.slice(site.end, h.index) : s.slice(h.end, site.index);
      return (
        between.length <= 30 &&
        !/[,;:()–—]|\b(?:and|but|while|then|after|before|from|when)\b/i.test(between) &&
        /\b(?:in|at|on|inside|outside|near)\b/i.test(h.index >= site.end ? between : s.slice(Math.max(0, h.index - 12), h.index))
      );
    });
    if (!near) continue;
    const where = c.record.patterns.places[fact.place!][0];
    if (near.id === fact.place) return { status: "agrees", fact, explanation: `The record agrees: ${where}.` };
    return { status: "conflicts", fact, explanation: `The text places this at ${near.text}; the record gives ${where}.` };
  }
  return undefined;
}

/** "Khrushchev (1894–1971)": a person's years of birth and death, written after the name. */
function judgeLifeDates(s: string, c: CompiledRecord, mentions: Mention[]): Reading | undefined {
  for (const m of mentions) {
    if (m.topic) continue;
    // "(1894–1971)", "(29 March 1899 – 23 December 1953)": each end read as a date at its own precision.
    const life = /^\s*\(([^()]{4,30}?)\s*[–-]\s*([^()]{4,30}?)\)/.exec(s.slice(m.end, m.end + 70));
    if (!life || !/\b1[89]\d\d\b/.test(life[1]) || !/\b(1[89]\d\d|20\d\d)\b/.test(life[2])) continue;
    // Both ends are dates ("(premier 1955–1958)" is a tenure, not a life).
    const dateLike = /^\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s)/i;
    if (!dateLike.test(life[1]) || !dateLike.test(life[2])) continue;
    const born = scanDates(life[1], undefined).dates[0]?.interval;
    const died = scanDates(life[2], undefined).dates[0]?.interval;
    if (!born || !died) continue;
    const birth = c.record.facts.find((f) => f.subject === m.id && f.kind === "birth");
    const death = c.record.facts.find((f) => f.subject === m.id && f.kind === "death");
    const checks = [
      { fact: birth, span: born, text: life[1].trim() },
      { fact: death, span: died, text: life[2].trim() },
    ].filter((x) => x.fact) as { fact: CheckFact; span: Interval; text: string }[];
    if (!checks.length) continue;
    const wrong = checks.find((x) => !overlaps(x.span, factInterval(x.fact.date, x.fact.dateTo)));
    if (wrong)
      return { status: "conflicts", fact: wrong.fact, explanation: `The text gives ${wrong.text}; the record gives ${factDate(wrong.fact)}.`, valued: true };
    return { status: "agrees", fact: checks[0].fact, explanation: `The record agrees: ${checks.map((x) => factDate(x.fact)).join("; ")}.`, valued: true };
  }
  return undefined;
}

/** Events that last (the record's range is their span, not a doubt about the day): "lay in state for three days". */
const SPAN_KINDS: FactKind[] = ["lying-in-state", "trial"];

/**
 * A stretch of time: between two of one person's events ("from Beria's arrest to his execution: about six months",
 * "Stalin lingered for almost two weeks between his stroke and his death") or the length of an event that lasts
 * ("the body lay in state for ten days").
 */
function judgeDuration(s: string, c: CompiledRecord, mentions: Mention[], kindHits: Map<FactKind, Hit[]>): Reading | undefined {
  const spans = findDurations(s);
  if (!spans.length) return undefined;
  const record = c.record;
  const nobody = !mentions.some((m) => !m.topic);
  const factFor = (k: FactKind, at: number) => {
    const subj = nearestSubjectWith(mentions, at, (id) => record.facts.some((f) => f.subject === id && f.kind === k));
    const only = record.facts.filter((f) => f.kind === k);
    return subj ? record.facts.find((f) => f.subject === subj && f.kind === k) : nobody && only.length === 1 ? only[0] : undefined;
  };
  const hits = EVENT_KINDS.flatMap((k) => (kindHits.get(k) ?? []).map((h) => ({ k, h, f: factFor(k, h.index) })))
    .filter((x) => x.f)
    .sort((a, b) => a.h.index - b.h.index);
  for (const span of spans) {
    let gap: Interval | undefined;
    let fact: CheckFact | undefined;
    let what = "";
    // Two different events of one person: the time between them.
    // The stretch must sit between the two, or right beside one of them ("…to his execution: roughly three months"), not in
    // another clause ("Stalin, who ruled for thirty years, died after a stroke").
    const tied = (x: (typeof hits)[number], y: (typeof hits)[number]) => {
      if (span.index > x.h.end && span.index < y.h.index) return true;
      const gapText =
        span.index >= y.h.end
          ? s.slice(y.h.end, span.index)
          : span.index + span.text.length <= x.h.index
            ? s.slice(span.index + span.text.length, x.h.index)
            : "";
      return gapText.length <= 25 && !/[,;()–—]/.test(gapText);
    };
    let pair: (typeof hits)[number] | undefined;
    let other: (typeof hits)[number] | undefined;
    for (let i = 0; i < hits.length && !pair; i++)
      for (const y of hits.slice(i + 1))
        if (y.k !== hits[i].k && y.f!.subject === hits[i].f!.subject && tied(hits[i], y)) {
          pair = hits[i];
          other = y;
          break;
        }
    if (pair && other) {
      const [a, b] = [factInterval(pair.f!.date, pair.f!.dateTo), factInterval(other.f!.date, other.f!.dateTo)].sort((x, y) => x.lo - y.lo);
      gap = { lo: Math.max(0, b.lo - a.hi), hi: b.hi - a.lo };
      fact = other.f!.date > pair.f!.date ? other.f! : pair.f!;
      what = `${formatPartial(pair.f!.date)} to ${formatPartial(other.f!.date)}`;
    } else if (span.lasting) {
      // One event that lasts, named just before "for …".
      // ("For a full week the body lay in state": a sentence that opens with the stretch names the event after it.)
      const opening = /^\W*for\s+$/i.test(s.slice(0, span.index));
      const one = opening
        ? hits.find((x) => SPAN_KINDS.includes(x.k) && x.f!.dateTo)
        : hits.filter((x) => SPAN_KINDS.includes(x.k) && x.f!.dateTo && x.h.end <= span.index).pop();
      if (one) {
        const i = factInterval(one.f!.date, one.f!.dateTo);
        gap = { lo: i.hi - i.lo, hi: i.hi - i.lo + 1 };
        fact = one.f!;
        what = formatRange(one.f!.date, one.f!.dateTo!);
      }
    }
    if (!gap || !fact) continue;
    const days = (n: number) => (n >= 60 ? `about ${Math.round(n / 30.44)} months` : `${n} days`);
    const record = gap.lo === gap.hi ? days(gap.lo) : `${days(gap.lo)} to ${days(gap.hi)}`;
    if (overlaps(span.days, gap)) return { status: "agrees", fact, explanation: `The record agrees: ${what}, ${record}.` };
    return { status: "conflicts", fact, explanation: `The text says ${span.text}; the record gives ${what}, ${record}.` };
  }
  return undefined;
}

/** "chaired by Marshal Zhukov", "presided over by Konev", "with Konev presiding": who presided, as the text names them. */
const CHAIRED_BY =
  /\b(?:chaired|presided\s+over|headed)\s+by\s+(?:(?:Marshal|Marshall|General|Judge|Comrade|Colonel-General|Army\s+General)\s+)?((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)|\bwith\s+(?:(?:Marshal|General|Judge)\s+)?((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)\s+presiding\b/gu;

/**
 * "Beria was sentenced by a special court chaired by Marshal Zhukov": a fact that records who presided (`chair`) is
 * contradicted by another name. Only for a person the sentence names who has such a fact, and only when the sentence
 * names that fact's kind (a court, a trial).
 */
function judgeChair(s: string, c: CompiledRecord, mentions: Mention[], kindHits: Map<FactKind, Hit[]>): Reading | undefined {
  CHAIRED_BY.lastIndex = 0;
  const m = CHAIRED_BY.exec(s);
  if (!m) return undefined;
  const named = (m[1] ?? m[2]).trim();
  const at = m.index + m[0].lastIndexOf(named);
  const last = (x: string) => x.split(/\s+/).pop()!.toLowerCase();
  for (const p of mentions) {
    // (The one named as chair is not the one tried.)
    if (p.topic || (p.index >= at && p.index < at + named.length)) continue;
    // (The court's word must come just before: "a special court chaired by", "the trial was presided over by"; not "the
    // investigation headed by Rudenko before the trial".)
    const fact = c.record.facts.find(
      (f) => f.subject === p.id && f.chair && (kindHits.get(f.kind) ?? []).some((h) => h.end <= m.index && m.index - h.end <= 25),
    );
    if (!fact) continue;
    const ok = fact.chair!.some((n) => last(n) === last(named));
    return ok
      ? { status: "agrees", fact, explanation: `The record agrees: ${fact.chair![0]} presided.` }
      : { status: "conflicts", fact, explanation: `The text names ${named} as presiding; the record names ${fact.chair![0]}.` };
  }
  return undefined;
}

/**
 * "Malenkov held the premiership for only a few weeks", "Khrushchev was First Secretary for eleven years": how long a
 * tenure lasted. Only with one person named (or "he" for one), a stretch with "for" right after the post, and tenures
 * the record dates at both ends. Writers round tenures freely ("two years" for two years and eight months), so the
 * stretch is widened (a quarter below, a half above) before a tenure is called outside it.
 */
function judgeTenureLength(s: string, c: CompiledRecord, mentions: Mention[], posts: (Hit & { post: string; loose: boolean })[]): Reading | undefined {
  const people = [...new Set(mentions.filter((m) => !m.topic).map((m) => m.id))];
  if (people.length !== 1) return undefined;
  const durations = findDurations(s).filter((d) => d.lasting);
  // "He held both top posts for less than two years": the time the person's two tenures overlapped.
  const both = posts.length
    ? null
    : /\b(?:held|kept|had|combined|occupied)\s+both\s+(?:(?:top|main|key|chief|great)\s+)?(?:posts|jobs|offices|roles|positions)\b/i.exec(s);
  const d0 = both && durations.find((x) => x.index >= both.index + both[0].length && x.index - (both.index + both[0].length) <= 12);
  if (both && d0) {
    // (Posts whose holders the record lists in full: the chair of a funeral commission is no "top post".)
    const mine = c.tenures.filter((t) => t.subject === people[0] && t.span.lo > OPEN_LO && t.span.hi < OPEN_HI && c.record.patterns.posts[t.post]?.complete);
    const pairs = mine.flatMap((a, i) =>
      mine.slice(i + 1).flatMap((b) => {
        const lo = Math.max(a.span.lo, b.span.lo);
        const hi = Math.min(a.span.hi, b.span.hi);
        return a.post !== b.post && hi - lo > 30 ? [{ lo, hi, fact: a.span.lo > b.span.lo ? a.facts[0] : b.facts[0] }] : [];
      }),
    );
    // (Only one pair of posts held together: with more, "both" is ambiguous.)
    if (pairs.length === 1) {
      const { lo, hi, fact } = pairs[0];
      const held = formatRange(isoOf(lo), isoOf(hi));
      const fits = hi - lo >= d0.days.lo * 0.75 && (d0.days.hi >= OPEN_HI || hi - lo <= d0.days.hi * 1.5);
      return fits
        ? { status: "agrees", fact, explanation: `The record agrees: both posts ${held}.` }
        : { status: "conflicts", fact, explanation: `The text says ${d0.text}; the record has both posts held ${held}.` };
    }
  }
  for (const p of posts) {
    if (p.loose) continue;
    const d = durations.find((x) => x.index >= p.end && x.index - p.end <= 30 && !/[,;.:]/.test(s.slice(p.end, x.index)));
    if (!d) continue;
    const mine = c.tenures.filter((t) => t.subject === people[0] && t.post === p.post);
    if (!mine.length || mine.some((t) => t.span.lo <= OPEN_LO || t.span.hi >= OPEN_HI)) continue;
    const lo = d.days.lo * 0.75;
    const hi = d.days.hi >= OPEN_HI ? OPEN_HI : d.days.hi * 1.5;
    const fits = mine.find((t) => t.span.hi - t.span.lo >= lo && t.span.hi - t.span.lo <= hi);
    const t = fits ?? mine[0];
    const held = formatRange(isoOf(t.span.lo), isoOf(t.span.hi));
    if (fits) return { status: "agrees", fact: t.facts[0], explanation: `The record agrees: ${held}.` };
    return { status: "conflicts", fact: t.facts[t.facts.length - 1], explanation: `The text says ${d.text}; the record gives ${held}.` };
  }
  return undefined;
}

/**
 * "Brezhnev took over from Khrushchev in 1965": with no post named, a dated succession is checked against every post the
 * record passes from the one to the other (the successor's tenure starting within days of the predecessor's end). With
 * one date in the sentence only; no such hand-over in the record leaves it alone.
 */
function judgeSuccessionDate(s: string, c: CompiledRecord, mentions: Mention[], dates: FoundDate[]): Reading | undefined {
  const own = dates.filter((d) => d.role === "at" && !d.relative && !d.yearless);
  if (own.length !== 1) return undefined;
  const people = mentions.filter((m) => !m.topic);
  for (const m1 of people)
    for (const m2 of people) {
      if (m1.index >= m2.index || m1.id === m2.id) continue;
      if (!/^\s+(?:succeeded|replaced|took over from|supplanted)\s+$/i.test(s.slice(m1.end, m2.index))) continue;
      const handOvers = c.tenures
        .filter((t) => t.subject === m2.id && t.span.hi < OPEN_HI)
        .flatMap((t) => c.tenures.filter((x) => x.subject === m1.id && x.post === t.post && Math.abs(x.span.lo - t.span.hi) <= 3));
      if (!handOvers.length) return undefined;
      const span = own[0].interval;
      const hit = handOvers.find((x) => overlaps(span, { lo: x.span.lo, hi: x.span.lo }));
      const fact = (hit ?? handOvers[0]).facts[0];
      if (hit) return { status: "agrees", fact, explanation: `The record agrees: ${factDate(fact)}.` };
      return { status: "conflicts", fact, explanation: `The text dates this to ${formatInterval(span)}; the record gives ${factDate(fact)}.` };
    }
  return undefined;
}

/**
 * "The 1954 amnesty", "the amnesty of April 1953": a topic that is one decree (its only fact that is not a count), with
 * a date joined to its name, is dated by it.
 */
function judgeNamedDate(s: string, c: CompiledRecord, mentions: Mention[], dates: FoundDate[]): Reading | undefined {
  for (const m of mentions) {
    if (!m.topic) continue;
    // (A decree only: an amnesty is its decree, but "the 1952 Doctors' Plot" is not the doctors' release.)
    const events = c.record.facts.filter((f) => f.subject === m.id && f.kind !== "count");
    if (events.length !== 1 || events[0].kind !== "decree") continue;
    const d = dates.find(
      (x) =>
        x.role === "at" &&
        !x.relative &&
        !x.yearless &&
        (/^\s+$/.test(s.slice(x.index + x.text.length, m.index)) || /^\s+of\s+$/i.test(s.slice(m.end, x.index))),
    );
    if (!d) continue;
    const f = events[0];
    if (overlaps(d.interval, factInterval(f.date, f.dateTo))) return { status: "agrees", fact: f, explanation: `The record agrees: ${factDate(f)}.` };
    return { status: "conflicts", fact: f, explanation: `The text dates this to ${formatInterval(d.interval)}; the record gives ${factDate(f)}.` };
  }
  return undefined;
}
