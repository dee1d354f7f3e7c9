import AxeBuilder from "@axe-core/playwright";
import { describe, expect, it } from "vitest";
import { open, sharedBrowser } from "./browser";

const browser = sharedBrowser();

const PAGES = [
  "/",
  "/claims",
  "/claims/beria-trial-and-execution",
  "/claims/yudina-concert-rerecording",
  "/sources",
  "/critics",
  "/method",
  "/characters/beria",
  "/films/the-death-of-stalin",
  "/no-such-page",
  "/characters",
  "/dates?character=beria",
  "/quiz?character=beria",
  "/worksheet?character=beria",
  "/teach",
];

describe("axe finds no accessibility violations", () => {
  for (const path of PAGES) {
    for (const colorScheme of ["light", "dark"] as const) {
      it(`${path} (${colorScheme})`, async () => {
        const { page, context } = await open(browser(), path, { colorScheme });
        const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
        const summary = result.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(" "))
              .slice(0, 3)
              .join(", ")}`,
        );
        expect(summary).toEqual([]);
        await context.close();
      });
    }
  }
});

describe("axe finds no violations in the quiz's later states", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    it(`an answered question and the summary (${colorScheme})`, async () => {
      const { page, context } = await open(browser(), "/quiz?character=vasily-stalin", { colorScheme });
      const axe = async () => {
        const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
        return result.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(" "))
              .slice(0, 3)
              .join(", ")}`,
        );
      };
      await page.getByText(/^Question 1 of/).waitFor();
      await page.getByRole("radio", { name: "Invented" }).check();
      await page.getByRole("button", { name: "Check answer" }).click();
      expect(await axe()).toEqual([]);
      while (await page.getByRole("button", { name: /Next question|See your score/ }).count()) {
        await page.getByRole("button", { name: /Next question|See your score/ }).click();
        if (await page.getByRole("heading", { name: /Your score/ }).count()) break;
        await page.getByRole("radio", { name: "Partly true" }).check();
        await page.getByRole("button", { name: "Check answer" }).click();
      }
      await page.getByRole("heading", { name: /Your score/ }).waitFor();
      expect(await axe()).toEqual([]);
      await context.close();
    });
  }
});

describe("colours settle at once when the reader's colour scheme changes", () => {
  // A card used to animate its text and background colours: when the scheme
  // flipped (the OS at dusk, or the browser applying the emulated scheme just
  // after first paint), axe sampled the colours half-way and reported the card
  // links as low-contrast. Only borders and outlines may animate.
  it("/claims: no text or background colour animates when the page turns dark", async () => {
    const { page, context } = await open(browser(), "/claims", { colorScheme: "light" });
    await page.waitForLoadState("networkidle");
    // Slow every animation down so that one started by the switch is still running when we look.
    const cdp = await context.newCDPSession(page);
    await cdp.send("Animation.enable");
    await cdp.send("Animation.setPlaybackRate", { playbackRate: 0.01 });
    await page.emulateMedia({ colorScheme: "dark" });
    const animated = await page.evaluate(() =>
      document
        .getAnimations()
        .filter((a): a is CSSTransition => a instanceof CSSTransition && a.playState === "running")
        .map((a) => a.transitionProperty)
        .filter((p) => p === "color" || p === "background-color"),
    );
    expect(animated).toEqual([]);
    await context.close();
  });
});
