import { describe, expect, it } from "vitest";
import {
  EMPTY_FILTER,
  applyFilter,
  facetCounts,
  filterToQuery,
  parseFilter,
  toggle,
  type ClaimIndexItem,
} from "@/lib/claims/filter";

const vocab = { films: ["first-film", "second-film"], characters: ["beria", "khrushchev", "malenkov"], scenes: ["opening", "funeral", "arrest"] };

const item = (slug: string, o: Partial<ClaimIndexItem>): ClaimIndexItem => ({
  slug,
  title: slug,
  summary: "",
  verdict: "accurate",
  liberties: [],
  characters: [],
  film: "first-film",
  scene: "opening",
  order: 0,
  ...o,
});

const ITEMS: ClaimIndexItem[] = [
  item("a", { order: 0, verdict: "mixed", characters: ["beria"], liberties: ["compressed"], scene: "opening" }),
  item("b", { order: 1, verdict: "mostly-inaccurate", characters: ["beria", "khrushchev"], liberties: ["compressed", "invented"], scene: "arrest" }),
  item("c", { order: 2, verdict: "accurate", characters: ["khrushchev"], scene: "funeral" }),
  item("d", { order: 3, verdict: "invented", characters: ["malenkov"], liberties: ["invented"], scene: "funeral", film: "second-film" }),
];

describe("parseFilter", () => {
  it("reads repeated parameters and comma lists, in vocabulary order", () => {
    const f = parseFilter(new URLSearchParams("character=malenkov&character=beria&verdict=invented,mixed&sort=verdict"), vocab);
    expect(f.character).toEqual(["beria", "malenkov"]);
    expect(f.verdict).toEqual(["mixed", "invented"]);
    expect(f.sort).toBe("verdict");
  });

  it("drops unknown and hostile values instead of echoing them", () => {
    const f = parseFilter(
      new URLSearchParams({ character: '<script>alert(1)</script>', verdict: "true-ish", liberty: "compressed", scene: "../../etc", sort: "random" }),
      vocab,
    );
    expect(f).toEqual({ ...EMPTY_FILTER, liberty: ["compressed"] });
  });

  it("normalises case and whitespace, and caps the search text", () => {
    const f = parseFilter(new URLSearchParams({ verdict: " Mostly-Inaccurate ", q: `  beria   trial ${"x".repeat(200)}` }), vocab);
    expect(f.verdict).toEqual(["mostly-inaccurate"]);
    expect(f.q.startsWith("beria trial x")).toBe(true);
    expect(f.q.length).toBe(100);
  });

  it("reads the film facet and drops films it does not know", () => {
    expect(parseFilter(new URLSearchParams("film=second-film,no-such-film"), vocab).film).toEqual(["second-film"]);
    expect(filterToQuery({ ...EMPTY_FILTER, film: ["second-film"] })).toBe("?film=second-film");
  });

  it("round-trips through the query string", () => {
    const f = { ...EMPTY_FILTER, character: ["beria"], verdict: ["mostly-inaccurate" as const], q: "trial", sort: "verdict" as const };
    const q = filterToQuery(f);
    expect(q).toBe("?character=beria&verdict=mostly-inaccurate&q=trial&sort=verdict");
    expect(parseFilter(new URLSearchParams(q), vocab)).toEqual(f);
    expect(filterToQuery(EMPTY_FILTER)).toBe("");
  });
});

describe("applyFilter", () => {
  const slugs = (f: Partial<typeof EMPTY_FILTER>, matches?: string[]) => applyFilter(ITEMS, { ...EMPTY_FILTER, ...f }, matches).map((i) => i.slug);

  it("keeps everything when nothing is chosen, in film order", () => {
    expect(slugs({})).toEqual(["a", "b", "c", "d"]);
  });
  it("ORs values within a facet", () => {
    expect(slugs({ character: ["beria", "malenkov"] })).toEqual(["a", "b", "d"]);
  });
  it("ANDs across facets", () => {
    expect(slugs({ character: ["beria"], verdict: ["mostly-inaccurate"] })).toEqual(["b"]);
    expect(slugs({ character: ["khrushchev"], liberty: ["invented"], scene: ["funeral"] })).toEqual([]);
  });
  it("intersects with search matches", () => {
    expect(slugs({ character: ["beria", "khrushchev"] }, ["c", "a"])).toEqual(["a", "c"]);
    expect(slugs({}, [])).toEqual([]);
  });
  it("narrows to one film, or several, and combines the film with other facets", () => {
    expect(slugs({ film: ["second-film"] })).toEqual(["d"]);
    expect(slugs({ film: ["first-film"] })).toEqual(["a", "b", "c"]);
    expect(slugs({ film: ["first-film", "second-film"], character: ["malenkov", "khrushchev"] })).toEqual(["b", "c", "d"]);
    expect(slugs({ film: ["first-film"], verdict: ["invented"] })).toEqual([]);
  });
  it("sorts by verdict, most accurate first, film order within a verdict", () => {
    expect(slugs({ sort: "verdict" })).toEqual(["c", "a", "b", "d"]);
  });
});

describe("facetCounts", () => {
  it("counts each option as if it were ticked, given the other facets", () => {
    const f = { ...EMPTY_FILTER, character: ["beria"], verdict: ["mixed"] };
    // Characters ignore the character facet itself but respect the verdict.
    expect(Object.fromEntries(facetCounts(ITEMS, f, "character"))).toEqual({ beria: 1 });
    // Verdicts ignore the verdict facet but respect the character.
    expect(Object.fromEntries(facetCounts(ITEMS, f, "verdict"))).toEqual({ mixed: 1, "mostly-inaccurate": 1 });
    expect(Object.fromEntries(facetCounts(ITEMS, EMPTY_FILTER, "liberty"))).toEqual({ compressed: 2, invented: 2 });
    expect(Object.fromEntries(facetCounts(ITEMS, { ...EMPTY_FILTER, character: ["malenkov", "beria"] }, "film"))).toEqual({ "first-film": 2, "second-film": 1 });
  });
});

describe("toggle", () => {
  it("adds and removes a value, keeping vocabulary order", () => {
    const on = toggle(toggle(EMPTY_FILTER, "character", "malenkov", vocab.characters), "character", "beria", vocab.characters);
    expect(on.character).toEqual(["beria", "malenkov"]);
    expect(toggle(on, "character", "beria", vocab.characters).character).toEqual(["malenkov"]);
  });
});
