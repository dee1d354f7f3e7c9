import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { baseUrl, open, sharedBrowser } from "./browser";

const browser = sharedBrowser();

type OpenClaim = { slug: string; title: string; verdict: string; people: string[] };

async function claimsAbout(person: string): Promise<OpenClaim[]> {
  const data = (await (await fetch(`${baseUrl()}/data/claims.json`)).json()) as { claims: OpenClaim[] };
  return data.claims.filter((c) => c.people.includes(person));
}

/** The text of each page of a PDF, in order. */
async function pdfPages(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, useSystemFonts: true }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((t) => ("str" in t ? t.str + (t.hasEOL ? "\n" : "") : "")).join(""));
  }
  return pages.map((p) => p.replace(/\s+/g, " "));
}

describe("the quiz", () => {
  it("asks one question at a time, keeps score and ends with a link to the same quiz", async () => {
    const expected = (await claimsAbout("vasily-stalin")).filter((c) => c.verdict !== "unproven");
    const right = expected.filter((c) => c.verdict === "accurate" || c.verdict === "mostly-accurate").length;
    const { page, context } = await open(browser(), "/quiz?character=vasily-stalin");
    await page.getByText(`Question 1 of ${expected.length}`).waitFor();
    expect(await page.getByText("Person: Vasily Stalin").isVisible()).toBe(true);
    for (let i = 0; i < expected.length; i++) {
      await page.getByText(`Question ${i + 1} of ${expected.length}`).waitFor();
      const title = await page.getByRole("heading", { level: 2 }).innerText();
      expect(expected.map((c) => c.title)).toContain(title);
      await page.getByRole("radio", { name: "True to the record" }).check();
      await page.getByRole("button", { name: "Check answer" }).click();
      // The verdict, the reason and the claim follow the answer.
      expect(await page.getByRole("link", { name: "Read the claim and its sources" }).isVisible()).toBe(true);
      await page.getByRole("button", { name: i + 1 < expected.length ? "Next question" : "See your score" }).click();
    }
    const score = page.getByRole("heading", { name: /Your score/ });
    expect(await score.innerText()).toBe(`Your score: ${right} of ${expected.length}`);
    const link = await page.getByRole("textbox", { name: /Send this quiz to a class/ }).inputValue();
    expect(new URL(link).pathname + new URL(link).search).toBe("/quiz?character=vasily-stalin");
    await context.close();
  });

  it("gives everyone the same order for one address, and shuffling puts its seed in the address", async () => {
    const first = async (path: string) => {
      const { page, context } = await open(browser(), path);
      await page.getByText(/^Question 1 of/).waitFor();
      const t = await page.getByRole("heading", { level: 2 }).innerText();
      await context.close();
      return t;
    };
    const film = await first("/quiz?character=beria");
    const a = await first("/quiz?character=beria&seed=class7");
    expect(await first("/quiz?character=beria&seed=class7")).toBe(a);
    const seeds = await Promise.all(["s1", "s2", "s3"].map((s) => first(`/quiz?character=beria&seed=${s}`)));
    // Shuffled orders differ from one seed to another and from film order.
    expect(new Set([film, a, ...seeds]).size).toBeGreaterThan(1);

    const { page, context } = await open(browser(), "/quiz?character=beria");
    await page.getByText(/^Question 1 of/).waitFor();
    await page.getByRole("button", { name: "Shuffle the questions" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("seed")).toMatch(/^[a-z0-9]{6}$/);
    expect(new URL(page.url()).searchParams.get("character")).toBe("beria");
    const shuffled = await page.getByRole("heading", { level: 2 }).innerText();
    expect(await first(new URL(page.url()).pathname + new URL(page.url()).search)).toBe(shuffled);
    await context.close();
  });

  it("shows every question with its answer behind a disclosure without JavaScript", async () => {
    const data = (await (await fetch(`${baseUrl()}/data/claims.json`)).json()) as { claims: OpenClaim[] };
    const askable = data.claims.filter((c) => c.verdict !== "unproven");
    const { page, context } = await open(browser(), "/quiz", { javaScriptEnabled: false });
    const questions = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2 }) });
    expect(await questions.count()).toBe(askable.length);
    const firstQ = questions.first();
    const answer = firstQ.getByText(/Our verdict/);
    expect(await answer.count()).toBe(1);
    expect(await answer.isVisible()).toBe(false);
    await firstQ.getByText("Show the answer").click();
    expect(await answer.isVisible()).toBe(true);
    expect(await firstQ.getByRole("link", { name: "Read the claim and its sources" }).isVisible()).toBe(true);
    await context.close();
  });

  it("fits a phone: nothing sideways, answers large enough to tap", async () => {
    const { page, context } = await open(browser(), "/quiz?character=malenkov", { width: 390 });
    await page.getByText(/^Question 1 of/).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const option = page.getByText("Partly true", { exact: true });
    const box = await option.locator("xpath=ancestor::label").boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await option.click();
    await page.getByRole("button", { name: "Check answer" }).click();
    await page.getByRole("button", { name: "Next question" }).click();
    await page.getByText(/^Question 2 of/).waitFor();
    expect(await page.getByRole("status").first().innerText()).toMatch(/Score: [01] of 1/);
    await context.close();
  });
});

describe("the worksheet", () => {
  it("prints to PDF with the questions first and the answer key on a later page, without the site's navigation", async () => {
    const claims = await claimsAbout("vasily-stalin");
    const { page, context } = await open(browser(), "/worksheet?character=vasily-stalin");
    await page.locator('[data-worksheet="ready"]').waitFor();
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toContain("Vasily Stalin");
    const pages = await pdfPages(await page.pdf({ format: "A4" }));
    const all = pages.join(" ");
    const norm = (s: string) => s.replace(/\s+/g, " ");
    const pageOf = (text: string) => pages.findIndex((p) => p.includes(norm(text)));
    // Every claim about him is a question, and nothing else is.
    for (const c of claims) expect(all).toContain(norm(c.title.slice(0, 40)));
    expect((all.match(/The film shows:/g) ?? []).length).toBe(claims.length);
    const lastQuestion = Math.max(...claims.map((c) => pageOf(c.title.slice(0, 40))));
    const key = pageOf("Answer key");
    expect(key).toBeGreaterThan(lastQuestion);
    expect(all).toMatch(/Name _+/);
    // Links print their address; navigation and buttons do not print.
    expect(all).toMatch(/\(https?:\/\/[^ )]+\/claims\/[a-z0-9-]+\)/);
    for (const text of ["Skip to content", "Timeline", "Bibliography", "Print worksheet", "Change the claims"]) expect(all).not.toContain(text);
    await context.close();
  });

  it("is reached from /claims with the view's filters, and from a character's page", async () => {
    const { page, context } = await open(browser(), "/claims?character=beria&verdict=invented");
    await page
      .getByRole("status")
      .filter({ hasText: /Showing/ })
      .waitFor();
    await expect.poll(() => page.getByRole("link", { name: "Print worksheet" }).getAttribute("href")).toBe("/worksheet?character=beria&verdict=invented");
    await page.goto(`${baseUrl()}/characters/beria`);
    expect(await page.getByRole("link", { name: "Print worksheet" }).getAttribute("href")).toBe("/worksheet?character=beria");
    await context.close();
  });
});

describe("a teacher", () => {
  it("goes from the home page to a worksheet on one person and a quiz link for the class", async () => {
    const { page, context } = await open(browser(), "/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Classroom" }).click();
    await page.getByRole("heading", { level: 1, name: "For teachers" }).waitFor();
    const sheet = page.getByRole("link", { name: /^Worksheet on / }).first();
    const person = (await sheet.innerText()).replace(/^Worksheet on /, "");
    await sheet.click();
    await page.locator('[data-worksheet="ready"]').waitFor();
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toContain(person);
    expect(await page.getByRole("heading", { name: "Answer key" }).isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Print worksheet" }).isVisible()).toBe(true);

    await page.goBack();
    await page.getByRole("link", { name: `Quiz on ${person}` }).click();
    await page.getByText(/^Question 1 of/).waitFor();
    await page.getByText("Send this quiz to a class").first().click();
    const link = await page.getByRole("textbox", { name: /Send this quiz to a class/ }).inputValue();
    expect(link).toBe(page.url());
    await context.close();
  });
});

describe("who's who and key dates", () => {
  it("lists every person by surname, with the actor who plays them", async () => {
    const { page, context } = await open(browser(), "/characters");
    const names = await page.getByRole("heading", { level: 2 }).allInnerTexts();
    const surnames = names.map((n) => n.split(" ").at(-1)!);
    expect(surnames).toEqual([...surnames].sort((a, b) => a.localeCompare(b)));
    expect(names.length).toBeGreaterThanOrEqual(10);
    // Beria is in both films: both actors, each with their film.
    const beria = await page.getByRole("article").filter({ hasText: "Lavrentiy Beria" }).innerText();
    expect(beria).toMatch(/Played by .*Bob Hoskins in The Inner Circle \(1991\)/);
    expect(beria).toMatch(/Simon Russell Beale in The Death of Stalin \(2017\)/);
    await context.close();
  });

  it("shows one person's dates on ?character=, grouped by year, and every date without JavaScript", async () => {
    const { page, context } = await open(browser(), "/dates?character=vasily-stalin");
    await page.locator('[data-dates="ready"]').waitFor();
    const years = await page.getByRole("heading", { level: 2 }).allInnerTexts();
    expect(years).toEqual([...years].sort());
    expect(years).toContain("1921");
    expect(await page.getByText("Vasily Stalin is born", { exact: false }).isVisible()).toBe(true);
    expect(await page.getByText("Lavrentiy Beria is born", { exact: false }).count()).toBe(0);
    await context.close();

    const off = await open(browser(), "/dates?character=vasily-stalin", { javaScriptEnabled: false });
    expect(await off.page.getByText("Lavrentiy Beria is born", { exact: false }).count()).toBe(1);
    expect(await off.page.getByText(/needs JavaScript/).isVisible()).toBe(true);
    await off.context.close();
  });
});

describe("print styles", () => {
  for (const path of ["/claims/beria-trial-and-execution", "/characters/beria", "/dates"]) {
    it(`${path} prints without navigation, on white, in dark mode too`, async () => {
      const { page, context } = await open(browser(), path, { colorScheme: "dark" });
      await page.emulateMedia({ media: "print", colorScheme: "dark" });
      expect(await page.getByRole("navigation", { name: "Main" }).isVisible()).toBe(false);
      expect(await page.locator("footer").isVisible()).toBe(false);
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe("rgb(255, 255, 255)");
      const ink = await page.evaluate(() => getComputedStyle(document.querySelector("h1")!).color);
      expect(ink).toBe("rgb(0, 0, 0)");
      await context.close();
    });
  }
});
