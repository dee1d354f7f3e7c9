import AxeBuilder from "@axe-core/playwright";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { open, sharedBrowser } from "./browser";

const browser = sharedBrowser();
const site = await loadContent("content", { compile: false });

describe("the two-clock timeline", () => {
  it("draws one connector per dated claim", async () => {
    const { page, context } = await open(browser(), "/timeline");
    const drawn = await page.locator("a.tl-connector").evaluateAll((els) => els.map((e) => e.getAttribute("data-slug")).sort());
    expect(drawn).toEqual(
      site.claims
        .filter((c) => c.dates.length > 0)
        .map((c) => c.slug)
        .sort(),
    );
    await context.close();
  });

  it("highlights exactly one person's claims when chosen, and keeps the choice in the URL", async () => {
    const { page, context } = await open(browser(), "/timeline");
    await page.getByLabel("Highlight a character").selectOption("beria");
    await page.waitForURL(/\?character=beria$/);
    const opacities = await page
      .locator("a.tl-connector")
      .evaluateAll((els) => els.map((e) => ({ slug: e.getAttribute("data-slug")!, opacity: Number(getComputedStyle(e).opacity) })));
    const lit = opacities
      .filter((o) => o.opacity > 0.5)
      .map((o) => o.slug)
      .sort();
    const expected = site.claims
      .filter((c) => c.dates.length > 0 && c.characters.includes("beria"))
      .map((c) => c.slug)
      .sort();
    expect(lit).toEqual(expected);
    expect(opacities.length - lit.length).toBeGreaterThan(0);
    await page.reload();
    // The choice is read from the URL once the page has hydrated.
    await page.waitForFunction(() => document.querySelector<HTMLSelectElement>("#tl-character")?.value === "beria", null, { timeout: 10_000 });
    expect(await page.getByLabel("Highlight a character").inputValue()).toBe("beria");
    await context.close();
  });

  it("lets the keyboard reach a connector and shows its title and gap", async () => {
    const { page, context } = await open(browser(), "/timeline");
    await page.waitForFunction(() => !!document.querySelector(".tl-controls[data-ready]"));
    await page.getByLabel("Highlight a character").focus();
    let reached = false;
    for (let i = 0; i < 5 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => document.activeElement?.classList.contains("tl-connector") ?? false);
    }
    expect(reached).toBe(true);
    const focused = page.locator("a.tl-connector:focus");
    // The tooltip fades in; wait for it rather than racing the transition.
    await page.waitForFunction(() => {
      const tip = document.querySelector("a.tl-connector:focus .tl-tip");
      return !!tip && Number(getComputedStyle(tip).opacity) > 0.9;
    });
    const tip = focused.locator(".tl-tip");
    expect(await tip.textContent()).toMatch(/(days|day|years|same day|no story date)/);
    expect(await tip.textContent()).toContain((await focused.getAttribute("aria-label"))!.split(" — ")[0].slice(0, 40));
    expect(await focused.getAttribute("aria-label")).toMatch(/gap /);
    await context.close();
  });

  it("states each film's compression computed from the content, or says why there is none", async () => {
    const { page, context } = await open(browser(), "/timeline");
    for (const film of site.films) {
      const section = page.getByRole("region", { name: `${film.title} (${film.year})` });
      const dated = (site.scenes.get(film.id) ?? []).some((s) => s.storyDate);
      expect(await section.innerText()).toMatch(dated ? /runs for \d+ days, from .* The events it shows took [\d,]+ days/ : /gives no day for its scenes/);
    }
    await context.close();
  });

  it("gives each film its own timeline page with only that film's connectors", async () => {
    for (const film of site.films) {
      const { page, context, status } = await open(browser(), `/films/${film.id}/timeline`);
      expect(status).toBe(200);
      expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(`Two clocks: ${film.title}`);
      const drawn = await page.locator("a.tl-connector").evaluateAll((els) => els.map((e) => e.getAttribute("data-slug")).sort());
      expect(drawn).toEqual(
        site.claims
          .filter((c) => c.film === film.id && c.dates.length > 0)
          .map((c) => c.slug)
          .sort(),
      );
      await context.close();
    }
  });

  it("becomes one vertical list on a phone that still shows each gap", async () => {
    const { page, context } = await open(browser(), "/timeline", { width: 390 });
    // One drawing per film, none of them shown on a phone.
    expect(await page.locator("svg.tl-svg").evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().height > 0).length)).toBe(0);
    const lists = page.getByRole("region", { name: /^Scene by scene, with the real dates/ });
    expect(await lists.count()).toBe(site.films.length);
    expect(await lists.first().isVisible()).toBe(true);
    expect((await lists.allInnerTexts()).join("\n")).toMatch(/\(\+\d+ days\)/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  // One test per scheme: with a drawing per film, one axe run takes a good part of a test's time.
  for (const colorScheme of ["light", "dark"] as const) {
    it(`has no accessibility violations (${colorScheme})`, async () => {
      const { page, context } = await open(browser(), "/timeline", { colorScheme });
      const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
      expect(result.violations.map((v) => v.id)).toEqual([]);
      await context.close();
    });
  }
});
