import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { describe, expect, it } from "vitest";
import { open, sharedBrowser } from "./browser";

const browser = sharedBrowser();

// A seed text with known errors (tests/check-corpus/seed-sample.txt is a short
// excerpt in the seeds' style, so the test does not depend on files outside the repository).
const SEED = fs.readFileSync(path.join(import.meta.dirname, "..", "check-corpus", "seed-sample.txt"), "utf8");

describe("/check", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    it(`flags the errors of a pasted text in place, with the record and its link, and is axe clean (${colorScheme})`, async () => {
      const { page, context } = await open(browser(), "/check", { colorScheme });
      const box = page.getByRole("textbox", { name: "Text to check" });
      await box.fill(SEED);
      const status = page.getByRole("status");
      await expect.poll(() => status.textContent()).toMatch(/^2 statements conflict with the record, \d+ agree, \d+ not checked\.$/);
      const conflicts = page.locator("mark", { hasText: "Conflicts with the record" });
      await expect.poll(() => conflicts.count()).toBe(2);
      await expect.poll(() => conflicts.nth(0).textContent()).toContain("Malenkov became Chairman of the Council of Ministers and First Secretary");
      await expect.poll(() => conflicts.nth(1).textContent()).toContain("Defense Minister Georgy Zhukov");
      const links = page.getByRole("link", { name: "See the record" });
      const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      expect(hrefs).toContain("/claims/malenkov-acting-leader");
      expect(hrefs).toContain("/claims/zhukov-rank-and-role");
      // The true statements of the sample are not flagged.
      expect(await page.locator("mark", { hasText: "Conflicts with the record" }).filter({ hasText: "died" }).count()).toBe(0);
      if (colorScheme === "light") {
        await context.grantPermissions(["clipboard-read", "clipboard-write"]);
        await page.getByRole("button", { name: "Copy report" }).click();
        await expect.poll(() => page.getByText("Report copied.").isVisible()).toBe(true);
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        expect(copied).toMatch(/^2 statements conflict with the record/);
        expect(copied).toContain("CONFLICTS: Malenkov became Chairman of the Council of Ministers and First Secretary of the Communist Party.");
        expect(copied).toContain("/claims/malenkov-acting-leader");
      }
      const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
      expect(
        result.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(" "))
              .slice(0, 3)
              .join(", ")}`,
        ),
      ).toEqual([]);
      await context.close();
    });
  }

  it("without JavaScript, explains itself and links to the claims", async () => {
    const { page, context } = await open(browser(), "/check", { javaScriptEnabled: false });
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Check a text against the record");
    expect(await page.getByText("needs JavaScript").isVisible()).toBe(true);
    expect(await page.getByRole("link", { name: "claims pages" }).getAttribute("href")).toBe("/claims");
    expect(await page.getByRole("textbox").count()).toBe(0);
    await context.close();
  });
});
