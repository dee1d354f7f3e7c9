import fs from "node:fs";
import path from "node:path";
import { checkRecordOf } from "../lib/content/check-record";
import { loadContent } from "../lib/content/load";
import { checkText, compileRecord } from "../lib/check";
import { parseCorpus, scoreCorpus } from "../lib/check/corpus";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "../tests/e2e/browser-args";
import { percentile, ROOT, save } from "./lib";

// The text checker: recall and false alarms on the labelled corpus, and the
// time to check a 2,000-word text (p95 of repeated runs, warm).

export async function checkBench() {
  const site = await loadContent(path.join(ROOT, "content"), { compile: false });
  const record = compileRecord(checkRecordOf(site));
  // corpus.txt (written with the engine) and the batches written without sight of it (batch-*.txt), each scored
  // on its own and all pooled.
  const dir = path.join(ROOT, "tests", "check-corpus");
  const files = fs.readdirSync(dir).filter((f) => /^(corpus|batch-[a-z0-9-]+)\.txt$/.test(f));
  const perFile = files.map((f) => {
    const s = scoreCorpus(parseCorpus(fs.readFileSync(path.join(dir, f), "utf8")), record);
    return {
      file: f,
      sentences: s.total,
      false: s.falseCount,
      true: s.trueCount,
      unrelated: s.unrelatedCount,
      recall: s.recall,
      falseAlarmRate: s.falseAlarmRate,
      unrelatedFlagged: s.unrelatedFlagged,
    };
  });
  const corpus = files.flatMap((f) => parseCorpus(fs.readFileSync(path.join(dir, f), "utf8")));
  const r = scoreCorpus(corpus, record);
  // 2,000 words of realistic prose: the corpus sentences repeated in order.
  const words: string[] = [];
  const sentences = corpus.flatMap((c) => [...c.context, c.text]);
  for (let i = 0; words.length < 2000; i++) words.push(...sentences[i % sentences.length].split(/\s+/));
  const text = words.slice(0, 2000).join(" ");
  for (let i = 0; i < 5; i++) checkText(text, record);
  const times: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    checkText(text, record);
    times.push(performance.now() - t0);
  }
  const browser = await browserTimes(text, checkRecordOf(site));
  const data = {
    sentences: r.total,
    false: r.falseCount,
    true: r.trueCount,
    unrelated: r.unrelatedCount,
    recall: r.recall,
    falseAlarmRate: r.falseAlarmRate,
    unrelatedFlagged: r.unrelatedFlagged,
    agreesOnTrue: r.agreesOnTrue,
    p50ms: percentile(times, 50),
    p95ms: percentile(times, 95),
    browserP50ms: percentile(browser, 50),
    browserP95ms: percentile(browser, 95),
    facts: record.record.facts.length,
    files: perFile,
  };
  save("check", data);
  return data;
}

/** The same engine, bundled as the page bundles it, timed inside Chromium. */
async function browserTimes(text: string, record: unknown): Promise<number[]> {
  const bundle = await build({
    stdin: {
      contents: `import { checkText, compileRecord } from "./lib/check"; globalThis.__check = { checkText, compileRecord };`,
      resolveDir: ROOT,
      loader: "ts",
    },
    bundle: true,
    format: "iife",
    write: false,
    minify: true,
    platform: "browser",
  });
  const b = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    const page = await b.newPage();
    await page.setContent("<!doctype html><title>bench</title>");
    await page.addScriptTag({ content: bundle.outputFiles[0].text });
    return await page.evaluate(
      ({ text, record }) => {
        const g = globalThis as unknown as { __check: { checkText: (t: string, r: unknown) => unknown; compileRecord: (r: unknown) => unknown } };
        const compiled = g.__check.compileRecord(record);
        for (let i = 0; i < 5; i++) g.__check.checkText(text, compiled);
        const out: number[] = [];
        for (let i = 0; i < 50; i++) {
          const t0 = performance.now();
          g.__check.checkText(text, compiled);
          out.push(performance.now() - t0);
        }
        return out;
      },
      { text, record },
    );
  } finally {
    await b.close();
  }
}
