import { z } from "zod";

// The single definition of every content type. Types come from z.infer so
// a field cannot exist in the code without being validated here.

import { LIBERTIES, TIERS, VERDICTS } from "./vocabulary";

export { LIBERTIES, TIERS, VERDICTS };
export type { Liberty, Tier, Verdict } from "./vocabulary";

export const SOURCE_KINDS = ["book", "chapter", "article", "archival-document", "memoir", "web-page", "film"] as const;

/** Every id, whether written in a field or taken from a file name: it becomes part of a URL. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = z.string().max(100).regex(ID_PATTERN, "expected a lower-case id of letters, digits and hyphens");

/** The earliest year any date in the content may have: nothing we cover is older. */
export const EARLIEST_YEAR = 1800;

/** Today in UTC, YYYY-MM-DD: no date in the content may lie after it. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A partial or full date within 1800..today, compared at its own precision. */
export function inRange(s: string): boolean {
  return Number(s.slice(0, 4)) >= EARLIEST_YEAR && s <= today().slice(0, s.length);
}

/** A real calendar date written YYYY-MM-DD (rejects 1953-02-30), from 1800 to today. */
export const isoDate = z
  .string()
  .refine(isRealDate, { message: "expected a real calendar date written YYYY-MM-DD", abort: true })
  .refine(inRange, { message: `expected a date from ${EARLIEST_YEAR} to today, not in the future`, abort: true });

/** YYYY, YYYY-MM or YYYY-MM-DD: people's births are not always known to the day. */
export const partialDate = z
  .string()
  .refine((s) => /^\d{4}$/.test(s) || (/^\d{4}-\d{2}$/.test(s) && isRealDate(`${s}-01`)) || isRealDate(s), {
    message: "expected a date written YYYY, YYYY-MM or YYYY-MM-DD",
    // A date that is not a date has no range to check: one message, not two.
    abort: true,
  })
  .refine(inRange, { message: `expected a date from ${EARLIEST_YEAR} to today, not in the future`, abort: true });

/** Is a (partial) date strictly before another, at the precision both have? */
export function isBefore(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n) || (a.slice(0, n) === b.slice(0, n) && a !== b);
}

/** A line of text: not empty, and capped so that no field can bloat a page. */
const text = (max: number) => z.string().min(1).max(max);
/** A list capped for the same reason; the caps are far above what real content uses. */
const list = <T extends z.ZodType>(item: T, max: number, what: string) => z.array(item).max(max, `expected at most ${max} ${what}`);

export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

const httpsUrl = z.url({ protocol: /^https?$/, message: "expected an http(s) URL" });

export const SourceSchema = z
  .object({
    kind: z.enum(SOURCE_KINDS),
    tier: z.enum(TIERS),
    authors: list(text(200), 30, "authors").default([]),
    title: text(400),
    /** The book, journal, newspaper, website or archive the title appears in. */
    container: text(300).optional(),
    publisher: text(300).optional(),
    place: text(200).optional(),
    /** Year, or a full date for dated documents and articles. */
    date: partialDate.optional(),
    isbn: z
      .string()
      .refine((v) => /^(\d{9}[\dX]|97[89]\d{10})$/.test(v.replace(/-/g, "")), {
        message: "expected an ISBN-10 or ISBN-13 (digits and hyphens)",
      })
      .optional(),
    url: httpsUrl.max(2000).optional(),
    /** What a reader should know about this source: reliability, how it reached us. */
    note: text(1000).optional(),
  })
  .strict();
export type SourceData = z.infer<typeof SourceSchema>;
export type Source = SourceData & { id: string };

export const SourceRefSchema = z
  .object({
    id: slug,
    /** Page, chapter or section; omitted when none is known. */
    at: text(120).optional(),
  })
  .strict();
export type SourceRef = z.infer<typeof SourceRefSchema>;

export const PersonSchema = z
  .object({
    name: text(120),
    /** Also known as: transliterations and full names readers may search for. */
    aka: list(text(120), 20, "other names").default([]),
    born: partialDate,
    bornPlace: text(200).optional(),
    died: partialDate,
    diedPlace: text(200).optional(),
    /** Posts held in March 1953. */
    posts1953: list(text(300), 20, "posts").min(1),
    fate: text(600),
    /** Where the life facts above come from. */
    sources: list(SourceRefSchema, 30, "sources").min(1),
  })
  .strict()
  .refine((p) => isBefore(p.born, p.died), { message: "expected born to be before died", path: ["died"] });
export type PersonData = z.infer<typeof PersonSchema>;
export type Person = PersonData & { id: string };

export const FilmSchema = z
  .object({
    title: text(200),
    year: z.number().int().min(1888).max(2100),
    directors: list(text(200), 20, "directors").min(1),
    /** A name, or a name with its credit ("additional material") so the credit never sits inside the name. */
    writers: list(z.union([text(200), z.object({ name: text(200), credit: text(200) }).strict()]), 20, "writers").min(1),
    /** The source work: a sentence (older files), or the work itself with its authors. */
    basedOn: z
      .union([
        text(300),
        z
          .object({
            kind: z.enum(["graphic-novel", "novel", "book", "play"]),
            title: text(300),
            /** Each author with their part in the work, e.g. writer, artist. */
            authors: list(z.object({ name: text(200), role: text(100).optional() }).strict(), 20, "authors").min(1),
          })
          .strict(),
      ])
      .optional(),
    runtimeMinutes: z.number().int().positive().max(1000),
    countries: list(text(100), 30, "countries").default([]),
    releases: list(z.object({ date: isoDate, label: text(200) }).strict(), 100, "releases").default([]),
    cast: list(
      z
        .object({
          person: slug.optional(),
          actor: text(200),
          role: text(200),
          /** The claim that judges this portrayal as a whole, shown on the character's page. */
          portrayal: slug.optional(),
        })
        .strict(),
      200,
      "cast members",
    ).default([]),
    sources: list(SourceRefSchema, 30, "sources").min(1),
  })
  .strict();
export type FilmData = z.infer<typeof FilmSchema>;
export type Film = FilmData & { id: string };

export const SceneSchema = z
  .object({
    id: slug,
    order: z.number().int().positive().max(100000),
    title: text(200),
    act: text(100),
    /**
     * The day the film's story is on in this scene, as we estimate it (the film
     * states only its first night). Omitted where the film gives no hint, as in
     * the epilogue. Feeds the gaps on the timeline.
     */
    storyDate: isoDate.optional(),
    /** Minute marks are estimates from plot order, never timed from the film. */
    minutes: z
      .object({ from: z.number().int().min(0).max(1000), to: z.number().int().min(0).max(1000), approximate: z.literal(true) })
      .strict()
      .refine((m) => m.to >= m.from, { message: "expected 'to' to be at or after 'from'" }),
  })
  .strict();
export const ScenesSchema = list(SceneSchema, 500, "scenes").min(1);
export type Scene = z.infer<typeof SceneSchema>;

/** Do we agree with a published piece on this point? */
export const AGREEMENTS = ["yes", "partly", "no"] as const;
export type Agreement = (typeof AGREEMENTS)[number];

/**
 * What a published piece (a review, a fact-check, an essay) says about the
 * point a claim judges, and whether we agree. The piece is a source file, so
 * it has one bibliographic entry however many claims it touches; it need not
 * be among the claim's own sources, because we assess it rather than rely on it.
 */
export const AssessmentSchema = z
  .object({
    source: slug,
    /** One line, in our words: what the piece says about this point. */
    stance: text(300),
    agree: z.enum(AGREEMENTS),
    /** Why we partly or wholly disagree, naming our sources in words. */
    why: text(600).optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.agree !== "yes" && !a.why) {
      ctx.addIssue({ code: "custom", path: ["why"], message: `expected a "why" when agree is "${a.agree}": say why we disagree, citing our sources in words` });
    }
    if (a.agree === "yes" && a.why) {
      ctx.addIssue({ code: "custom", path: ["why"], message: `expected no "why" when agree is "yes"; it explains disagreement only` });
    }
  });
export type Assessment = z.infer<typeof AssessmentSchema>;

/** Kinds of change on /changes and in the feed: the claim's publication, a fact put right, or wording made clearer. */
export const CHANGE_TYPES = ["new", "correction", "clarification"] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];

export const ClaimFrontmatterSchema = z
  .object({
    title: text(140),
    summary: text(240),
    /**
     * The claim stated in a short sentence of our own, for schema.org's
     * claimReviewed and short titles. Google asks for at most 75 characters;
     * a statement, not the title cut off.
     */
    claimReviewed: z
      // Every claim needs one, so an author who leaves it out is told what to write.
      .string({
        error: (iss) => (iss.input === undefined ? "expected the film's claim stated in a short sentence of your own, at most 75 characters" : undefined),
      })
      .trim()
      .min(1)
      .max(75, "expected at most 75 characters: state the claim in a short sentence, not the title cut off"),
    film: slug,
    scene: slug,
    characters: list(slug, 30, "characters").min(1),
    /** Historical events this claim is about: ids from content/events/. */
    events: list(slug, 30, "events").default([]),
    verdict: z.enum(VERDICTS),
    liberties: list(z.enum(LIBERTIES), LIBERTIES.length, "liberties").default([]),
    /** What published pieces said about this point ("What others said"). */
    assessments: list(AssessmentSchema, 30, "assessments").default([]),
    dates: list(z.object({ date: isoDate, label: text(200) }).strict(), 30, "dates").default([]),
    sources: list(SourceRefSchema, 30, "sources on one claim").min(2, "expected at least two sources"),
    /** The day the claim first went public. Set once; content/published.json keeps it from moving. */
    published: isoDate,
    reviewed: isoDate,
    /** Dated, typed notes, newest last. A note is never edited once public: its text is part of its feed id. */
    changes: list(z.object({ date: isoDate, type: z.enum(CHANGE_TYPES), note: text(600) }).strict(), 50, "changes").default([]),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.published > c.reviewed) ctx.addIssue({ code: "custom", path: ["published"], message: `expected a date on or before reviewed (${c.reviewed})` });
    c.changes.forEach((ch, i) => {
      if (ch.date < c.published)
        ctx.addIssue({ code: "custom", path: ["changes", i, "date"], message: `expected a date on or after published (${c.published})` });
    });
    const news = c.changes.flatMap((ch, i) => (ch.type === "new" ? [i] : []));
    for (const i of news.slice(1)) {
      ctx.addIssue({ code: "custom", path: ["changes", i, "type"], message: "expected at most one change of type new (the claim's publication)" });
    }
    for (const i of news) {
      if (c.changes[i]?.date !== c.published)
        ctx.addIssue({
          code: "custom",
          path: ["changes", i, "date"],
          message: `expected the change of type new to be dated the published date (${c.published})`,
        });
    }
  });
export type ClaimFrontmatter = z.infer<typeof ClaimFrontmatterSchema>;

/**
 * A historical event told once, for every film that shows it. Its date's
 * length is its precision (YYYY, YYYY-MM or YYYY-MM-DD); dateTo ends a span,
 * or gives the latest date where sources disagree.
 */
export const EventSchema = z
  .object({
    title: text(140),
    date: partialDate,
    dateTo: partialDate.optional(),
    place: text(200).optional(),
    summary: text(400),
    /** The record in paragraphs, each with the sources it rests on. */
    record: list(z.object({ text: text(3000), sources: list(SourceRefSchema, 30, "sources on one paragraph").min(1) }).strict(), 50, "record paragraphs").min(
      1,
    ),
    people: list(z.object({ person: slug, role: text(200).optional() }).strict(), 50, "people").default([]),
    /** Numbers the sources give as a range: the dead in a crush, say. */
    counts: list(
      z
        .object({
          label: text(200),
          min: z.number().int().nonnegative().max(1e9),
          max: z.number().int().nonnegative().max(1e9).optional(),
          sources: list(SourceRefSchema, 30, "sources on one count").min(1),
        })
        .strict()
        .refine((c) => c.max === undefined || c.max >= c.min, { message: "expected 'max' to be at least 'min'", path: ["max"] }),
      20,
      "counts",
    ).default([]),
    sources: list(SourceRefSchema, 30, "sources on one event").min(2, "expected at least two sources"),
  })
  .strict()
  .refine((e) => e.dateTo === undefined || !isBefore(e.dateTo, e.date), { message: "expected 'dateTo' to be on or after 'date'", path: ["dateTo"] });
export type EventData = z.infer<typeof EventSchema>;
export type HistoricalEvent = EventData & { id: string };

/** content/published.json: each claim's first-publication date, recorded once (see lib/content/published.ts). */
export const PublishedLedgerSchema = z.record(slug, isoDate);
export type PublishedLedger = z.infer<typeof PublishedLedgerSchema>;
