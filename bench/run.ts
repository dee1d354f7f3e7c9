// `npm run bench [section …]`: runs the benchmark sections (all by default,
// in this order) and rewrites bench/REPORT.md from every section's saved figures.
// The js, lighthouse, http and soak sections measure the real site: they build
// it (and its static export) first when run together through `npm run bench`.
// `npm run bench -- report` only rewrites the report (after editing notes.json).
import { buildBench } from "./build";
import { checkBench } from "./check";
import { bundleBench } from "./bundle";
import { finderBench } from "./finder";
import { httpBench, soakBench } from "./http";
import { lighthouseBench } from "./lighthouse";
import { benchmarkIndex, recordBenchmarkIndex, run } from "./lib";
import { writeReport } from "./report";

const NPM = "npm";

async function buildSite() {
  await run(NPM, ["run", "build"]);
  await run(NPM, ["run", "export"]);
  // The export build replaces .next; build the served site again after it.
  await run(NPM, ["run", "build"]);
  return { built: true };
}

const SECTIONS: Record<string, () => Promise<unknown>> = {
  site: buildSite,
  js: bundleBench,
  lighthouse: lighthouseBench,
  http: httpBench,
  soak: soakBench,
  build: buildBench,
  finder: finderBench,
  check: checkBench,
};

const wanted = process.argv.slice(2).filter((a) => a !== "--");
const names = wanted.join() === "report" ? [] : wanted.length ? wanted : Object.keys(SECTIONS);
for (const name of names) {
  const section = SECTIONS[name];
  if (!section) throw new Error(`Unknown section "${name}"; choose from ${Object.keys(SECTIONS).join(", ")}`);
  const t0 = performance.now();
  console.log(`▶ ${name}`);
  const before = await benchmarkIndex();
  const result = await section();
  // The machine's speed at each end of the run: figures from a busy host are slower.
  recordBenchmarkIndex(name, { before, after: await benchmarkIndex() });
  console.log(`✓ ${name} in ${Math.round((performance.now() - t0) / 1000)} s`, JSON.stringify(result).slice(0, 300));
}
writeReport();
console.log("Wrote bench/REPORT.md");
