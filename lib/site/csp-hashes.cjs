// Hashes of the inline scripts in prerendered pages, for a Content-Security-Policy
// without 'unsafe-inline'. Every page is prerendered, so its inline scripts (Next's
// bootstrap and RSC payload) are known once the build ends: the build writes one
// list per page and both servers send it (scripts/serve.mjs for the Node server,
// the generated nginx map for the static export). CommonJS so that plain Node
// scripts and next.config.js can require it.
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

// Script types a browser executes; anything else (application/ld+json) is data.
const EXECUTABLE = /^(|text\/javascript|application\/javascript|module)$/i;

/** 'sha256-…' source expressions for each inline script of an HTML document, in order, without repeats. */
function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1];
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs)?.[1] ?? "";
    if (!EXECUTABLE.test(type)) continue;
    hashes.add(`'sha256-${crypto.createHash("sha256").update(m[2], "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/** Every .html file under dir (relative path with forward slashes) → its inline script hashes. */
function hashHtmlTree(dir) {
  const out = {};
  const walk = (rel) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile() && entry.name.endsWith(".html")) out[child] = inlineScriptHashes(fs.readFileSync(path.join(dir, child), "utf8"));
    }
  };
  walk("");
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * The URL path a prerendered file of `next build` or of the export answers
 * (.next/server/app/claims/x.html or out/claims/x.html → /claims/x); the not-found
 * page (_not-found.html, and the export's 404.html) answers every path that has no page of its own.
 */
function routeOfServerHtml(file) {
  if (file === "_not-found.html" || file === "404.html") return "/_not-found";
  if (file === "index.html") return "/";
  return `/${file.replace(/\.html$/, "")}`;
}

module.exports = { inlineScriptHashes, hashHtmlTree, routeOfServerHtml };
