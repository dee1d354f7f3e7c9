import { checkText, type CompiledRecord, type Finding } from "./engine";

// The labelled corpus format (tests/check-corpus/*.txt) and the two figures
// that matter: how many contradicted statements are caught (recall) and how
// many true ones are wrongly flagged (false alarms).

export type Label = "T" | "F" | "U";
export type CorpusItem = { label: Label; text: string; context: string[]; line: number };

export function parseCorpus(src: string): CorpusItem[] {
  const items: CorpusItem[] = [];
  let context: string[] = [];
  src.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    if (line.startsWith(">")) {
      context.push(line.slice(1).trim());
      return;
    }
    const m = /^([TFU])\s*\|\s*(.+)$/.exec(line);
    if (!m) throw new Error(`corpus line ${i + 1}: expected "T | …", "F | …", "U | …" or "> context"`);
    items.push({ label: m[1] as Label, text: m[2], context, line: i + 1 });
    context = [];
  });
  return items;
}

export type Scored = CorpusItem & { finding?: Finding };

export function scoreCorpus(items: CorpusItem[], record: CompiledRecord) {
  const scored: Scored[] = items.map((item) => {
    const text = [...item.context, item.text].join(" ");
    const result = checkText(text, record);
    const last = result.sentences[result.sentences.length - 1];
    return { ...item, finding: last?.finding };
  });
  const of = (l: Label) => scored.filter((s) => s.label === l);
  const flagged = (s: Scored) => s.finding?.status === "conflicts";
  const falses = of("F");
  const trues = of("T");
  const unrelated = of("U");
  return {
    scored,
    total: scored.length,
    falseCount: falses.length,
    trueCount: trues.length,
    unrelatedCount: unrelated.length,
    recall: falses.filter(flagged).length / falses.length,
    falseAlarmRate: trues.filter(flagged).length / trues.length,
    unrelatedFlagged: unrelated.filter(flagged).length,
    agreesOnTrue: trues.filter((s) => s.finding?.status === "agrees").length / trues.length,
    missed: falses.filter((s) => !flagged(s)),
    falseAlarms: [...trues, ...unrelated].filter(flagged),
  };
}
