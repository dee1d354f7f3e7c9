import { describe, expect, it } from "vitest";
import {
  EMPTY_FILTER,
  FACETS,
  applyFilter,
  buildFacetIndex,
  facetCounts,
  filterWithIndex,
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
      new URLSearchParams({ character: "<script>alert(1)</script>", verdict: "true-ish", liberty: "compressed", scene: "../../etc", sort: "random" }),
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
    expect(Object.fromEntries(facetCounts(ITEMS, { ...EMPTY_FILTER, character: ["malenkov", "beria"] }, "film"))).toEqual({
      "first-film": 2,
      "second-film": 1,
    });
  });
});

describe("toggle", () => {
  it("adds and removes a value, keeping vocabulary order", () => {
    const on = toggle(toggle(EMPTY_FILTER, "character", "malenkov", vocab.characters), "character", "beria", vocab.characters);
    expect(on.character).toEqual(["beria", "malenkov"]);
    expect(toggle(on, "character", "beria", vocab.characters).character).toEqual(["malenkov"]);
  });
});

describe("the facet index (bitsets)", () => {
  // More claims than one 32-bit word, with every facet varied, so word edges and ORs are exercised.
  const verdicts = ["accurate", "mostly-accurate", "mixed", "mostly-inaccurate", "invented", "unproven"] as const;
  const many: ClaimIndexItem[] = Array.from({ length: 101 }, (_, i) =>
    item(`c${i}`, {
      order: i,
      verdict: verdicts[i % 6],
      characters: vocab.characters.filter((_, k) => (i >> k) & 1),
      liberties: i % 5 === 0 ? [] : i % 5 === 1 ? ["compressed"] : ["invented", "relocated"],
      scene: vocab.scenes[i % 3],
    }),
  );
  const index = buildFacetIndex(many);
  const filters = [
    EMPTY_FILTER,
    { ...EMPTY_FILTER, verdict: ["mixed"] },
    { ...EMPTY_FILTER, verdict: ["mixed", "invented"], character: ["beria"] },
    { ...EMPTY_FILTER, character: ["khrushchev", "malenkov"], liberty: ["invented"], scene: ["funeral", "arrest"] },
    { ...EMPTY_FILTER, liberty: ["omitted"] },
  ];
  const searches = [undefined, ["c7", "c40", "c99", "c3", "c64"]];

  it("shows the same claims, in the same order, as checking each claim", () => {
    for (const f of filters)
      for (const m of searches) {
        const slow = applyFilter(many, f, m).map((c) => c.slug);
        const fast = filterWithIndex(
          index,
          f,
          m?.map((s) => many.findIndex((c) => c.slug === s)),
        ).shown.map((i) => many[i].slug);
        expect(fast).toEqual(slow);
      }
  });

  it("gives every box the same count as checking each claim", () => {
    for (const f of filters)
      for (const m of searches) {
        const { counts } = filterWithIndex(
          index,
          f,
          m?.map((s) => many.findIndex((c) => c.slug === s)),
        );
        for (const facet of FACETS) expect(Object.fromEntries(counts[facet])).toEqual(Object.fromEntries(facetCounts(many, f, facet, m)));
      }
  });

  it("finds nothing for a value no claim has, and everything for no filter", () => {
    expect(filterWithIndex(index, { ...EMPTY_FILTER, liberty: ["omitted"] }).shown).toEqual([]);
    expect(filterWithIndex(index, EMPTY_FILTER).shown).toHaveLength(101);
  });
});
