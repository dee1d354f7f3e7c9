// HTTP throughput of the same claim page from `next start` and from nginx
// serving the static export, side by side (50 connections, 20 s each), and a
// 60 s soak of `next start` at 100 connections with its memory before and after.
// Load goes only to 127.0.0.1, and every run is bounded in time.
//   npm run build && npm run export && npm run bench -- http soak
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { mib, ROOT, save, startNext, treeRss, waitFor } from "./lib";

const NEXT_PORT = 3220;
const NGINX_PORT = 8090;

function load(url: string, connections: number, seconds: number) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    autocannon({ url, connections, duration: seconds }, (err, res) => (err ? reject(err) : resolve(res)));
  });
}

const summary = (r: autocannon.Result) => ({
  requestsPerSec: Math.round(r.requests.average),
  p50Ms: r.latency.p50,
  p99Ms: r.latency.p99,
  errors: r.errors + r.timeouts + (r.non2xx ?? 0),
  total: r.requests.total,
});

async function samplePage(): Promise<string> {
  const data = JSON.parse(fs.readFileSync(path.join(ROOT, "out", "data", "claims.json"), "utf8")) as { claims: { slug: string }[] };
  return `/claims/${data.claims.find((c) => c.slug.includes("beria-trial"))?.slug ?? data.claims[0].slug}`;
}

async function startNginx() {
  const tmp = "/tmp/rvr-nginx-bench";
  fs.mkdirSync(tmp, { recursive: true });
  const conf = path.join(tmp, "nginx.conf");
  const gen = spawn("node", ["scripts/nginx-conf.mjs", "out", String(NGINX_PORT)], { cwd: ROOT, env: { ...process.env, NGINX_TMP: tmp } });
  let text = "";
  gen.stdout.on("data", (d) => (text += d));
  await new Promise((r) => gen.on("close", r));
  fs.writeFileSync(conf, text);
  const nginx = spawn("nginx", ["-c", conf, "-g", "daemon off;"], { stdio: "ignore" });
  await waitFor(`http://127.0.0.1:${NGINX_PORT}/`);
  return nginx;
}

export async function httpBench() {
  if (!fs.existsSync(path.join(ROOT, "out", "index.html"))) throw new Error("No static export in out/: run `npm run export` first.");
  const page = await samplePage();
  const next = await startNext(".next", NEXT_PORT);
  const nginx = await startNginx();
  try {
    await load(`http://127.0.0.1:${NEXT_PORT}${page}`, 10, 3); // warm-up
    const n = summary(await load(`http://127.0.0.1:${NEXT_PORT}${page}`, 50, 20));
    const x = summary(await load(`http://127.0.0.1:${NGINX_PORT}${page}`, 50, 20));
    const data = { page, connections: 50, seconds: 20, next: n, nginx: x, ratio: Math.round((x.requestsPerSec / n.requestsPerSec) * 10) / 10 };
    save("http", data);
    return data;
  } finally {
    next.kill("SIGTERM");
    nginx.kill("SIGTERM");
  }
}

export async function soakBench() {
  const page = await samplePage();
  const next = await startNext(".next", NEXT_PORT);
  try {
    await load(`http://127.0.0.1:${NEXT_PORT}${page}`, 10, 3);
    const before = treeRss(next.pid!);
    const r = summary(await load(`http://127.0.0.1:${NEXT_PORT}${page}`, 100, 60));
    const after = treeRss(next.pid!);
    const data = { page, connections: 100, seconds: 60, ...r, rssBeforeMiB: mib(before), rssAfterMiB: mib(after) };
    save("soak", data);
    return data;
  } finally {
    next.kill("SIGTERM");
  }
}
