// `npm start`: serves the production build in .next/ with Next's request handler,
// behind a thin layer that makes every response carry the security headers:
// 2xx, 3xx, 4xx and 5xx, Next's own redirects and errors, and even the 400/431
// answers Node gives to malformed requests before any handler runs. It also
// refuses methods other than GET and HEAD (405 with Allow) and request targets
// with bad percent-encoding (400) before Next sees them, so none of them can
// reach a route or write a stack trace.
//   node scripts/serve.mjs [-H host] [-p port]      (defaults 127.0.0.1, 3000; or HOST/PORT)
// It reads .next/ once, at start: after `npm run build` swaps in a new build,
// restart it.
import fs from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const { securityHeaders, requestProblem } = require("../lib/site/security-headers.cjs");

const ROOT = path.resolve(import.meta.dirname, "..");
const arg = (flag) => {
  const i = process.argv.indexOf(flag);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const host = arg("-H") ?? process.env.HOST ?? "127.0.0.1";
const port = Number(arg("-p") ?? process.env.PORT ?? 3000);
const distDir = process.env.NEXT_DIST_DIR || ".next";

const hashFile = path.join(ROOT, distDir, "csp-hashes.json");
if (!fs.existsSync(path.join(ROOT, distDir, "BUILD_ID")) || !fs.existsSync(hashFile)) {
  console.error(`No production build in ${distDir}/ (or it was not made by \`npm run build\`): run \`npm run build\` first.`);
  process.exit(1);
}
/** @type {Record<string, string[]>} URL path → hashes of that page's inline scripts. */
const hashes = JSON.parse(fs.readFileSync(hashFile, "utf8"));
const siteUrl = process.env.SITE_URL ?? "";
const plainHeaders = securityHeaders({ siteUrl });

function headersFor(target) {
  let pathname = "/";
  try {
    pathname = decodeURIComponent(new URL(target, "http://x").pathname);
  } catch {
    // Refused below; the plain policy is enough for an error.
  }
  if (pathname.length > 1) pathname = pathname.replace(/\/+$/, "");
  const page = hashes[pathname] ?? (pathname.startsWith("/_next/") ? undefined : hashes["/_not-found"]);
  return page ? securityHeaders({ scriptHashes: page, siteUrl }) : plainHeaders;
}

const { default: next } = await import("next");
process.env.NODE_ENV = "production";
const app = next({ dev: false, dir: ROOT, hostname: host, port, conf: undefined });
const handle = app.getRequestHandler();
await app.prepare();

// The same caching as the nginx configuration: hashed build assets are immutable, everything
// else revalidates (Next would let shared caches keep pages for a year).
const REVALIDATE = "public, max-age=0, must-revalidate";
function keepCachingPolicy(res) {
  const setHeader = res.setHeader.bind(res);
  res.setHeader = (name, value) => setHeader(name, String(name).toLowerCase() === "cache-control" ? REVALIDATE : value);
  setHeader("Cache-Control", REVALIDATE);
}

const STATUS_TEXT = { 400: "Bad request", 405: "Method not allowed" };

const server = http.createServer((req, res) => {
  for (const h of headersFor(req.url ?? "/")) res.setHeader(h.key, h.value);
  const problem = requestProblem(req.method ?? "", req.url);
  if (problem) {
    res.statusCode = problem.status;
    for (const [k, v] of Object.entries(problem.headers)) res.setHeader(k, v);
    res.setHeader("Content-Type", "text/plain; charset=utf-8");
    res.setHeader("Cache-Control", "no-store");
    res.end(req.method === "HEAD" ? undefined : `${STATUS_TEXT[problem.status]}\n`);
    return;
  }
  if (!(req.url ?? "").startsWith("/_next/static/")) keepCachingPolicy(res);
  handle(req, res);
});

// Node answers unparseable requests (headers too large, bad request lines) itself, before any
// handler: write that answer here so it carries the same headers.
server.on("clientError", (err, socket) => {
  if (!socket.writable || err.code === "ECONNRESET") return socket.destroy();
  const status = err.code === "HPE_HEADER_OVERFLOW" ? 431 : err.code === "HPE_REQUEST_TIMEOUT" ? 408 : 400;
  const reason = { 400: "Bad Request", 408: "Request Timeout", 431: "Request Header Fields Too Large" }[status];
  const lines = [`HTTP/1.1 ${status} ${reason}`, ...plainHeaders.map((h) => `${h.key}: ${h.value}`), "Content-Length: 0", "Connection: close", "", ""];
  socket.end(lines.join("\r\n"));
});

server.listen(port, host, () => console.log(`Reel vs Record: serving ${distDir}/ at http://${host}:${port}`));
