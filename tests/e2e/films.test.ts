import AxeBuilder from "@axe-core/playwright";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { open, sharedBrowser } from "./browser";

// One record, many films: what a reader sees when two films share people and events.
const browser = sharedBrowser();
const site = await loadContent("content", { compile: false });

const filmTitle = (id: string) => site.films.find((f) => f.id === id)?.title ?? id;
/** People cast in two or more films, most films first. */
const sharedPeople = site.people.filter((p) => site.films.filter((f) => f.cast.some((m) => m.person === p.id)).length >= 2);
/** Events named by claims of two or more films. */
const sharedEvents = site.events.filter((e) => new Set(site.claims.filter((c) => c.events.includes(e.id)).map((c) => c.film)).size >= 2);

describe("the home page", () => {
  it("lists every film with its own scorecard, and the overall scorecard", async () => {
    const { page, context } = await open(browser(), "/");
    const films = page.getByRole("region", { name: "The films" });
    for (const film of site.films) {
      const n = site.claims.filter((c) => c.film === film.id).length;
      expect(await films.getByRole("heading", { name: `${film.title} (${film.year})` }).isVisible()).toBe(true);
      expect(await films.getByText(new RegExp(`^Verdicts on ${n} claims?,`)).isVisible()).toBe(true);
    }
    expect(await page.getByText(`Verdicts on ${site.claims.length} claims from ${site.films.length} films`, { exact: false }).isVisible()).toBe(true);
    await context.close();
  });
});

describe("a person in more than one film", () => {
  it("shows each film's portrayal side by side, and their claims grouped by film", async () => {
    expect(sharedPeople.length, "no person is cast in two films").toBeGreaterThan(0);
    const person = sharedPeople[0];
    const { page, context } = await open(browser(), `/characters/${person.id}`);
    const side = page.getByRole("region", { name: /films, side by side/ });
    for (const film of site.films.filter((f) => f.cast.some((m) => m.person === person.id))) {
      const cast = film.cast.find((m) => m.person === person.id);
      const card = side.getByRole("listitem").filter({ has: page.getByRole("heading", { name: `${film.title} (${film.year})` }) });
      expect(await card.innerText()).toContain(`Played by ${cast?.actor}`);
      if (cast?.portrayal) {
        const verdictClaim = site.claims.find((c) => c.slug === cast.portrayal);
        expect(await card.getByRole("link", { name: verdictClaim?.summary }).getAttribute("href")).toBe(`/claims/${cast.portrayal}`);
      }
    }
    // Side by side on a desktop: the first two cards share a row.
    const boxes = await side.getByRole("listitem").evaluateAll((els) => els.slice(0, 2).map((e) => e.getBoundingClientRect().top));
    expect(Math.abs(boxes[0] - boxes[1])).toBeLessThan(2);

    const claims = page.getByRole("region", { name: /On screen against the record/ });
    const groups = await claims.getByRole("heading", { level: 3 }).allInnerTexts();
    const filmsWithClaims = site.films.filter((f) => site.claims.some((c) => c.film === f.id && c.characters.includes(person.id)));
    expect(groups.map((g) => g.replace(/ · .*/, ""))).toEqual(filmsWithClaims.map((f) => `In ${f.title} (${f.year})`));
    await context.close();
  });
});

describe("an event page", () => {
  it("gives the record once, with numbered sources, and links the claims of each film that tells it", async () => {
    expect(sharedEvents.length, "no event is told by two films").toBeGreaterThan(0);
    const event = sharedEvents[0];
    const { page, context } = await open(browser(), `/events/${event.id}`);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(event.title);
    const sources = page.getByRole("region", { name: "Sources" });
    expect(await sources.getByRole("listitem").count()).toBe(event.sources.length);
    // A citation in the record jumps to its numbered source.
    await page
      .getByRole("region", { name: "The record" })
      .getByRole("link", { name: /^Source 1:/ })
      .first()
      .click();
    await page.waitForURL(/#source-1$/);

    const told = page.getByRole("region", { name: "How the films tell it" });
    for (const claim of site.claims.filter((c) => c.events.includes(event.id))) {
      const film = told.getByRole("region", { name: new RegExp(`^${filmTitle(claim.film)}`) });
      expect(await film.getByRole("link", { name: claim.title }).getAttribute("href")).toBe(`/claims/${claim.slug}`);
    }
    await context.close();
  });

  it("has a title, description and share image of its own, and reads without JavaScript", async () => {
    const event = sharedEvents[0] ?? site.events[0];
    const { page, context } = await open(browser(), `/events/${event.id}`, { javaScriptEnabled: false });
    expect(await page.title()).toMatch(new RegExp(`^${event.title}, .* — Reel vs Record$`));
    expect(await page.locator('meta[name="description"]').getAttribute("content")).toContain(event.summary);
    expect(await page.locator('meta[property="og:image"]').getAttribute("content")).toMatch(new RegExp(`/events/${event.id}/opengraph-image`));
    expect(await page.getByRole("region", { name: "The record" }).isVisible()).toBe(true);
    await context.close();
  });

  it("is linked from each claim that names it, and the events list links every event", async () => {
    const claim = site.claims.find((c) => c.events.length > 0);
    expect(claim, "no claim names an event").toBeDefined();
    if (!claim) return;
    const { page, context } = await open(browser(), `/claims/${claim.slug}`);
    const first = site.events.find((e) => e.id === claim.events[0]);
    expect(await page.getByRole("link", { name: first?.title }).getAttribute("href")).toBe(`/events/${claim.events[0]}`);
    await page.goto(page.url().replace(/\/claims\/.*/, "/events"));
    for (const e of site.events) expect(await page.getByRole("link", { name: e.title, exact: true }).getAttribute("href")).toBe(`/events/${e.id}`);
    await context.close();
  });
});

describe("structured data names the claim's own film", () => {
  it("ClaimReview's itemReviewed is the Movie each claim comes from", async () => {
    for (const film of site.films) {
      const claim = site.claims.find((c) => c.film === film.id);
      if (!claim) continue;
      const { page, context } = await open(browser(), `/claims/${claim.slug}`);
      const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((b) => JSON.parse(b));
      const review = blocks.find((b) => b["@type"] === "ClaimReview");
      expect(review.itemReviewed.firstAppearance).toMatchObject({ "@type": "Movie", name: film.title, dateCreated: String(film.year) });
      await context.close();
    }
  });
});

describe("the new pages are accessible", () => {
  const paths = [
    "/films",
    "/events",
    ...site.films.map((f) => `/films/${f.id}`),
    ...sharedEvents.slice(0, 1).map((e) => `/events/${e.id}`),
    ...sharedPeople.slice(0, 1).map((p) => `/characters/${p.id}`),
  ];
  for (const path of paths) {
    for (const colorScheme of ["light", "dark"] as const) {
      it(`${path} (${colorScheme})`, async () => {
        const { page, context } = await open(browser(), path, { colorScheme });
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
  }
});
