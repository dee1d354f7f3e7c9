import AxeBuilder from "@axe-core/playwright";
import { describe, expect, it } from "vitest";
import { open, sharedBrowser } from "./browser";

const browser = sharedBrowser();

const PAGES = ["/", "/claims", "/claims/beria-trial-and-execution", "/claims/yudina-concert-rerecording", "/sources", "/critics", "/method", "/characters/beria", "/films/the-death-of-stalin", "/no-such-page"];

describe("axe finds no accessibility violations", () => {
  for (const path of PAGES) {
    for (const colorScheme of ["light", "dark"] as const) {
      it(`${path} (${colorScheme})`, async () => {
        const { page, context } = await open(browser(), path, { colorScheme });
        const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
        const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
        expect(summary).toEqual([]);
        await context.close();
      });
    }
  }
});
