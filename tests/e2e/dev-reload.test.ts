import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch } from "./browser";

// `npm run dev` against a copy of content/, so the test can edit a claim freely.
// Runs once, against the Node build's suite (not again for the static export).
const ROOT = path.join(import.meta.dirname, "..", "..");
const PORT = Number(process.env.E2E_DEV_PORT ?? 3101);
const SLUG = "beria-trial-and-execution";

describe.skipIf(Boolean(process.env.E2E_BASE_URL))("npm run dev", () => {
  let content = "";
  let dev: ChildProcess | undefined;
  // In hooks, not in the describe body: a skipped suite must start nothing.
  beforeAll(() => {
    content = fs.mkdtempSync(path.join(os.tmpdir(), "rvr-dev-content-"));
    fs.cpSync(path.join(ROOT, "content"), content, { recursive: true });
    dev = spawn(process.execPath, [path.join(ROOT, "scripts", "dev.mjs"), "-H", "127.0.0.1", "-p", String(PORT)], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: "development", CONTENT_DIR: content, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: "ignore",
      detached: true,
    });
  });
  afterAll(() => {
    if (dev?.pid) process.kill(-dev.pid, "SIGTERM");
    if (content) fs.rmSync(content, { recursive: true, force: true });
  });

  it("refreshes an open page when a claim file changes", { timeout: 300_000 }, async () => {
    await expect
      .poll(
        () =>
          fetch(`http://127.0.0.1:${PORT}/`).then(
            (r) => r.status,
            () => 0,
          ),
        { timeout: 120_000, interval: 1000 },
      )
      .toBe(200);
    const browser = await launch();
    try {
      const page = await (await browser.newContext()).newPage();
      await page.goto(`http://127.0.0.1:${PORT}/claims/${SLUG}`, { timeout: 120_000 });
      const heading = page.getByRole("heading", { level: 1 });
      const before = await heading.innerText();
      // Wait until the page listens (its scripts ran), then edit the claim's title on disk.
      await page.waitForFunction(() => document.readyState === "complete");
      await page.waitForTimeout(1000);
      const file = path.join(content, "films", "the-death-of-stalin", "claims", `${SLUG}.mdx`);
      fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/^title: (.*)$/m, "title: $1 (edited)"));
      await expect.poll(() => heading.innerText(), { timeout: 120_000, interval: 500 }).toBe(`${before} (edited)`);
    } finally {
      await browser.close();
    }
  });
});
