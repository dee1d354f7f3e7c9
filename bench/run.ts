// `npm run bench [section …]`: runs the benchmark sections (all by default)
// and rewrites bench/REPORT.md from every section's saved figures.
import { finderBench } from "./finder";
import { writeReport } from "./report";

const SECTIONS: Record<string, () => Promise<unknown>> = {
  finder: finderBench,
};

const wanted = process.argv.slice(2).filter((a) => a !== "--");
const names = wanted.length ? wanted : Object.keys(SECTIONS);
for (const name of names) {
  const section = SECTIONS[name];
  if (!section) throw new Error(`Unknown section "${name}"; choose from ${Object.keys(SECTIONS).join(", ")}`);
  const t0 = performance.now();
  console.log(`▶ ${name}`);
  const result = await section();
  console.log(`✓ ${name} in ${Math.round((performance.now() - t0) / 1000)} s`, JSON.stringify(result).slice(0, 400));
}
writeReport();
console.log("Wrote bench/REPORT.md");
