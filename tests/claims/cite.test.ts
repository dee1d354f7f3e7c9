import { describe, expect, it } from "vitest";
import { apa, bibtex, chicago, mla } from "@/lib/claims/cite";
import { claimReviewJsonLd, shortClaim, VERDICT_RATING } from "@/lib/claims/claim-review";

const claim = {
  slug: "beria-trial-and-execution",
  title: "Beria is tried by his colleagues on the spot and shot the same day",
  reviewed: "2026-11-23",
  url: "https://reelvsrecord.example/claims/beria-trial-and-execution",
};

describe("citation strings", () => {
  it("Chicago", () => {
    expect(chicago(claim, "Reel vs Record")).toBe(
      "“Beria is tried by his colleagues on the spot and shot the same day.” Reel vs Record. Last modified November 23, 2026. https://reelvsrecord.example/claims/beria-trial-and-execution.",
    );
  });
  it("MLA", () => {
    expect(mla(claim, "Reel vs Record")).toBe(
      "“Beria is tried by his colleagues on the spot and shot the same day.” Reel vs Record, 23 Nov. 2026, reelvsrecord.example/claims/beria-trial-and-execution.",
    );
  });
  it("APA", () => {
    expect(apa(claim, "Reel vs Record")).toBe(
      "Reel vs Record. (2026, November 23). Beria is tried by his colleagues on the spot and shot the same day. https://reelvsrecord.example/claims/beria-trial-and-execution",
    );
  });
  it("BibTeX, escaping its special characters", () => {
    expect(bibtex(claim, "Reel vs Record")).toBe(
      [
        "@misc{reelvsrecord:beria-trial-and-execution,",
        "  author = {{Reel vs Record}},",
        "  title = {{Beria is tried by his colleagues on the spot and shot the same day}},",
        "  year = {2026},",
        "  month = nov,",
        "  note = {Last reviewed 2026-11-23},",
        "  url = {https://reelvsrecord.example/claims/beria-trial-and-execution},",
        "}",
      ].join("\n"),
    );
    expect(bibtex({ ...claim, title: "50% & more_{x}" }, "R&R")).toContain("title = {{50\\% \\& more\\_\\{x\\}}}");
  });
  it("does not double a title's own question mark", () => {
    expect(chicago({ ...claim, title: "Was Stalin poisoned?" }, "Reel vs Record")).toMatch(/^“Was Stalin poisoned\?” Reel/);
  });
});

describe("ClaimReview", () => {
  it("keeps claimReviewed under 75 characters, cut at a word", () => {
    expect(shortClaim("Short claim")).toBe("Short claim");
    const long = "Khrushchev countermands Beria's order halting trains into Moscow and the NKVD fires on the mourners";
    const s = shortClaim(long);
    expect(s.length).toBeLessThan(75);
    expect(s.endsWith("…")).toBe(true);
    expect(long.startsWith(s.slice(0, -1))).toBe(true);
  });
  it("maps every verdict into the published scale", () => {
    for (const v of Object.values(VERDICT_RATING)) {
      expect(v).toBeGreaterThanOrEqual(1);
      expect(v).toBeLessThanOrEqual(5);
    }
    const ld = claimReviewJsonLd({
      url: claim.url,
      title: claim.title,
      verdict: "mostly-inaccurate",
      published: "2026-11-23",
      modified: "2026-11-23",
      siteName: "Reel vs Record",
      siteUrl: "https://reelvsrecord.example",
      film: { title: "The Death of Stalin", year: 2017, directors: ["Armando Iannucci"], url: "https://reelvsrecord.example/films/the-death-of-stalin" },
      scene: { title: "Trial and execution", from: 90, to: 100 },
    });
    expect(ld.reviewRating).toEqual({ "@type": "Rating", ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: "Mostly inaccurate" });
    expect(ld.itemReviewed.appearance.map((a) => (a as { "@type": string })["@type"])).toEqual(["Movie", "Clip"]);
    // Minute marks are estimates: said in words, never as exact offsets.
    const clip = ld.itemReviewed.appearance[1] as Record<string, unknown>;
    expect(clip).not.toHaveProperty("startOffset");
    expect(clip.description).toMatch(/^Approximately minutes 90–100/);
  });
});
