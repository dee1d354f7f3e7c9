import { describe, expect, it } from "vitest";
import { claimReviewJsonLd, VERDICT_RATING } from "@/lib/structured-data/claim-review";
import { eventJsonLd } from "@/lib/structured-data/event";
import { movieJsonLd } from "@/lib/structured-data/movie";
import { personJsonLd } from "@/lib/structured-data/person";
import { sameAsPages } from "@/lib/structured-data/same-as";
import { websiteJsonLd } from "@/lib/structured-data/site";
import { jsonLdText } from "@/lib/structured-data/serialize";
import { structuredDataErrors } from "../support/structured-data-check";

const SITE = { name: "Reel vs Record", url: "https://reelvsrecord.example" };
// Plain data shaped like a film; the builders never read content themselves.
const film = {
  title: "A Film",
  year: 2017,
  url: "https://reelvsrecord.example/films/a-film",
  directors: ["Dee Rector"],
  writers: ["Dee Rector", "Ray Iter"],
  releases: [{ date: "2017-10-20" }, { date: "2017-09-08" }],
};
const other = { ...film, title: "Another Film", year: 1991, url: "https://reelvsrecord.example/films/another-film", releases: [{ date: "1991-12-25" }] };

function review(overrides: Partial<Parameters<typeof claimReviewJsonLd>[0]> = {}) {
  return claimReviewJsonLd({
    url: "https://reelvsrecord.example/claims/a-claim",
    claimReviewed: "Someone does something",
    verdict: "mostly-inaccurate",
    published: "2026-11-23",
    modified: "2026-11-25",
    site: SITE,
    film,
    scene: { title: "The scene", from: 90, to: 100 },
    ...overrides,
  });
}

describe("ClaimReview", () => {
  it("expands cleanly and uses only schema.org terms", async () => {
    expect(await structuredDataErrors(review())).toEqual([]);
  });

  it("puts the clip inside the claim's own film, not another", () => {
    const ld = review({ film: other });
    const item = ld.itemReviewed as unknown as { appearance: { "@type": string; name?: string; isPartOf?: { name: string; "@id": string } }[] };
    const clip = item.appearance.find((a) => a["@type"] === "MovieClip")!;
    expect(clip.isPartOf).toMatchObject({ name: "Another Film", "@id": "https://reelvsrecord.example/films/another-film#film" });
    expect(JSON.stringify(ld)).not.toContain("partOfMovie");
    // Minute marks are estimates: said in words, never as exact offsets.
    expect(clip).not.toHaveProperty("startOffset");
    expect((clip as { description?: string }).description).toMatch(/^Approximately minutes 90–100/);
  });

  it("names the film's makers as the claim's author and its first release as the claim's date", () => {
    const item = review().itemReviewed as unknown as { author: { name: string }[]; datePublished: string };
    expect(item.author.map((a) => a.name)).toEqual(["Dee Rector", "Ray Iter"]);
    expect(item.datePublished).toBe("2017-09-08");
  });

  it("states the claim in the claim's own short words", () => {
    expect(review().claimReviewed).toBe("Someone does something");
  });

  it("rates on the published 1–5 scale, and gives unproven a word but no number", async () => {
    expect(review().reviewRating).toEqual({ "@type": "Rating", ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: "Mostly inaccurate" });
    const unproven = review({ verdict: "unproven" });
    expect(unproven.reviewRating).toEqual({ "@type": "Rating", alternateName: "Unproven" });
    expect(await structuredDataErrors(unproven)).toEqual([]);
    const numbers = Object.values(VERDICT_RATING).filter((v) => v !== undefined);
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});

describe("Movie", () => {
  const ld = movieJsonLd({
    ...film,
    runtimeMinutes: 107,
    countries: ["France"],
    cast: [{ actor: "An Actor", role: "A Role" }],
    basedOn: {
      kind: "graphic-novel",
      title: "A Book",
      authors: [
        { name: "Wry Ter", role: "writer" },
        { name: "Art Ist", role: "artist" },
      ],
    },
    sameAs: ["https://en.wikipedia.org/wiki/A_Film"],
  });
  it("expands cleanly and uses only schema.org terms", async () => {
    expect(await structuredDataErrors(ld)).toEqual([]);
  });
  it("is based on a Book with its authors, not on a sentence", () => {
    expect(ld.isBasedOn).toMatchObject({
      "@type": "Book",
      name: "A Book",
      author: [{ "@type": "Person", name: "Wry Ter" }],
      illustrator: [{ "@type": "Person", name: "Art Ist" }],
      bookFormat: "https://schema.org/GraphicNovel",
    });
  });
});

describe("Person", () => {
  const sources = [
    { id: "wp-x", tier: "reference", title: "Ivan Example", url: "https://en.wikipedia.org/wiki/Ivan_Example" },
    { id: "wp-group", tier: "reference", title: "Some Group", url: "https://en.wikipedia.org/wiki/Some_Group" },
    { id: "book", tier: "scholarly", title: "Ivan Example", url: "https://publisher.example/ivan" },
  ];
  const person = { name: "Ivan Example", aka: ["Iwan Example"], sources: [{ id: "wp-x" }, { id: "wp-group" }, { id: "book" }] };
  it("is the same as the reference pages about them that we cite, and nothing else", () => {
    expect(sameAsPages(person, sources)).toEqual(["https://en.wikipedia.org/wiki/Ivan_Example"]);
  });
  it("expands cleanly and uses only schema.org terms", async () => {
    const ld = personJsonLd({
      url: "https://reelvsrecord.example/characters/x",
      ...person,
      born: "1899-03",
      died: "1953-12-23",
      diedPlace: "Moscow",
      description: "A person.",
      sameAs: sameAsPages(person, sources),
    });
    expect(await structuredDataErrors(ld)).toEqual([]);
    expect(ld).toMatchObject({ birthDate: "1899-03", sameAs: ["https://en.wikipedia.org/wiki/Ivan_Example"] });
  });
});

describe("Event", () => {
  const ld = eventJsonLd({
    url: "https://reelvsrecord.example/events/an-event",
    title: "An event",
    date: "1953-03-05",
    dateTo: "1953-03-09",
    place: "Somewhere",
    summary: "Something happened.",
    people: [{ name: "Ivan Example", url: "https://reelvsrecord.example/characters/x" }],
  });
  it("expands cleanly and uses only schema.org terms", async () => {
    expect(await structuredDataErrors(ld)).toEqual([]);
  });
  it("states the dates and the place the page gives", () => {
    expect(ld).toMatchObject({
      "@type": "Event",
      name: "An event",
      startDate: "1953-03-05",
      endDate: "1953-03-09",
      location: { "@type": "Place", name: "Somewhere" },
    });
    expect(eventJsonLd({ url: "u", title: "t", date: "1953", summary: "s" })).not.toHaveProperty("endDate");
  });
});

describe("WebSite", () => {
  it("names its publisher and points at the method as its publishing principles", async () => {
    const ld = websiteJsonLd({ ...SITE, description: "Films against the record." });
    expect(await structuredDataErrors(ld)).toEqual([]);
    expect(ld.publishingPrinciples).toBe("https://reelvsrecord.example/method");
    expect(ld.publisher).toMatchObject({ "@type": "Organization", publishingPrinciples: "https://reelvsrecord.example/method" });
  });
});

describe("the script text", () => {
  it("cannot close its script element", () => {
    expect(jsonLdText({ name: "</script><script>alert(1)</script>" })).not.toContain("<");
  });
});
