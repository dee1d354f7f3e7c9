// `npm run dev`: `next dev`, plus a refresh of open pages when content changes.
// Content files are read with fs, not imported, so the bundler never sees them
// change. This script watches content/ (or CONTENT_DIR) and tells every open
// page over a small event stream; components/layout/content-reload.tsx, which
// only development builds include, then refreshes the page's server data.
//   node scripts/dev.mjs [next dev options, e.g. -p 3001]
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const contentDir = path.resolve(ROOT, process.env.CONTENT_DIR ?? "content");
const clients = new Set();

const events = http.createServer((req, res) => {
  res.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" });
  res.write(": connected\n\n");
  clients.add(res);
  req.on("close", () => clients.delete(res));
});
await new Promise((resolve) => events.listen(Number(process.env.CONTENT_RELOAD_PORT ?? 0), "127.0.0.1", resolve));
const port = events.address().port;

let timer;
fs.watch(contentDir, { recursive: true }, (_event, file) => {
  // Editors write a file in several steps: wait until they are done.
  clearTimeout(timer);
  timer = setTimeout(() => {
    for (const res of clients) res.write(`data: ${JSON.stringify(String(file ?? ""))}\n\n`);
  }, 150);
});

const next = spawn(path.join(ROOT, "node_modules", ".bin", "next"), ["dev", ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: "inherit",
  env: { ...process.env, NEXT_PUBLIC_CONTENT_RELOAD_PORT: String(port) },
});
const stop = () => next.kill("SIGTERM");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
next.on("exit", (code) => {
  events.close();
  process.exit(code ?? 0);
});
