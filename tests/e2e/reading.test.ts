import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { open, sharedBrowser } from "./browser";

const browser = sharedBrowser();
const site = await loadContent("content", { compile: false });

describe("a reader", () => {
  it("goes from the home page through a film to a claim and finds the film, the record, the verdict and the sources", async () => {
    const film = site.films.find((f) => f.id === site.claims.find((c) => c.slug === "beria-trial-and-execution")?.film);
    if (!film) throw new Error("the claim's film is missing from the content");
    const { page, context } = await open(browser(), "/");
    await page.getByRole("region", { name: "The films" }).getByRole("link", { name: film.title, exact: true }).click();
    await page.waitForURL(new RegExp(`/films/${film.id}$`));
    await page.getByRole("link", { name: /tried by his colleagues on the spot/ }).click();
    await page.waitForURL(/\/claims\/beria-trial-and-execution$/);

    expect(await page.getByRole("heading", { level: 1 }).innerText()).toMatch(/tried by his colleagues/);
    expect(await page.getByRole("heading", { name: "In the film" }).isVisible()).toBe(true);
    expect(await page.getByRole("heading", { name: "In the record" }).isVisible()).toBe(true);
    expect(await page.getByText("Mostly inaccurate", { exact: true }).first().isVisible()).toBe(true);
    const sources = page.getByRole("region", { name: "Sources" });
    expect(await sources.getByRole("listitem").count()).toBeGreaterThanOrEqual(2);
    expect(await sources.getByText("Primary", { exact: true }).count()).toBeGreaterThanOrEqual(1);
    // The record names the real dates.
    expect(await page.getByRole("region", { name: "In the record" }).innerText()).toMatch(/26 June 1953/);
    await context.close();
  });

  it("follows an inline citation to its numbered source", async () => {
    const { page, context } = await open(browser(), "/claims/beria-trial-and-execution");
    const cite = page
      .getByRole("region", { name: "In the record" })
      .getByRole("link", { name: /^Source 1:/ })
      .first();
    await cite.click();
    await page.waitForURL(/#source-1$/);
    const target = page.locator("#source-1");
    expect(await target.isVisible()).toBe(true);
    expect(await target.innerText()).toMatch(/verdict/i);
    await context.close();
  });

  it("sees film and record side by side on a desktop and stacked on a phone", async () => {
    for (const [width, sideBySide] of [
      [1280, true],
      [390, false],
    ] as const) {
      const { page, context } = await open(browser(), "/claims/beria-trial-and-execution", { width });
      const film = await page.locator("#film").boundingBox();
      const record = await page.locator("#record").boundingBox();
      expect(film && record).toBeTruthy();
      if (sideBySide) expect(Math.abs(film!.y - record!.y)).toBeLessThan(2);
      else expect(record!.y).toBeGreaterThan(film!.y + film!.height - 1);
      // Nothing overflows the page sideways.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await context.close();
    }
  });

  it("reads a whole claim page with JavaScript switched off", async () => {
    const { page, context } = await open(browser(), "/claims/beria-trial-and-execution", { javaScriptEnabled: false });
    expect(await page.getByRole("heading", { name: "In the record" }).isVisible()).toBe(true);
    expect(await page.getByRole("region", { name: "Sources" }).getByRole("listitem").count()).toBeGreaterThanOrEqual(2);
    // Buttons that could do nothing without a script are not offered; the link stays selectable.
    expect(await page.getByRole("button", { name: "Copy link" }).isVisible()).toBe(false);
    expect(await page.locator("button[data-copy]").count()).toBeGreaterThan(0);
    expect(await page.getByRole("button", { name: /^Copy / }).count()).toBe(0);
    expect(await page.getByLabel("Link to this claim").isVisible()).toBe(true);
    await context.close();
  });

  it("loads no framework script on a document page, and keeps it where a page has an interactive island", async () => {
    const scriptsOf = async (path: string) => {
      const { page, context } = await open(browser(), path);
      const loaded: string[] = [];
      page.on("request", (r) => {
        if (r.resourceType() === "script") loaded.push(r.url());
      });
      await page.reload({ waitUntil: "load" });
      // The framework, where a page has it, starts after the first paint: give it time to ask.
      await page.waitForTimeout(500);
      const inline = await page.locator("script:not([src]):not([type])").count();
      await context.close();
      return { loaded, inline };
    };
    for (const path of ["/claims/beria-trial-and-execution", "/characters/beria", "/timeline", "/films/the-death-of-stalin", "/"]) {
      const { loaded, inline } = await scriptsOf(path);
      expect(loaded, path).toEqual([]);
      expect(inline, `${path}: only the page script`).toBe(1);
    }
    const finder = await scriptsOf("/claims");
    expect(finder.loaded.some((u) => u.includes("/_next/static/chunks/"))).toBe(true);
  });

  it("gets a 404 page for an unknown claim", async () => {
    const { page, context, status } = await open(browser(), "/claims/no-such-claim");
    expect(status).toBe(404);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("We have no page at this address");
    await context.close();
  });
});
