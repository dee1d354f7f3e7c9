import { describe, expect, it } from "vitest";
import { highlight } from "@/lib/claims/highlight";
import { buildSearch, searchClaims, type SearchDoc } from "@/lib/claims/search";

const DOCS: SearchDoc[] = [
  {
    slug: "trial",
    title: "Beria is tried and shot",
    summary: "Six months later.",
    body: "Shot by Colonel-General Pavel Batitsky on 23 December.",
    people: "Lavrentiy Beria",
  },
  {
    slug: "funeral",
    title: "Khrushchev runs the funeral",
    summary: "He chaired the commission.",
    body: "The funeral commission of 5 March.",
    people: "Nikita Khrushchev",
  },
  {
    slug: "polina",
    title: "Polina comes home",
    summary: "Released in March 1953.",
    body: "Beria freed Polina Zhemchuzhina.",
    people: "Polina Zhemchuzhina Vyacheslav Molotov",
  },
];

describe("searchClaims", () => {
  const ms = buildSearch(DOCS);
  it("finds a claim by a word in its record text", () => {
    expect(searchClaims(ms, "Batitsky").map((h) => h.slug)).toEqual(["trial"]);
  });
  it("tolerates a small typo", () => {
    expect(searchClaims(ms, "Batitski").map((h) => h.slug)).toEqual(["trial"]);
  });
  it("matches prefixes as the reader types", () => {
    expect(searchClaims(ms, "khrush").map((h) => h.slug)).toEqual(["funeral"]);
  });
  it("ranks a title match above a body mention", () => {
    expect(searchClaims(ms, "Beria").map((h) => h.slug)[0]).toBe("trial");
  });
  it("requires every word", () => {
    expect(searchClaims(ms, "Beria funeral")).toEqual([]);
    expect(searchClaims(ms, "   ")).toEqual([]);
  });
});

describe("highlight", () => {
  it("marks matched words where they start, whatever their case", () => {
    expect(highlight("Beria is tried; BERIA is shot", ["beria"])).toEqual([
      { text: "Beria", mark: true },
      { text: " is tried; ", mark: false },
      { text: "BERIA", mark: true },
      { text: " is shot", mark: false },
    ]);
  });
  it("marks a prefix match and ignores matches inside words", () => {
    expect(highlight("Khrushchev and Bulganin", ["khrush"])).toEqual([
      { text: "Khrush", mark: true },
      { text: "chev and Bulganin", mark: false },
    ]);
    expect(highlight("Siberia", ["beria"])).toEqual([{ text: "Siberia", mark: false }]);
  });
  it("matches across accents", () => {
    expect(highlight("Žukov", ["zukov"])).toEqual([{ text: "Žukov", mark: true }]);
  });
});

describe("search across films", () => {
  it("finds a claim by its film's title, and narrows a word to one film", () => {
    const ms = buildSearch([
      { slug: "a", title: "The funeral crush", summary: "", body: "", people: "", film: "First Picture" },
      { slug: "b", title: "The funeral crush again", summary: "", body: "", people: "", film: "Second Picture" },
    ]);
    expect(
      searchClaims(ms, "funeral")
        .map((h) => h.slug)
        .sort(),
    ).toEqual(["a", "b"]);
    expect(searchClaims(ms, "funeral second").map((h) => h.slug)).toEqual(["b"]);
  });
});
