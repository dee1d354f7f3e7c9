// The content vocabulary as plain constants. Kept apart from schema.ts so
// that browser code (filters, badges) can use it without pulling zod into the
// client bundle.

export const VERDICTS = ["accurate", "mostly-accurate", "mixed", "mostly-inaccurate", "invented", "unproven"] as const;
export type Verdict = (typeof VERDICTS)[number];

export const LIBERTIES = ["compressed", "relocated", "re-ranked", "composite", "invented", "omitted", "exaggerated"] as const;
export type Liberty = (typeof LIBERTIES)[number];

export const TIERS = ["primary", "scholarly", "journalism", "reference", "popular"] as const;
export type Tier = (typeof TIERS)[number];

/** Kinds of typed fact (content/facts/): here, without zod, because the text checker runs in the browser. */
export const FACT_KINDS = [
  "birth",
  "death",
  "stroke",
  "lying-in-state",
  "funeral",
  "arrest",
  "trial",
  "sentence",
  "execution",
  "release",
  "decree",
  "speech",
  "appointment",
  "dismissal",
  "held",
  "count",
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** Kinds whose fact names a post. */
export const POST_KINDS: readonly FactKind[] = ["appointment", "dismissal", "held"];
