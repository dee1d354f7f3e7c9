// Build scaling: synthetic claims at 50, 200 and 1,000 built with `next
// build`, timing wall clock and peak memory (whole process tree), then the
// content-hash caches (compiled MDX and share images): a rebuild with them
// warm and content unchanged, and a build with both switched off.
//   npm run bench -- build
import fs from "node:fs";
import path from "node:path";
import { writeSynthetic } from "../scripts/synth-content";
import { mib, nextBuild, ROOT, save } from "./lib";

const SIZES = [50, 200, 1000];

export async function buildBench() {
  const dist = ".next-bench-build";
  const caches = [path.join(ROOT, ".cache", "mdx"), path.join(ROOT, ".cache", "og")];
  const rows: { claims: number; ms: number; peakRssMiB: number; pages: number }[] = [];
  for (const n of SIZES) {
    const dir = writeSynthetic(n);
    // Cold: no compiled MDX on disk, so every claim compiles.
    for (const c of caches) fs.rmSync(c, { recursive: true, force: true });
    const r = await nextBuild(dir, dist);
    const pages = Number(/Generating static pages using \d+ workers? \((\d+)\/(\d+)\)/.exec(r.output.split("✓ Generating")[1] ?? r.output)?.[2] ?? NaN);
    rows.push({ claims: n, ms: Math.round(r.ms), peakRssMiB: mib(r.peakRss), pages });
    if (n !== SIZES[SIZES.length - 1]) fs.rmSync(dir, { recursive: true, force: true });
    else {
      // Warm: the same 1,000 claims again, every compile served from the cache.
      const warm = await nextBuild(dir, dist);
      const off = await nextBuild(dir, dist, { MDX_CACHE: "off", IMAGE_CACHE: "off" });
      save("build", { rows, cache: { coldMs: rows[rows.length - 1].ms, warmMs: Math.round(warm.ms), offMs: Math.round(off.ms), warmPeakRssMiB: mib(warm.peakRss) } });
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  fs.rmSync(path.join(ROOT, dist), { recursive: true, force: true });
  // Marginal cost per claim between the smallest and largest runs.
  const first = rows[0];
  const last = rows[rows.length - 1];
  return { rows, marginalMsPerClaim: Math.round(((last.ms - first.ms) / (last.claims - first.claims)) * 10) / 10 };
}
