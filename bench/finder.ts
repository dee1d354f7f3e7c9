// Issue 4's benchmark: with 1,000 synthetic claims, the time from a facet
// change or a search keystroke to the updated list, in Chromium.
//   npm run bench -- finder
import fs from "node:fs";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "../tests/e2e/browser-args";
import { writeSynthetic } from "../scripts/synth-content";
import { median, nextBuild, percentile, save, startNext } from "./lib";

const N = 1000;
const ROUNDS = 60;
const PORT = 3210;

export async function finderBench() {
  const dir = writeSynthetic(N);
  const dist = ".next-bench-finder";
  await nextBuild(dir, dist);
  const server = await startNext(dist, PORT, { CONTENT_DIR: dir });
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`http://127.0.0.1:${PORT}/claims`);
    await page.waitForFunction(() => document.querySelector("search")?.hasAttribute("data-ready"));
    // Load the search index before timing keystrokes: the first search fetches it once.
    await page.getByRole("searchbox").focus();
    await page.waitForResponse((r) => r.url().endsWith("/data/search-index.json"));
    await page.waitForTimeout(300);

    // Time from the input event to the frame after React has committed the new list.
    const facet: number[] = await page.evaluate(async (rounds) => {
      const box = document.querySelector<HTMLInputElement>('input[name="verdict"][value="mixed"]')!;
      const out: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const t0 = performance.now();
        box.click();
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        out.push(performance.now() - t0);
      }
      return out;
    }, ROUNDS);

    const keystroke: number[] = await page.evaluate(async (rounds) => {
      const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
      const words = ["c", "co", "com", "comm", "commi", "commis", "commiss", "commissi", "commissio", "commission"];
      const out: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const t0 = performance.now();
        setValue.call(input, words[i % words.length]);
        input.dispatchEvent(new Event("input", { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        out.push(performance.now() - t0);
      }
      return out;
    }, ROUNDS);
    const shown = await page.locator("li[data-slug]:not([hidden])").count();

    const result = {
      claims: N,
      rounds: ROUNDS,
      facet: { medianMs: median(facet), p95Ms: percentile(facet, 95), goalP95Ms: 16 },
      keystroke: { medianMs: median(keystroke), p95Ms: percentile(keystroke, 95), goalP95Ms: 50 },
      lastListLength: shown,
    };
    save("finder", result);
    return result;
  } finally {
    await browser.close();
    server.kill("SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
