import { describe, expect, it } from "vitest";
import { open, sharedBrowser } from "./browser";

const browser = sharedBrowser();

describe("a reader who has read another fact-check", () => {
  it("finds on a claim page what each published piece said, whether we agree, and why not", async () => {
    const { page, context } = await open(browser(), "/claims/yudina-concert-rerecording");
    const others = page.getByRole("region", { name: "What others said" });
    expect(await others.isVisible()).toBe(true);
    const items = others.getByRole("listitem");
    expect(await items.count()).toBeGreaterThanOrEqual(3);
    // Each piece links to where it was published, and says whether we agree.
    const vulture = items.filter({ hasText: "Vulture" });
    expect(await vulture.getByRole("link", { name: /What’s Fact and What’s Fiction/ }).getAttribute("href")).toMatch(/^https:\/\/www\.vulture\.com\//);
    expect(await vulture.innerText()).toMatch(/We partly agree/);
    const slate = items.filter({ hasText: "Slate" });
    expect(await slate.innerText()).toMatch(/We disagree[\s\S]*Testimony/);
    // The page's own contents list leads to the section.
    await page.getByRole("navigation", { name: "On this page" }).getByRole("link", { name: "What others said" }).click();
    await page.waitForURL(/#others$/);
    await context.close();
  });

  it("does not show the section on a claim no piece has judged", async () => {
    const { page, context } = await open(browser(), "/claims/beria-trial-and-execution");
    expect(await page.getByRole("region", { name: "What others said" }).count()).toBe(0);
    await context.close();
  });

  it("goes from the footer to the list of pieces and sees how often we agree with each", async () => {
    const { page, context } = await open(browser(), "/method", { javaScriptEnabled: false });
    await page.getByRole("contentinfo").getByRole("link", { name: "What others said" }).click();
    await page.waitForURL(/\/critics$/);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("What others said");
    const pieces = page.getByRole("region", { name: "Published pieces", exact: true }).getByRole("list").first();
    const crikey = pieces.getByRole("region", { name: "Guy Rundle, Crikey" });
    expect(await crikey.innerText()).toMatch(/2 points: we partly agree on 2/);
    // Every point links back to the claim that judges it.
    await crikey.getByRole("link", { name: /orchestra plays the concerto again/ }).click();
    await page.waitForURL(/\/claims\/yudina-concert-rerecording#others$/);
    await context.close();
  });

  it("finds from the bibliography entry of a piece what it says and whether we agree", async () => {
    const { page, context } = await open(browser(), "/sources");
    await page.locator("#src-crikey-2018").getByRole("link", { name: "What it says, and whether we agree" }).click();
    await page.waitForURL(/\/critics#crikey-2018$/);
    expect(await page.getByRole("region", { name: "Guy Rundle, Crikey" }).isVisible()).toBe(true);
    await context.close();
  });

  it("lists at least eight pieces, each with its count of points", async () => {
    const { page, context } = await open(browser(), "/critics");
    const regions = page.getByRole("region", { name: "Published pieces", exact: true }).getByRole("list").first().getByRole("region");
    expect(await regions.count()).toBeGreaterThanOrEqual(8);
    for (const text of await regions.allInnerTexts()) expect(text).toMatch(/\d+ points?: we /);
    await context.close();
  });
});
