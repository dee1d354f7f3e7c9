// Splits a text into sentences with their offsets, so results can be shown in
// place and the CLI can quote each sentence exactly as written. Lines are
// split first (headings and bullet points carry no full stop), then
// Intl.Segmenter finds sentence ends: built into Node and every browser, and
// it knows that "Dr. Smith" or "5 March 1953." are not always boundaries.

/** `paragraph` numbers the text's lines that hold words: headings, bullets and paragraphs each get their own. */
export type Sentence = { text: string; start: number; end: number; paragraph: number };

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let offset = 0;
  for (const line of text.split("\n")) {
    if (line.trim() !== "") {
      paragraph++;
      for (const seg of segmenter.segment(line)) {
        const raw = seg.segment;
        const lead = raw.length - raw.trimStart().length;
        const body = raw.trim();
        if (body) {
          const start = offset + seg.index + lead;
          out.push({ text: body, start, end: start + body.length, paragraph });
        }
      }
    }
    offset += line.length + 1;
  }
  return out;
}
