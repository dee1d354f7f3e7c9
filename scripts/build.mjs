// Builds the site without ever destroying the last good build (the share-image step,
// scripts/share-images.ts, runs beside `next build`; each page is then rewritten to run
// its scripts after its first paint, lib/site/defer-bootstrap.cjs, before it is hashed):
//   node scripts/build.mjs            `next build` into .next-staging/, then swaps it in as .next/
//   node scripts/build.mjs --export   the static export, built in .export-build/, swapped in as out/
// Either way the new build is written to a fresh folder, the inline-script hashes
// of its pages are recorded beside it (csp-hashes.json; .csp-map.conf for nginx),
// and only when all of that succeeded does it replace the served folder, by two
// renames. A failed build leaves the served folder as it was and removes its own
// staging folder. A running server keeps the files it has open: restart
// `npm start`, or `nginx -s reload`, to serve the new build.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const { hashHtmlTree, routeOfServerHtml } = require("../lib/site/csp-hashes.cjs");
const { deferBootstrapTree } = require("../lib/site/defer-bootstrap.cjs");
const { frameworkNeeds } = require("../lib/site/islands.cjs");
const { nginxCspMap } = await import("./nginx-conf.mjs");

const ROOT = path.resolve(import.meta.dirname, "..");
const NEXT = path.join(ROOT, "node_modules", ".bin", "next");
const exporting = process.argv.includes("--export");

/**
 * The share-image step (scripts/share-images.ts): draws every new or changed card into .cache/og
 * while `next build` runs beside it. It never fails the build: a card it has not drawn, its route draws.
 */
function startShareImages() {
  const child = spawn(path.join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/share-images.ts"], { cwd: ROOT, stdio: "inherit" });
  return new Promise((resolve) => {
    child.on("close", resolve);
    child.on("error", resolve);
  });
}

function run(cwd, env) {
  const r = spawnSync(NEXT, ["build"], { cwd, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  return r.status === 0;
}

/** Replaces `live` with `fresh` by two renames; the old folder is removed only after the new one is in place. */
function swapIn(fresh, live) {
  const old = `${live}.old`;
  fs.rmSync(old, { recursive: true, force: true });
  if (fs.existsSync(live)) fs.renameSync(live, old);
  fs.renameSync(fresh, live);
  fs.rmSync(old, { recursive: true, force: true });
}

function fail(staging, message) {
  fs.rmSync(staging, { recursive: true, force: true });
  console.error(`${message}; the last good build was left in place.`);
  process.exit(1);
}

if (!exporting) {
  const staging = path.join(ROOT, ".next-staging");
  fs.rmSync(staging, { recursive: true, force: true });
  const images = startShareImages();
  if (!run(ROOT, { NEXT_DIST_DIR: ".next-staging" })) fail(staging, "next build failed");
  await images;
  // Before hashing: the rewrite adds the inline loader whose hash the CSP must carry,
  // and takes the framework out of pages without islands.
  const scripts = deferBootstrapTree(path.join(staging, "server", "app"), frameworkNeeds(staging));
  const byRoute = Object.fromEntries(
    Object.entries(hashHtmlTree(path.join(staging, "server", "app"))).map(([file, hashes]) => [routeOfServerHtml(file), hashes]),
  );
  fs.writeFileSync(path.join(staging, "csp-hashes.json"), `${JSON.stringify(byRoute, null, 1)}\n`);
  swapIn(staging, path.join(ROOT, ".next"));
  // next build points the generated route types at the folder it wrote.
  const env = path.join(ROOT, "next-env.d.ts");
  if (fs.existsSync(env)) fs.writeFileSync(env, fs.readFileSync(env, "utf8").replaceAll(".next-staging/", ".next/"));
  console.log(
    `Build swapped into .next/ (${Object.keys(byRoute).length} prerendered pages hashed for the CSP; ${scripts.dropped} without framework scripts, ${scripts.deferred} with them deferred).`,
  );
} else {
  // With output: 'export', Next always writes its build files to <project>/.next, whatever
  // distDir says. So the export is built in a copy of the sources, whose own .next is
  // private to it; node_modules resolves from the project above.
  const work = path.join(ROOT, ".export-build");
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work);
  for (const name of [
    "app",
    "components",
    "lib",
    "content",
    "public",
    "next.config.js",
    "tsconfig.json",
    "postcss.config.mjs",
    "tailwind.config.ts",
    "package.json",
  ]) {
    if (fs.existsSync(path.join(ROOT, name))) fs.cpSync(path.join(ROOT, name), path.join(work, name), { recursive: true });
  }
  // Share the compiled-MDX cache with the main build.
  fs.mkdirSync(path.join(ROOT, ".cache"), { recursive: true });
  fs.symlinkSync(path.join(ROOT, ".cache"), path.join(work, ".cache"));
  const images = startShareImages();
  if (!run(work, { NEXT_EXPORT: "1", NEXT_DIST_DIR: "" })) fail(work, "The export build failed");
  await images;
  const out = path.join(work, "out");
  const scripts = deferBootstrapTree(out, frameworkNeeds(path.join(work, ".next")));
  const hashes = hashHtmlTree(out);
  fs.writeFileSync(path.join(out, ".csp-map.conf"), nginxCspMap(hashes));
  swapIn(out, path.join(ROOT, "out"));
  fs.rmSync(work, { recursive: true, force: true });
  console.log(
    `Export swapped into out/ (${Object.keys(hashes).length} pages hashed for the CSP; ${scripts.dropped} without framework scripts, ${scripts.deferred} with them deferred); reload nginx to serve it.`,
  );
}
