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
    stance: z.string().min(1).max(300),
    agree: z.enum(AGREEMENTS),
    /** Why we partly or wholly disagree, naming our sources in words. */
    why: z.string().min(1).max(600).optional(),
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

export const ClaimFrontmatterSchema = z
  .object({
    title: z.string().min(1).max(140),
    summary: z.string().min(1).max(240),
    film: slug,
    scene: slug,
    characters: z.array(slug).min(1),
    verdict: z.enum(VERDICTS),
    liberties: z.array(z.enum(LIBERTIES)).default([]),
    /** What published pieces said about this point ("What others said"). */
    assessments: z.array(AssessmentSchema).default([]),
    dates: z.array(z.object({ date: isoDate, label: z.string().min(1) }).strict()).default([]),
    sources: z.array(SourceRefSchema).min(2, "expected at least two sources"),
    /** First published; defaults to the review date. */
    published: isoDate.optional(),
    reviewed: isoDate,
    changes: z.array(z.object({ date: isoDate, type: z.enum(["new", "correction", "clarification"]).optional(), note: z.string().min(1) }).strict()).default([]),
  })
  .strict();
export type ClaimFrontmatter = z.infer<typeof ClaimFrontmatterSchema>;
