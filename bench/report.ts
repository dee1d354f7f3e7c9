import fs from "node:fs";
import path from "node:path";
import { RESULTS, ROOT } from "./lib";

// Writes bench/REPORT.md from the saved results of every section that has run.

type Saved<T> = { ranAt: string; machine: Record<string, unknown>; data: T };

function load<T>(name: string): Saved<T> | undefined {
  const f = path.join(RESULTS, `${name}.json`);
  return fs.existsSync(f) ? (JSON.parse(fs.readFileSync(f, "utf8")) as Saved<T>) : undefined;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const verdict = (ok: boolean) => (ok ? "meets goal" : "**misses goal**");

export function writeReport() {
  const out: string[] = ["# Benchmark report", "", "Written by `npm run bench` (bench/run.ts). Each section records when it ran and on what machine; figures are wall-clock unless stated.", ""];

  const finder = load<{
    claims: number;
    rounds: number;
    facet: { medianMs: number; p95Ms: number; goalP95Ms: number };
    keystroke: { medianMs: number; p95Ms: number; goalP95Ms: number };
  }>("finder");
  if (finder) {
    const d = finder.data;
    out.push(
      "## Find and filter: facet change and search keystroke",
      "",
      `Command: \`npm run bench -- finder\` · ran ${finder.ranAt} · ${describe(finder.machine)}`,
      "",
      `${d.claims} synthetic claims, production build, Chromium headless at 1280 px. Each of ${d.rounds} rounds times one input event (ticking a verdict box, or typing one more letter in the search box) until the frame after React has committed the new list.`,
      "",
      "| action | median | p95 | goal (p95) | |",
      "|---|---|---|---|---|",
      `| facet change | ${ms(d.facet.medianMs)} | ${ms(d.facet.p95Ms)} | < ${d.facet.goalP95Ms} ms | ${verdict(d.facet.p95Ms < d.facet.goalP95Ms)} |`,
      `| search keystroke | ${ms(d.keystroke.medianMs)} | ${ms(d.keystroke.p95Ms)} | < ${d.keystroke.goalP95Ms} ms | ${verdict(d.keystroke.p95Ms < d.keystroke.goalP95Ms)} |`,
      "",
    );
  }

  fs.writeFileSync(path.join(ROOT, "bench", "REPORT.md"), out.join("\n"));
}

function describe(m: Record<string, unknown>): string {
  return `${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}`;
}
