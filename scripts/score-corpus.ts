// `npx tsx scripts/score-corpus.ts <corpus file>… [--misses]`: scores labelled
// corpus files (tests/check-corpus format) with the checker, one line of figures
// per file and pooled; --misses lists the missed and wrongly flagged sentences.
import fs from "node:fs";
import path from "node:path";
import { checkRecordOf } from "../lib/content/check-record";
import { loadContent } from "../lib/content/load";
import { compileRecord } from "../lib/check";
import { parseCorpus, scoreCorpus, type CorpusItem } from "../lib/check/corpus";

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith("--"));
const misses = args.includes("--misses");
const site = await loadContent(path.resolve(process.env.CONTENT_DIR ?? "content"), { compile: false });
const record = compileRecord(checkRecordOf(site));
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const all: CorpusItem[] = [];
for (const f of files) {
  const items = parseCorpus(fs.readFileSync(f, "utf8"));
  all.push(...items);
  const r = scoreCorpus(items, record);
  const caught = r.falseCount - r.missed.length;
  const alarms = r.scored.filter((s) => s.label === "T" && s.finding?.status === "conflicts").length;
  console.log(
    `${f}: ${r.total} sentences; recall ${caught}/${r.falseCount} (${pct(r.recall)}); false alarms ${alarms}/${r.trueCount} (${pct(r.falseAlarmRate)}); unrelated flagged ${r.unrelatedFlagged}/${r.unrelatedCount}`,
  );
  if (misses) {
    for (const m of r.missed)
      console.log(`  MISS  ${m.line}: ${m.context.length ? `[${m.context.join(" ")}] ` : ""}${m.text}${m.finding ? `  (${m.finding.status})` : ""}`);
    for (const m of r.falseAlarms) console.log(`  ALARM ${m.label} ${m.line}: ${m.text}\n        ${m.finding!.explanation}`);
  }
}
if (files.length > 1) {
  const r = scoreCorpus(all, record);
  console.log(
    `pooled: ${r.total}; recall ${pct(r.recall)}; false alarms ${pct(r.falseAlarmRate)}; unrelated flagged ${r.unrelatedFlagged}/${r.unrelatedCount}`,
  );
}
