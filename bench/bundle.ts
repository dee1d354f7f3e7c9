// JavaScript per route, gzip, from Next's own route-bundle-stats.json, set
// against Next's baseline (/_not-found), and what a page really loads: the
// build takes the framework out of routes without islands (lib/site/islands.cjs),
// which then load no script file at all, only the inline page script.
// Reads the real site's build in .next.
//   npm run build && npm run bench -- js
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { frameworkNeeds } from "../lib/site/islands.cjs";
import { ENHANCE_SCRIPT } from "../lib/site/enhance";
import { ROOT, save } from "./lib";

// Pages whose HTML the report weighs: the six Lighthouse audits.
const PAGES = ["index", "claims", "claims/beria-trial-and-execution", "timeline", "characters/beria", "films/the-death-of-stalin"];

type RouteStats = { route: string; firstLoadUncompressedJsBytes?: number; firstLoadChunkPaths?: string[] };

export async function bundleBench() {
  const statsFile = path.join(ROOT, ".next", "diagnostics", "route-bundle-stats.json");
  if (!fs.existsSync(statsFile)) throw new Error("No .next/diagnostics/route-bundle-stats.json: run `npm run build` first.");
  const stats = JSON.parse(fs.readFileSync(statsFile, "utf8")) as RouteStats[];
  const gz = (files: string[]) =>
    files.reduce((n, f) => {
      // The build runs in .next-staging/ (scripts/build.mjs) and is then moved to .next/.
      const abs = path.join(ROOT, ".next", f.replace(/^\.next(-staging)?\//, ""));
      return fs.existsSync(abs) ? n + zlib.gzipSync(fs.readFileSync(abs), { level: 9 }).length : n;
    }, 0);
  const needs = frameworkNeeds(path.join(ROOT, ".next"));
  const rows = stats.map((s) => ({
    route: s.route,
    uncompressed: s.firstLoadUncompressedJsBytes ?? 0,
    gzip: gz(s.firstLoadChunkPaths ?? []),
    chunks: s.firstLoadChunkPaths?.length ?? 0,
    framework: needs(s.route),
  }));
  const base = rows.find((r) => r.route === "/_not-found");
  const html = PAGES.map((p) => {
    const file = path.join(ROOT, ".next", "server", "app", `${p}.html`);
    const bytes = fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0);
    return { page: p === "index" ? "/" : `/${p}`, bytes: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
  });
  const data = {
    baseline: base,
    rows: rows.map((r) => ({ ...r, overBaselineGzip: base ? r.gzip - base.gzip : null })),
    pageScript: { bytes: Buffer.byteLength(ENHANCE_SCRIPT), gzip: zlib.gzipSync(ENHANCE_SCRIPT, { level: 9 }).length },
    html,
  };
  save("js", data);
  return data;
}
