import { describe, expect, it } from "vitest";
import { z } from "zod";
import { XMLValidator } from "fast-xml-parser";
import { loadContent } from "@/lib/content/load";
import { baseUrl, open, sharedBrowser } from "./browser";

const browser = sharedBrowser();
const site = await loadContent("content", { compile: false });

const SLUG = "beria-trial-and-execution";

// Google's required and recommended ClaimReview fields, as a schema.
const Rating = z.object({
  "@type": z.literal("Rating"),
  ratingValue: z.number().int(),
  bestRating: z.number().int(),
  worstRating: z.number().int(),
  alternateName: z.string().min(1),
});
const ClaimReview = z.object({
  "@context": z.literal("https://schema.org"),
  "@type": z.literal("ClaimReview"),
  url: z.url(),
  claimReviewed: z.string().min(1).max(75),
  datePublished: z.iso.date(),
  dateModified: z.iso.date(),
  author: z.object({ "@type": z.literal("Organization"), name: z.string().min(1), url: z.url() }),
  reviewRating: Rating.refine((r) => r.ratingValue >= r.worstRating && r.ratingValue <= r.bestRating, "rating in range"),
  itemReviewed: z.object({
    "@type": z.literal("Claim"),
    // Google recommends the claim's author and date: the film's makers, at its release.
    author: z.array(z.object({ "@type": z.literal("Person"), name: z.string().min(1) })).min(1),
    datePublished: z.iso.date(),
    appearance: z.array(z.object({ "@type": z.enum(["Movie", "MovieClip"]), name: z.string().min(1) }).passthrough()).min(1),
  }),
});

describe("a claim page travels well", () => {
  it("sets title, description, canonical URL, Open Graph and Twitter tags", async () => {
    const claim = site.claims.find((c) => c.slug === SLUG)!;
    const { page, context } = await open(browser(), `/claims/${SLUG}`);
    const meta = (sel: string) => page.locator(sel).first().getAttribute("content");
    // With the site's name this title would pass the 70 characters a search result shows, so it stands alone.
    expect(await page.title()).toBe(claim.title);
    expect(await meta('meta[name="description"]')).toBe(claim.summary);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    expect(canonical).toMatch(new RegExp(`^https?://[^/]+/claims/${SLUG}$`));
    expect(await meta('meta[property="og:url"]')).toBe(canonical);
    expect(await meta('meta[property="og:title"]')).toBe(claim.title);
    expect(await meta('meta[property="og:type"]')).toBe("article");
    expect(await meta('meta[name="twitter:card"]')).toBe("summary_large_image");
    const image = await meta('meta[property="og:image"]');
    expect(image).toMatch(new RegExp(`/claims/${SLUG}/opengraph-image`));
    await context.close();
  });

  it("serves its share image as a 1200×630 PNG", async () => {
    const res = await fetch(`${baseUrl()}/claims/${SLUG}/opengraph-image`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    const png = Buffer.from(await res.arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it("carries exactly one valid ClaimReview with the claim's verdict", async () => {
    const claim = site.claims.find((c) => c.slug === SLUG)!;
    const { page, context } = await open(browser(), `/claims/${SLUG}`);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const reviews = blocks.map((b) => JSON.parse(b)).filter((d) => d["@type"] === "ClaimReview");
    expect(reviews).toHaveLength(1);
    const ld = ClaimReview.parse(reviews[0]);
    expect(ld.reviewRating.alternateName).toBe("Mostly inaccurate");
    expect(ld.claimReviewed).toBe(claim.claimReviewed);
    expect(ld.dateModified).toBe(claim.reviewed);
    await context.close();
  });

  it("copies its link with the copy button", async () => {
    const { page, context } = await open(browser(), `/claims/${SLUG}`);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl() });
    await page.getByRole("button", { name: "Copy link" }).click();
    // Copying is asynchronous: wait for the confirmation rather than racing it.
    await page.getByText("Copied.").first().waitFor({ timeout: 5000 });
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.getByLabel("Link to this claim").inputValue());
    await context.close();
  });

  it("says so, and leaves the link selectable, when the browser refuses to copy", async () => {
    const { page, context } = await open(browser(), `/claims/${SLUG}`);
    await page.evaluate(() => {
      Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new Error("denied")) } });
    });
    await page.getByRole("button", { name: "Copy link" }).click();
    await page
      .getByText(/blocked copying/)
      .first()
      .waitFor({ timeout: 5000 });
    const field = page.getByLabel("Link to this claim");
    await field.focus();
    expect(await field.evaluate((el: HTMLInputElement) => el.selectionEnd! - el.selectionStart!)).toBe((await field.inputValue()).length);
    await context.close();
  });

  it("offers Chicago, MLA, APA and BibTeX citations with the review date and URL", async () => {
    const { page, context } = await open(browser(), `/claims/${SLUG}`);
    const cite = page.getByRole("region", { name: "Share and cite" });
    const text = await cite.innerText();
    for (const style of ["Chicago", "MLA", "APA", "BibTeX"]) expect(text).toContain(style);
    expect(text).toContain("Last modified November 23, 2026");
    expect(text).toContain(`@misc{reelvsrecord:${SLUG},`);
    await context.close();
  });
});

describe("the film page", () => {
  it("carries a schema.org Movie", async () => {
    const { page, context } = await open(browser(), "/films/the-death-of-stalin");
    const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((b) => JSON.parse(b));
    const movie = blocks.find((b) => b["@type"] === "Movie");
    expect(movie).toMatchObject({ name: "The Death of Stalin", dateCreated: "2017", duration: "PT107M" });
    expect(movie.director).toEqual([{ "@type": "Person", name: "Armando Iannucci" }]);
    await context.close();
  });
});

describe("site-wide files", () => {
  it("publishes every claim as JSON and CSV", async () => {
    const json = await (await fetch(`${baseUrl()}/data/claims.json`)).json();
    expect(json.schemaVersion).toBeTruthy();
    expect(json.claims.map((c: { slug: string }) => c.slug).sort()).toEqual(site.claims.map((c) => c.slug).sort());
    const csv = await (await fetch(`${baseUrl()}/data/claims.csv`)).text();
    expect(csv.trimEnd().split("\r\n")).toHaveLength(site.claims.length + 1);
  });

  it("has a valid Atom feed of changes, a sitemap of every claim and a robots.txt", async () => {
    const feed = await (await fetch(`${baseUrl()}/changes.xml`)).text();
    expect(XMLValidator.validate(feed)).toBe(true);
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    const sitemap = await (await fetch(`${baseUrl()}/sitemap.xml`)).text();
    expect(XMLValidator.validate(sitemap)).toBe(true);
    for (const c of site.claims) expect(sitemap).toContain(`/claims/${c.slug}</loc>`);
    const robots = await (await fetch(`${baseUrl()}/robots.txt`)).text();
    expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
  });
});
