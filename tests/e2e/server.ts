import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// Starts the built site with `npm start`'s server for the browser tests, unless
// E2E_BASE_URL points at a server that is already running (e.g. nginx serving
// the static export).
const PORT = Number(process.env.E2E_PORT ?? 3100);

let server: ChildProcess | undefined;

export async function setup({ provide }: { provide: (key: string, value: string) => void }) {
  let base = process.env.E2E_BASE_URL;
  if (!base) {
    const root = path.join(import.meta.dirname, "..", "..");
    if (!fs.existsSync(path.join(root, ".next", "BUILD_ID")) || !fs.existsSync(path.join(root, ".next", "csp-hashes.json"))) {
      throw new Error("No production build found in .next/: run `npm run build` before the browser tests.");
    }
    // A server left running on the port would answer in place of this build.
    if (await answers(`http://127.0.0.1:${PORT}/`)) {
      throw new Error(`Something is already listening on port ${PORT}: stop it, or set E2E_PORT to a free port.`);
    }
    server = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs"), "-H", "127.0.0.1", "-p", String(PORT)], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NODE_ENV: "production" },
    });
    server.stderr?.on("data", (d) => process.stderr.write(d));
    base = `http://127.0.0.1:${PORT}`;
  }
  await waitFor(base);
  provide("baseUrl", base);
}

export async function teardown() {
  server?.kill("SIGTERM");
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(base: string) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${base}/`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The site did not answer at ${base} within 30 s`);
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
