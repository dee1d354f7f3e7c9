import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { deferBootstrapTree } from "../lib/site/defer-bootstrap.cjs";
import { frameworkNeeds } from "../lib/site/islands.cjs";

// Shared by the benchmark sections: running commands with peak memory,
// starting servers, percentiles, and saving each section's figures.

export const ROOT = path.join(import.meta.dirname, "..");
export const RESULTS = path.join(ROOT, "bench", "results");
const NEXT = path.join(ROOT, "node_modules", ".bin", "next");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[i];
}

export const median = (xs: number[]) => percentile(xs, 50);

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
export function treeRss(pid: number): number {
  let total = 0;
  const children = new Map<number, number[]>();
  for (const d of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
    } catch {
      // process ended while we looked
    }
  }
  const walk = (p: number) => {
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      // gone
    }
    for (const c of children.get(p) ?? []) walk(c);
  };
  walk(pid);
  return total;
}

/** Runs a command, sampling the process tree's memory; resolves with wall time and peak RSS. */
export function run(cmd: string, args: string[], env: Record<string, string> = {}): Promise<{ ms: number; peakRss: number; output: string }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    let peak = 0;
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 250);
    child.on("close", (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`${cmd} ${args.join(" ")} exited ${code}\n${output.slice(-3000)}`));
      else resolve({ ms: performance.now() - t0, peakRss: peak, output });
    });
  });
}

export async function nextBuild(contentDir: string, distDir: string, env: Record<string, string> = {}) {
  // Next adds every distDir's types to tsconfig.json; a benchmark leaves the project as it found it.
  const tsconfig = path.join(ROOT, "tsconfig.json");
  const saved = fs.readFileSync(tsconfig, "utf8");
  try {
    // As `npm run build` does: the share-image step beside the page build
    // (unless the image cache is off, when the routes draw every card).
    const [r, images] = await Promise.all([
      run(NEXT, ["build"], { CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1", ...env }),
      env.IMAGE_CACHE === "off" ? undefined : run(TSX, ["scripts/share-images.ts"], { CONTENT_DIR: contentDir, ...env }),
    ]);
    // The same pages `npm run build` serves: no framework on pages without islands, and scripts after the first paint on the rest.
    deferBootstrapTree(path.join(ROOT, distDir, "server", "app"), frameworkNeeds(path.join(ROOT, distDir)));
    return {
      ms: Math.max(r.ms, images?.ms ?? 0),
      peakRss: r.peakRss + (images?.peakRss ?? 0),
      output: `${r.output}\n${images?.output ?? ""}`,
      imagesMs: images?.ms,
    };
  } finally {
    fs.writeFileSync(tsconfig, saved);
  }
}

export async function startNext(distDir: string, port: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(NEXT, ["start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: ROOT,
    env: { ...process.env, NEXT_DIST_DIR: distDir, NODE_ENV: "production", ...env },
    stdio: "ignore",
  });
  await waitFor(`http://127.0.0.1:${port}/`);
  return child;
}

export async function waitFor(url: string, ms = 30_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer in ${ms} ms`);
}

export function save(section: string, data: unknown) {
  fs.mkdirSync(RESULTS, { recursive: true });
  fs.writeFileSync(path.join(RESULTS, `${section}.json`), JSON.stringify({ ranAt: new Date().toISOString(), machine: machine(), data }, null, 2));
}

/**
 * Lighthouse's benchmark index for this machine right now: its own page function
 * (computeBenchmarkIndex, about a second of string and array work) run in the
 * system Chromium, as Lighthouse runs it. Higher is faster; a quiet run of this
 * machine scores 3,500–3,900, and other tenants' load pulls it down.
 */
export async function benchmarkIndex(): Promise<number> {
  const { chromium } = await import("playwright-core");
  const { CHROMIUM_ARGS } = await import("../tests/e2e/browser-args");
  const { pageFunctions } = (await import("lighthouse/core/lib/page-functions.js")) as { pageFunctions: { computeBenchmarkIndex: () => number } };
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    return Math.round(await page.evaluate(`(${pageFunctions.computeBenchmarkIndex.toString()})()`));
  } finally {
    await browser.close();
  }
}

/** Adds the benchmark index measured around a section's run to its saved figures. */
export function recordBenchmarkIndex(section: string, index: { before: number; after: number }) {
  const f = path.join(RESULTS, `${section}.json`);
  if (!fs.existsSync(f)) return;
  const saved = JSON.parse(fs.readFileSync(f, "utf8"));
  saved.machine = { ...saved.machine, benchmarkIndex: index };
  fs.writeFileSync(f, JSON.stringify(saved, null, 2));
}

export function machine() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
}

export const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
