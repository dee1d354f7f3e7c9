// JavaScript per route, gzip, from Next's own route-bundle-stats.json, set
// against Next's baseline (/_not-found). Reads the real site's build in .next.
//   npm run build && npm run bench -- js
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { ROOT, save } from "./lib";

type RouteStats = { route: string; firstLoadUncompressedJsBytes?: number; firstLoadChunkPaths?: string[] };

export async function bundleBench() {
  const statsFile = path.join(ROOT, ".next", "diagnostics", "route-bundle-stats.json");
  if (!fs.existsSync(statsFile)) throw new Error("No .next/diagnostics/route-bundle-stats.json: run `npm run build` first.");
  const stats = JSON.parse(fs.readFileSync(statsFile, "utf8")) as RouteStats[];
  const gz = (files: string[]) =>
    files.reduce((n, f) => {
      const abs = path.join(ROOT, f.startsWith(".next") ? f : path.join(".next", f));
      return fs.existsSync(abs) ? n + zlib.gzipSync(fs.readFileSync(abs), { level: 9 }).length : n;
    }, 0);
  const rows = stats.map((s) => ({
    route: s.route,
    uncompressed: s.firstLoadUncompressedJsBytes ?? 0,
    gzip: gz(s.firstLoadChunkPaths ?? []),
    chunks: s.firstLoadChunkPaths?.length ?? 0,
  }));
  const base = rows.find((r) => r.route === "/_not-found");
  const data = { baseline: base, rows: rows.map((r) => ({ ...r, overBaselineGzip: base ? r.gzip - base.gzip : null })) };
  save("js", data);
  return data;
}
