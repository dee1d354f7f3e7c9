// Issue 4's benchmark: with 1,000 synthetic claims (and, for comparison, the
// real content), the time from a facet change or a search keystroke to the
// updated list, in Chromium.
//   npm run bench -- finder
import fs from "node:fs";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "../tests/e2e/browser-args";
import { writeSynthetic } from "../scripts/synth-content";
import { median, nextBuild, percentile, save, startNext } from "./lib";

const N = 1000; // synthetic claims
const ROUNDS = 60;
const PORT = Number(process.env.BENCH_PORT ?? 3210);

type Timing = { medianMs: number; p95Ms: number; frameMedianMs: number; frameP95Ms: number; goalP95Ms: number };

export async function finderBench() {
  const dir = writeSynthetic(N);
  try {
    const synthetic = await measure(dir, ".next-bench-finder");
    const real = await measure("content", ".next-bench-finder-real");
    const result = { rounds: ROUNDS, ...synthetic, real };
    save("finder", result);
    return result;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function measure(dir: string, dist: string): Promise<{ claims: number; facet: Timing; keystroke: Timing }> {
  await nextBuild(dir, dist);
  const server = await startNext(dist, PORT, { CONTENT_DIR: dir });
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`http://127.0.0.1:${PORT}/claims`);
    await page.waitForFunction(() => document.querySelector("search")?.hasAttribute("data-ready"));
    // Load the search index before timing keystrokes: the first search fetches it once.
    // Listen before focusing: the index can arrive before a listener added afterwards.
    const indexLoaded = page.waitForResponse((r) => r.url().endsWith("/data/search-index.json"));
    await page.getByRole("searchbox").focus();
    await indexLoaded;
    await page.waitForTimeout(300);

    // Two figures per round. "update": from the input event until React has
    // committed the new list and the browser has computed its style and
    // layout — the main-thread work the change costs, which is what must fit
    // in a frame. React renders an input event's update synchronously, inside
    // the event, so this is timed without yielding (and checked: every facet
    // round must have changed the count by then). "frame": until the next
    // animation frame after that, which adds the wait for vsync (up to
    // 16.7 ms at 60 Hz) and, when the work runs late, a whole frame.
    const timeRounds = (which: "facet" | "keystroke", rounds: number) =>
      page.evaluate(
        async ({ which, rounds }) => {
          const status = document.querySelector('[role="status"]')!;
          const box = document.querySelector<HTMLInputElement>('input[name="verdict"][value="mixed"]')!;
          const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
          const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
          const words = ["c", "co", "com", "comm", "commi", "commis", "commiss", "commissi", "commissio", "commission"];
          const update: number[] = [];
          const frame: number[] = [];
          let unchanged = 0;
          for (let i = 0; i < rounds; i++) {
            const before = status.textContent;
            const t0 = performance.now();
            if (which === "facet") {
              box.click();
            } else {
              setValue.call(input, words[i % words.length]);
              input.dispatchEvent(new Event("input", { bubbles: true }));
            }
            document.body.getBoundingClientRect(); // force style and layout now
            const t1 = performance.now();
            if (status.textContent === before) unchanged++;
            await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
            update.push(t1 - t0);
            frame.push(performance.now() - t0);
          }
          // Every facet click changes the count; if one did not, the list was not yet updated when timed.
          if (which === "facet" && unchanged) throw new Error(`${unchanged} facet rounds were timed before the list changed`);
          return { update, frame };
        },
        { which, rounds },
      );
    const facet = await timeRounds("facet", ROUNDS);
    const keystroke = await timeRounds("keystroke", ROUNDS);
    const claims = await page.locator("li[data-slug]").count();
    const timing = (t: { update: number[]; frame: number[] }, goalP95Ms: number): Timing => ({
      medianMs: median(t.update),
      p95Ms: percentile(t.update, 95),
      frameMedianMs: median(t.frame),
      frameP95Ms: percentile(t.frame, 95),
      goalP95Ms,
    });
    return { claims, facet: timing(facet, 16), keystroke: timing(keystroke, 50) };
  } finally {
    await browser.close();
    server.kill("SIGTERM");
  }
}
