import { VERDICTS, type Liberty, type Tier, type Verdict } from "../content/vocabulary";

// Words and meanings of the verdict scale, the liberties and the tiers: the
// single place the site's vocabulary is spelled out for readers.

export const VERDICT_INFO: Record<Verdict, { label: string; meaning: string }> = {
  accurate: { label: "Accurate", meaning: "Happened as shown." },
  "mostly-accurate": { label: "Mostly accurate", meaning: "True in substance; details changed." },
  mixed: { label: "Mixed", meaning: "A real event or trait, substantially altered." },
  "mostly-inaccurate": { label: "Mostly inaccurate", meaning: "A kernel of truth, mostly wrong as shown." },
  invented: { label: "Invented", meaning: "No basis in the record." },
  unproven: { label: "Unproven", meaning: "The record cannot settle it: legend or disputed testimony." },
};

/** Film order of the scale, most accurate first; `unproven` stands apart at the end. */
export const VERDICT_ORDER: readonly Verdict[] = VERDICTS;

export const LIBERTY_INFO: Record<Liberty, { label: string; meaning: string }> = {
  compressed: { label: "Compressed", meaning: "Events spread over days, months or years happen at once." },
  relocated: { label: "Relocated", meaning: "Moved to another place or another time." },
  "re-ranked": { label: "Re-ranked", meaning: "Someone is given a title or post they did not hold." },
  composite: { label: "Composite", meaning: "Several people or events merged into one." },
  invented: { label: "Invented", meaning: "A scene, line or detail with no source." },
  omitted: { label: "Omitted", meaning: "Something or someone that mattered is left out." },
  exaggerated: { label: "Exaggerated", meaning: "Real, but made bigger, cruder or more absurd." },
};

export const TIER_INFO: Record<Tier, { label: string; meaning: string }> = {
  primary: { label: "Primary", meaning: "Archival documents, contemporary records and reports, memoirs of participants, and the film itself." },
  scholarly: { label: "Scholarly", meaning: "Histories and biographies by historians, university-press and peer-reviewed work." },
  journalism: { label: "Journalism", meaning: "Newspapers, magazines and reviews; useful for what was reported and said, checked against the above." },
  reference: { label: "Reference", meaning: "Encyclopaedias and databases; a starting point, never the only support for a claim." },
  popular: { label: "Popular", meaning: "Blogs, popular histories and guides; cited only for what they show (often an error or a variant), never alone." },
};

export const TIER_ORDER: readonly Tier[] = ["primary", "scholarly", "journalism", "reference", "popular"];
