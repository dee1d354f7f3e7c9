import { z } from "zod";

// The single definition of every content type. Types come from z.infer so
// a field cannot exist in the code without being validated here.

import { LIBERTIES, TIERS, VERDICTS } from "./vocabulary";

export { LIBERTIES, TIERS, VERDICTS };
export type { Liberty, Tier, Verdict } from "./vocabulary";

export const SOURCE_KINDS = [
  "book",
  "chapter",
  "article",
  "archival-document",
  "memoir",
  "web-page",
  "film",
] as const;

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a lower-case id of letters, digits and hyphens");

/** A real calendar date written YYYY-MM-DD (rejects 1953-02-30). */
export const isoDate = z.string().refine(isRealDate, {
  message: "expected a real calendar date written YYYY-MM-DD",
});

/** YYYY, YYYY-MM or YYYY-MM-DD: people's births are not always known to the day. */
export const partialDate = z.string().refine(
  (s) => /^\d{4}$/.test(s) || (/^\d{4}-\d{2}$/.test(s) && isRealDate(`${s}-01`)) || isRealDate(s),
  { message: "expected a date written YYYY, YYYY-MM or YYYY-MM-DD" },
);

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
    authors: z.array(z.string().min(1)).default([]),
    title: z.string().min(1),
    /** The book, journal, newspaper, website or archive the title appears in. */
    container: z.string().min(1).optional(),
    publisher: z.string().min(1).optional(),
    place: z.string().min(1).optional(),
    /** Year, or a full date for dated documents and articles. */
    date: partialDate.optional(),
    isbn: z
      .string()
      .refine((v) => /^(\d{9}[\dX]|97[89]\d{10})$/.test(v.replace(/-/g, "")), {
        message: "expected an ISBN-10 or ISBN-13 (digits and hyphens)",
      })
      .optional(),
    url: httpsUrl.optional(),
    /** What a reader should know about this source: reliability, how it reached us. */
    note: z.string().min(1).optional(),
  })
  .strict();
export type SourceData = z.infer<typeof SourceSchema>;
export type Source = SourceData & { id: string };

export const SourceRefSchema = z
  .object({
    id: slug,
    /** Page, chapter or section; omitted when none is known. */
    at: z.string().min(1).optional(),
  })
  .strict();
export type SourceRef = z.infer<typeof SourceRefSchema>;

export const PersonSchema = z
  .object({
    name: z.string().min(1),
    /** Also known as: transliterations and full names readers may search for. */
    aka: z.array(z.string().min(1)).default([]),
    born: partialDate,
    bornPlace: z.string().min(1).optional(),
    died: partialDate,
    diedPlace: z.string().min(1).optional(),
    /** Posts held in March 1953. */
    posts1953: z.array(z.string().min(1)).min(1),
    fate: z.string().min(1),
    /** Where the life facts above come from. */
    sources: z.array(SourceRefSchema).min(1),
  })
  .strict();
export type PersonData = z.infer<typeof PersonSchema>;
export type Person = PersonData & { id: string };

export const FilmSchema = z
  .object({
    title: z.string().min(1),
    year: z.number().int().min(1888).max(2100),
    directors: z.array(z.string().min(1)).min(1),
    writers: z.array(z.string().min(1)).min(1),
    basedOn: z.string().min(1).optional(),
    runtimeMinutes: z.number().int().positive(),
    countries: z.array(z.string().min(1)).default([]),
    releases: z.array(z.object({ date: isoDate, label: z.string().min(1) }).strict()).default([]),
    cast: z
      .array(
        z
          .object({
            person: slug.optional(),
            actor: z.string().min(1),
            role: z.string().min(1),
            /** The claim that judges this portrayal as a whole, shown on the character's page. */
            portrayal: slug.optional(),
          })
          .strict(),
      )
      .default([]),
    sources: z.array(SourceRefSchema).min(1),
  })
  .strict();
export type FilmData = z.infer<typeof FilmSchema>;
export type Film = FilmData & { id: string };

export const SceneSchema = z
  .object({
    id: slug,
    order: z.number().int().positive(),
    title: z.string().min(1),
    act: z.string().min(1),
    /**
     * The day the film's story is on in this scene, as we estimate it (the film
     * states only its first night). Omitted where the film gives no hint, as in
     * the epilogue. Feeds the gaps on the timeline.
     */
    storyDate: isoDate.optional(),
    /** Minute marks are estimates from plot order, never timed from the film. */
    minutes: z
      .object({ from: z.number().int().min(0), to: z.number().int().min(0), approximate: z.literal(true) })
      .strict()
      .refine((m) => m.to >= m.from, { message: "expected 'to' to be at or after 'from'" }),
  })
  .strict();
export const ScenesSchema = z.array(SceneSchema).min(1);
export type Scene = z.infer<typeof SceneSchema>;

/** Kinds of change on /changes and in the feed: the claim's publication, a fact put right, or wording made clearer. */
export const CHANGE_TYPES = ["new", "correction", "clarification"] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];

export const ClaimFrontmatterSchema = z
  .object({
    title: z.string().min(1).max(140),
    summary: z.string().min(1).max(240),
    film: slug,
    scene: slug,
    characters: z.array(slug).min(1),
    verdict: z.enum(VERDICTS),
    liberties: z.array(z.enum(LIBERTIES)).default([]),
    dates: z.array(z.object({ date: isoDate, label: z.string().min(1) }).strict()).default([]),
    sources: z.array(SourceRefSchema).min(2, "expected at least two sources"),
    /** The day the claim first went public. Set once; content/published.json keeps it from moving. */
    published: isoDate,
    reviewed: isoDate,
    /** Dated, typed notes, newest last. A note is never edited once public: its text is part of its feed id. */
    changes: z.array(z.object({ date: isoDate, type: z.enum(CHANGE_TYPES), note: z.string().min(1) }).strict()).default([]),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.published > c.reviewed) ctx.addIssue({ code: "custom", path: ["published"], message: `expected a date on or before reviewed (${c.reviewed})` });
    c.changes.forEach((ch, i) => {
      if (ch.date < c.published) ctx.addIssue({ code: "custom", path: ["changes", i, "date"], message: `expected a date on or after published (${c.published})` });
    });
    const news = c.changes.flatMap((ch, i) => (ch.type === "new" ? [i] : []));
    for (const i of news.slice(1)) {
      ctx.addIssue({ code: "custom", path: ["changes", i, "type"], message: "expected at most one change of type new (the claim's publication)" });
    }
    for (const i of news) {
      if (c.changes[i]!.date !== c.published) ctx.addIssue({ code: "custom", path: ["changes", i, "date"], message: `expected the change of type new to be dated the published date (${c.published})` });
    }
  });
export type ClaimFrontmatter = z.infer<typeof ClaimFrontmatterSchema>;

/** content/published.json: each claim's first-publication date, recorded once (see lib/content/published.ts). */
export const PublishedLedgerSchema = z.record(slug, isoDate);
export type PublishedLedger = z.infer<typeof PublishedLedgerSchema>;
