import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { open, sharedBrowser } from "./browser";

const browser = sharedBrowser();
const site = await loadContent("content", { compile: false });

/** Slugs of the claim cards on screen, in order. */
async function shownSlugs(page: Page): Promise<string[]> {
  return page.locator("li[data-slug]:not([hidden])").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.slug!));
}

async function statusText(page: Page) {
  return (await page.getByRole("status").innerText()).trim();
}

describe("finding claims", () => {
  it("narrows to one film with the film facet, and a ?film= address opens on that film", async () => {
    const [first, second] = site.films.map((f) => f.id);
    expect(second, "the film facet needs two films").toBeDefined();
    const title = site.films.find((f) => f.id === second)?.title ?? "";
    const { page, context } = await open(browser(), "/claims");
    const own = site.claims.filter((c) => c.film === second).map((c) => c.slug);
    await page
      .getByRole("group", { name: "Film" })
      .getByRole("checkbox", { name: new RegExp(`^${title}`) })
      .check();
    await page.waitForURL(new RegExp(`\\?film=${second}$`));
    await expect.poll(() => shownSlugs(page)).toEqual(own);
    expect(await statusText(page)).toBe(`Showing ${own.length} of ${site.claims.length} claims`);
    await context.close();

    const direct = await open(browser(), `/claims?film=${first}`);
    await direct.page.waitForFunction(() => document.querySelector("search")?.hasAttribute("data-ready"));
    expect(await shownSlugs(direct.page)).toEqual(site.claims.filter((c) => c.film === first).map((c) => c.slug));
    await direct.context.close();
  });

  it("searches every film: a film's title finds every claim of that film", async () => {
    const { page, context } = await open(browser(), "/claims");
    for (const film of site.films) {
      const box = page.getByRole("searchbox", { name: "Search claims" });
      await box.fill(film.title);
      await page.waitForURL(new RegExp(`q=${encodeURIComponent(film.title).replace(/%20/g, "(\\+|%20)")}$`));
      // The film's title is indexed with each claim, so every claim of the film is found.
      const own = site.claims.filter((c) => c.film === film.id).map((c) => c.slug);
      await expect
        .poll(async () => {
          const shown = new Set(await shownSlugs(page));
          return own.filter((s) => !shown.has(s));
        })
        .toEqual([]);
    }
    await context.close();
  });

  it("choosing Beria shows exactly the claims tagged Beria, and a verdict narrows them", async () => {
    const { page, context } = await open(browser(), "/claims");
    const beria = site.claims.filter((c) => c.characters.includes("beria")).map((c) => c.slug);
    await page.getByRole("checkbox", { name: /^Lavrentiy Beria/ }).check();
    await page.waitForURL(/\?character=beria$/);
    await expect.poll(() => shownSlugs(page)).toEqual(beria);
    expect(await statusText(page)).toBe(`Showing ${beria.length} of ${site.claims.length} claims`);

    const narrowed = site.claims.filter((c) => c.characters.includes("beria") && c.verdict === "mostly-inaccurate").map((c) => c.slug);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(beria.length);
    await page.getByRole("checkbox", { name: /^Mostly inaccurate/ }).check();
    await page.waitForURL(/character=beria&verdict=mostly-inaccurate/);
    await expect.poll(() => shownSlugs(page)).toEqual(narrowed);

    // The view survives a reload and the back button.
    // Before hydration the server's full list is on screen, so wait for the finder to take over.
    await page.reload();
    await page.waitForFunction(() => document.querySelector("search")?.hasAttribute("data-ready"));
    expect(await shownSlugs(page)).toEqual(narrowed);
    expect(await page.getByRole("checkbox", { name: /^Mostly inaccurate/ }).isChecked()).toBe(true);
    await page.goBack();
    await page.waitForURL(/\?character=beria$/);
    // Back may reload the document (the entry predates the reload), so poll until the finder has read the URL.
    await expect.poll(() => shownSlugs(page)).toEqual(beria);
    await context.close();
  });

  it("a filtered URL pasted into a fresh browser shows the same claims", async () => {
    const { page, context } = await open(browser(), "/claims?character=beria&verdict=mostly-inaccurate");
    await page.waitForFunction(() => document.querySelector("search")?.hasAttribute("data-ready"));
    const expected = site.claims.filter((c) => c.characters.includes("beria") && c.verdict === "mostly-inaccurate").map((c) => c.slug);
    expect(await shownSlugs(page)).toEqual(expected);
    await context.close();
  });

  it("searching 'Batitsky' finds the execution claim, with the match marked", async () => {
    const { page, context } = await open(browser(), "/claims");
    const box = page.getByRole("searchbox", { name: "Search claims" });
    await box.fill("Batitsky");
    await page.waitForFunction(() => document.querySelectorAll("li[data-slug]:not([hidden])").length < 10);
    const slugs = await shownSlugs(page);
    expect(slugs).toContain("beria-trial-and-execution");
    expect(page.url()).toContain("q=Batitsky");
    // A typo still finds it.
    await box.fill("Batitski");
    await page.waitForURL(/q=Batitski$/);
    await expect.poll(() => shownSlugs(page)).toContain("beria-trial-and-execution");
    await box.fill("Beria");
    await page.waitForURL(/q=Beria$/);
    expect(await page.locator("li[data-slug]:not([hidden]) mark").first().innerText()).toBe("Beria");
    await context.close();
  });

  it("ignores hostile parameters and never writes them into the page", async () => {
    const evil = encodeURIComponent('"><img src=x onerror=alert(1)>');
    const { page, context } = await open(browser(), `/claims?character=${evil}&verdict=${evil}&sort=${evil}`);
    await page.waitForFunction(() => document.querySelector("search")?.hasAttribute("data-ready"));
    // Every claim passes; the finder shows them a page at a time.
    expect(await statusText(page)).toBe(`Showing ${site.claims.length} of ${site.claims.length} claims`);
    expect(await page.content()).not.toContain("onerror=alert");
    expect(await page.locator("img[src=x]").count()).toBe(0);
    await context.close();
  });

  it("says what to loosen when nothing matches, and clears everything at once", async () => {
    const { page, context } = await open(browser(), "/claims?q=zzzzqqqq");
    await page.waitForFunction(() => document.body.innerText.includes("No claim matches"));
    await page.getByRole("button", { name: "Clear all" }).click();
    await page.waitForURL((u) => u.search === "");
    await expect.poll(() => statusText(page)).toBe(`Showing ${site.claims.length} of ${site.claims.length} claims`);
    await context.close();
  });

  it("works by keyboard: tab to a facet, tick it with the space bar", async () => {
    const { page, context } = await open(browser(), "/claims");
    await page.waitForFunction(() => document.querySelector("search")?.hasAttribute("data-ready"));
    await page.getByRole("searchbox").focus();
    let reached = false;
    for (let i = 0; i < 8 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === "checkbox");
    }
    expect(reached).toBe(true);
    await page.keyboard.press("Space");
    // The first group is the film when there are several films, else the character.
    await page.waitForURL(/\?(film|character)=/);
    await context.close();
  });

  it("without JavaScript lists every claim, and a character page lists that person's claims", async () => {
    const { page, context } = await open(browser(), "/claims", { javaScriptEnabled: false });
    expect(await shownSlugs(page)).toHaveLength(site.claims.length);
    const beria = site.claims.filter((c) => c.characters.includes("beria"));
    await page.getByRole("link", { name: "Lavrentiy Beria" }).first().click();
    await page.waitForURL(/\/characters\/beria$/);
    // Claim cards sit under a heading per film.
    const titles = await page
      .getByRole("region", { name: /On screen against the record/ })
      .getByRole("heading", { level: 4 })
      .allInnerTexts();
    expect(titles).toEqual(beria.map((c) => c.title));
    await context.close();
  });

  it("leaves the 'Show more' button clear of every card on a phone", async () => {
    const { page, context } = await open(browser(), "/claims", { width: 412 });
    await page.waitForSelector("search[data-ready]");
    const more = page.getByRole("button", { name: /^Show \d+ more$/ });
    expect(await more.count(), "the list needs more claims than one page").toBe(1);
    // axe's target-size rule: no other control reaches over the button's tap area.
    const { violations } = await new AxeBuilder({ page }).withRules(["target-size"]).analyze();
    expect(violations.flatMap((v) => v.nodes.map((n) => n.target.join(" ")))).toEqual([]);
    await context.close();
  });
});
