// Splits a text into sentences with their offsets, so results can be shown in
// place and the CLI can quote each sentence exactly as written. Lines are
// split first (headings and bullet points carry no full stop), then
// Intl.Segmenter finds sentence ends: built into Node and every browser, and
// it knows that "Dr. Smith" or "5 March 1953." are not always boundaries.

/** `paragraph` numbers the text's lines that hold words: headings, bullets and paragraphs each get their own. */
export type Sentence = { text: string; start: number; end: number; paragraph: number };

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

// Intl.Segmenter ends a sentence after any abbreviation it does not know ("Mar. 15, 1953", "Gen. Zhukov",
// "N. S. Khrushchev"): a segment ending in one of these, or in a lone initial, runs on into the next.
const ABBREVIATION =
  /(?:^|[\s(])(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|gen|lt|col|maj|capt|cpt|sgt|adm|marsh|mr|mrs|ms|dr|prof|st|vol|ch|pp?|c|ca|approx|vs|cf|[A-Z])\.$/i;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let offset = 0;
  for (const line of text.split("\n")) {
    if (line.trim() !== "") {
      paragraph++;
      let carry: { index: number; text: string } | undefined;
      const segments = [...segmenter.segment(line)];
      segments.forEach((seg, i) => {
        const raw = carry ? carry.text + seg.segment : seg.segment;
        const index = carry ? carry.index : seg.index;
        carry = undefined;
        if (i < segments.length - 1 && ABBREVIATION.test(raw.trimEnd())) {
          carry = { index, text: raw };
          return;
        }
        const lead = raw.length - raw.trimStart().length;
        const body = raw.trim();
        if (body) {
          const start = offset + index + lead;
          out.push({ text: body, start, end: start + body.length, paragraph });
        }
      });
    }
    offset += line.length + 1;
  }
  return out;
}
