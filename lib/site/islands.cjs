// Which prerendered pages need the framework in the browser at all.
//
// Most pages here are documents: a claim, a person, an event, the timeline.
// Their only interactive parts (copy and share buttons) are wired by one small
// inline script (lib/site/enhance.ts), so React and Next's router (about 135 KiB
// gzip, and most of a phone's main-thread work on load) buy them nothing. A page
// needs the framework when its route renders a client component of ours: an
// island such as the claim finder, the quiz or the text checker. Next records
// every client module a route can render in the route's client-reference
// manifest, so the answer comes from the build itself, not from a list that
// could fall out of date. Anything unreadable keeps the framework: a page that
// carries scripts it does not need is slower; one that loses scripts it needs
// is broken.
// CommonJS so the build scripts (plain Node) and the tests can both use it.
const fs = require("node:fs");
const path = require("node:path");

// Rendered only under `next dev` (app/layout.tsx), so never a reason to hydrate a built page.
const DEV_ONLY = new Set(["components/layout/content-reload.tsx"]);

/**
 * Our own client modules (project paths, not Next's) named by one route's
 * page_client-reference-manifest.js; null when the text is not such a manifest.
 */
function ownClientModules(manifestSource) {
  const start = manifestSource.indexOf("] = {");
  const end = manifestSource.lastIndexOf("}");
  if (start < 0 || end < start) return null;
  let manifest;
  try {
    manifest = JSON.parse(manifestSource.slice(start + 4, end + 1));
  } catch {
    return null;
  }
  if (!manifest || typeof manifest.clientModules !== "object") return null;
  const own = new Set();
  for (const key of Object.keys(manifest.clientModules)) {
    const m = /^\[project\]\/(.+?)(?: <module evaluation>)?$/.exec(key);
    // The export builds in a copy of the sources one folder down (.export-build/), so a
    // project path may carry that folder first.
    if (!m || /(^|\/)node_modules\//.test(m[1]) || [...DEV_ONLY].some((d) => m[1] === d || m[1].endsWith(`/${d}`))) continue;
    own.add(m[1]);
  }
  return [...own].sort();
}

/**
 * For a finished `next build` in nextDir: a function from a page's URL path
 * ("/claims/x", "/", "/_not-found") to whether that page needs the framework.
 */
function frameworkNeeds(nextDir) {
  let routes = {};
  try {
    routes = JSON.parse(fs.readFileSync(path.join(nextDir, "prerender-manifest.json"), "utf8")).routes ?? {};
  } catch {
    return () => true;
  }
  const bySource = new Map();
  return (urlPath) => {
    const source = routes[urlPath]?.srcRoute ?? urlPath;
    if (!bySource.has(source)) {
      const dir = source === "/" ? "" : source.slice(1);
      let modules = null;
      try {
        modules = ownClientModules(fs.readFileSync(path.join(nextDir, "server", "app", dir, "page_client-reference-manifest.js"), "utf8"));
      } catch {
        modules = null;
      }
      bySource.set(source, modules === null || modules.length > 0);
    }
    return bySource.get(source);
  };
}

module.exports = { ownClientModules, frameworkNeeds };
