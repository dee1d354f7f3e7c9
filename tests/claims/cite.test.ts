import { describe, expect, it } from "vitest";
import { apa, bibtex, chicago, mla } from "@/lib/claims/cite";

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
