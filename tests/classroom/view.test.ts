import { describe, expect, it } from "vitest";
import { describeView, isNarrowed, parseView, selectItems, viewToQuery } from "@/lib/classroom/view";
import { ITEMS, VOCAB } from "./fixture";

const view = (q: string) => parseView(new URLSearchParams(q), VOCAB);
const slugs = (q: string) => selectItems(ITEMS, view(q)).map((i) => i.slug);

describe("classroom views", () => {
  it("reads the film as well as /claims's parameters, and drops unknown ids", () => {
    const v = view("film=film-b&film=nope&character=alpha,zeta&verdict=invented&seed=ab12");
    expect(v.film).toEqual(["film-b"]);
    expect(v.filter.character).toEqual(["alpha"]);
    expect(v.filter.verdict).toEqual(["invented"]);
    expect(v.seed).toBe("ab12");
  });

  it("ignores a seed that is not one of ours", () => {
    expect(view("seed=<script>").seed).toBe("");
    expect(view(`seed=${"a".repeat(20)}`).seed).toBe("");
  });

  it("filters by film", () => {
    expect(slugs("film=film-a")).toEqual(["a1", "a2", "a3"]);
    expect(slugs("film=film-b")).toEqual(["b1", "b2"]);
    expect(slugs("")).toEqual(["a1", "a2", "a3", "b1", "b2"]);
  });

  it("combines film and character, AND across them", () => {
    expect(slugs("film=film-b&character=alpha")).toEqual(["b1"]);
    expect(slugs("character=alpha")).toEqual(["a1", "a2", "b1"]);
  });

  it("writes a canonical query that reads back to the same view", () => {
    const v = view("seed=x9&character=beta&film=film-a&verdict=mixed");
    expect(viewToQuery(v)).toBe("?film=film-a&character=beta&verdict=mixed&seed=x9");
    expect(view(viewToQuery(v).slice(1))).toEqual(v);
    expect(viewToQuery(view(""))).toBe("");
    expect(isNarrowed(view(""))).toBe(false);
    expect(isNarrowed(view("film=film-a"))).toBe(true);
  });

  it("says what a view holds in words", () => {
    const labels = { films: { "film-a": "Film A" }, characters: { alpha: "Ann Alpha", beta: "Bob Beta" }, scenes: {} };
    expect(describeView(view("film=film-a&character=alpha&verdict=invented,mixed"), labels)).toEqual([
      "Film: Film A",
      "Person: Ann Alpha",
      "Verdict: Mixed, Invented",
    ]);
    expect(describeView(view("character=alpha&character=beta"), labels)).toEqual(["People: Ann Alpha, Bob Beta"]);
    expect(describeView(view(""), labels)).toEqual([]);
  });
});
