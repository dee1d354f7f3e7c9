import { z } from "zod";
import { FACT_KINDS, type FactKind, POST_KINDS } from "./vocabulary";
import { partialDate, SourceRefSchema } from "./schema";

export { FACT_KINDS, POST_KINDS };
export type { FactKind };

// Typed facts: the record in a shape a program can compare a sentence with.
// One file per subject in content/facts/<subject>.json (a person id from
// content/people/ or a topic id), plus content/facts/patterns.json, the words
// that signal each kind of fact and the names of posts. Both are data so that
// an editor can add a synonym without touching the engine in lib/check/.

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a lower-case id of letters, digits and hyphens");

export const FactSchema = z
  .object({
    id: slug,
    kind: z.enum(FACT_KINDS),
    /** For appointment, dismissal and held: a post id from patterns.json. */
    post: slug.optional(),
    /** For count: what is counted, as a group id from patterns.json counts (e.g. "freed", "killed"). */
    counts: slug.optional(),
    /** For count: the range the sources give; max omitted when the upper figure is open ("thousands"). */
    min: z.number().nonnegative().optional(),
    max: z.number().nonnegative().optional(),
    /** YYYY, YYYY-MM or YYYY-MM-DD: its length is its precision. */
    date: partialDate,
    /** Where it happened: a place id from patterns.json places ("Stalin died in the Kremlin" is then checked). */
    place: slug.optional(),
    /** Who presided (a court, a commission), by the names a text may use: "chaired by Marshal Zhukov" is then checked. */
    chair: z.array(z.string().min(1)).min(1).optional(),
    /** The latest date, where sources disagree on the day (or the end of a span). */
    dateTo: partialDate.optional(),
    /** What the record says, in one line: shown to the reader next to a flagged sentence. */
    record: z.string().min(1).max(200),
    /** The page that explains it: /claims/<slug> or /characters/<id>. */
    link: z.string().regex(/^\/(claims|characters|events)\/[a-z0-9-]+$/, "expected a site path such as /claims/<slug>"),
    sources: z.array(SourceRefSchema).min(2, "expected at least two sources"),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (POST_KINDS.includes(f.kind) && !f.post) ctx.addIssue({ code: "custom", path: ["post"], message: `expected a post id for a fact of kind "${f.kind}"` });
    if (!POST_KINDS.includes(f.kind) && f.post) ctx.addIssue({ code: "custom", path: ["post"], message: `expected no post on a fact of kind "${f.kind}"` });
    if (f.kind === "count") {
      if (f.min === undefined) ctx.addIssue({ code: "custom", path: ["min"], message: "expected the lowest figure the sources give" });
      if (!f.counts) ctx.addIssue({ code: "custom", path: ["counts"], message: "expected what is counted (a group id from patterns.json counts)" });
    } else if (f.min !== undefined || f.max !== undefined || f.counts) {
      ctx.addIssue({ code: "custom", path: ["min"], message: `expected min, max and counts only on a fact of kind "count"` });
    }
    if (f.min !== undefined && f.max !== undefined && f.max < f.min) ctx.addIssue({ code: "custom", path: ["max"], message: "expected max at or above min" });
    if (f.dateTo && f.dateTo < f.date) ctx.addIssue({ code: "custom", path: ["dateTo"], message: "expected dateTo at or after date" });
  });
export type Fact = z.infer<typeof FactSchema>;

export const FactFileSchema = z
  .object({
    /** Names a reader may use for a topic (required when the subject is not a person). */
    names: z.array(z.string().min(1)).default([]),
    facts: z.array(FactSchema).min(1),
  })
  .strict();
export type FactFile = z.infer<typeof FactFileSchema>;

const words = z.array(z.string().min(1)).min(1);

export const PatternsSchema = z
  .object({
    /** Words that signal each kind of fact in a sentence (lower case; a trailing * matches any ending). */
    kinds: z.partialRecord(z.enum(FACT_KINDS), words),
    /** Posts: how people write them, and the period in which our facts name every holder. */
    posts: z.record(
      slug,
      z
        .object({
          label: z.string().min(1),
          names: words,
          /** Looser names ("party leader") that also fit a neighbouring post: a text using one is checked only against the holder's own record in this post. */
          loose: z.array(z.string().min(1)).optional(),
          /** Every holder between these dates is in the facts, so anyone else claimed to hold it then is wrong. */
          complete: z.object({ from: partialDate, to: partialDate }).strict().optional(),
          /** Posts whose facts best explain a wrong claim to this one ("Malenkov, First Secretary" → his loss of the Secretariat). */
          related: z.array(slug).default([]),
        })
        .strict(),
    ),
    /** Places a text may name, by id: how people write them. Only places listed here are compared with a fact's place. */
    places: z.record(slug, words).default({}),
    /** Nouns that say what a number counts, per count group. */
    counts: z.record(slug, words),
    /** Titles that name one person unambiguously in this period ("the Soviet premier" is not one: it changed hands). */
    titles: z.record(slug, words),
    /** Words for a fall from power with no post named ("ousted in 1964"): checked against a person whose posts all ended on one day. */
    falls: words,
    /** After a possessive, words that make the sentence about someone else ("Khrushchev's wife died in 1984"). */
    relations: words,
    /** Words that make a sentence about someone else's view, a film, or a hypothesis: never judged. */
    hedges: words,
    /** Film asides and negations: they keep only their own clause from being judged when it is an aside ("whom the film shows…") or set against the record ("…, but in reality…"). */
    clauseHedges: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type Patterns = z.infer<typeof PatternsSchema>;
