// Build scaling: synthetic claims at 50 and 1,000 built as `npm run
// build` does (`next build` with the share-image step beside it), timing wall
// clock and peak memory (both process trees), then the content-hash caches
// (compiled MDX and share images): a rebuild with them warm and content
// unchanged, a rebuild after editing one claim, and a build with both off.
//   npm run bench -- build
import fs from "node:fs";
import path from "node:path";
import { writeSynthetic } from "../scripts/synth-content";
import { mib, nextBuild, ROOT, save } from "./lib";

const SIZES = [50, 1000];

export async function buildBench() {
  const dist = ".next-bench-build";
  const caches = [path.join(ROOT, ".cache", "mdx"), path.join(ROOT, ".cache", "og")];
  const rows: { claims: number; ms: number; peakRssMiB: number; pages: number; imagesMs?: number }[] = [];
  for (const n of SIZES) {
    const dir = writeSynthetic(n);
    // Cold: no compiled MDX on disk, so every claim compiles.
    for (const c of caches) fs.rmSync(c, { recursive: true, force: true });
    const r = await nextBuild(dir, dist);
    const pages = Number(/Generating static pages using \d+ workers? \((\d+)\/(\d+)\)/.exec(r.output.split("✓ Generating")[1] ?? r.output)?.[2] ?? NaN);
    rows.push({ claims: n, ms: Math.round(r.ms), peakRssMiB: mib(r.peakRss), pages, imagesMs: r.imagesMs && Math.round(r.imagesMs) });
    if (n !== SIZES[SIZES.length - 1]) fs.rmSync(dir, { recursive: true, force: true });
    else {
      // Warm: the same 1,000 claims again, every compile served from the cache.
      const warm = await nextBuild(dir, dist);
      // An author's edit: one claim's summary changes, so one MDX file recompiles and one card is redrawn.
      const file = fs
        .readdirSync(path.join(dir, "films"))
        .map((film) => path.join(dir, "films", film, "claims", "synth-0500.mdx"))
        .find((f) => fs.existsSync(f))!;
      fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/^summary: (.*)$/m, "summary: $1 Edited."));
      const edit = await nextBuild(dir, dist);
      const cache = {
        coldMs: rows[rows.length - 1].ms,
        coldImagesMs: rows[rows.length - 1].imagesMs,
        warmMs: Math.round(warm.ms),
        editMs: Math.round(edit.ms),
        editImages: /Share images: (\d+) drawn/.exec(edit.output)?.[1],
        warmPeakRssMiB: mib(warm.peakRss),
      };
      // Saved before the slowest build, so an interrupted run still reports the rest.
      save("build", { rows, cache: { ...cache, offMs: NaN } });
      const off = await nextBuild(dir, dist, { MDX_CACHE: "off", IMAGE_CACHE: "off" });
      save("build", { rows, cache: { ...cache, offMs: Math.round(off.ms) } });
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  fs.rmSync(path.join(ROOT, dist), { recursive: true, force: true });
  // Marginal cost per claim between the smallest and largest runs.
  const first = rows[0];
  const last = rows[rows.length - 1];
  return { rows, marginalMsPerClaim: Math.round(((last.ms - first.ms) / (last.claims - first.claims)) * 10) / 10 };
}
