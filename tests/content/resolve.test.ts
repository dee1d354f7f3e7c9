import { afterAll, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { filmsInOrder, resolveClaim, resolveEvent, resolveFilm, resolvePerson } from "@/lib/content/resolve";
import { compression, layoutConnectors } from "@/lib/timeline/layout";
import { timelineScenes } from "@/lib/timeline/scenes";
import { tallyVerdicts } from "@/lib/claims/tally";
import { makeTree, removeTree } from "./fixture-tree";

// The good tree plus a minimal third film: no story dates, one claim, a
// person the first film also casts, and an event both films' claims name.
const root = makeTree("third-film");
afterAll(() => removeTree(root));
const site = await loadContent(root, { compile: false });

describe("films", () => {
  it("are ordered by year, then title, never by folder name", () => {
    // "test-film" (2020) sorts after "third-film" alphabetically too; the year decides.
    expect(filmsInOrder(site).map((f) => f.id)).toEqual(["third-film", "test-film"]);
    expect(site.claims.map((c) => c.slug)).toEqual(["third-claim", "first-claim", "second-claim"]);
  });

  it("resolve to their scenes, their own claims and numbered credit sources", () => {
    const film = resolveFilm(site, "third-film");
    expect(film?.scenes.map((s) => s.id)).toEqual(["third-only-scene"]);
    expect(film?.claims.map((c) => c.slug)).toEqual(["third-claim"]);
    expect(film?.refs).toEqual([{ n: 1, source: expect.objectContaining({ id: "doc-a", tier: "primary" }), at: undefined }]);
    expect(film?.events.map((e) => e.id)).toEqual(["the-event"]);
    expect(resolveFilm(site, "no-such-film")).toBeUndefined();
  });

  it("without story dates still get a scorecard and timeline connectors, and no compression", () => {
    const film = resolveFilm(site, "third-film");
    if (!film) throw new Error("fixture film missing");
    const scenes = timelineScenes(film.scenes);
    expect(compression(film.claims, scenes)).toBeNull();
    expect(layoutConnectors(film.claims, scenes, film.runtimeMinutes).map((c) => [c.slug, c.gap])).toEqual([["third-claim", null]]);
    expect(tallyVerdicts(film.claims).find((t) => t.verdict === "mixed")?.count).toBe(1);
  });
});

describe("a resolved claim", () => {
  it("carries its own film, scene, people, numbered sources and events", () => {
    const claim = site.claims.find((c) => c.slug === "third-claim");
    if (!claim) throw new Error("fixture claim missing");
    const r = resolveClaim(site, claim);
    expect(r.filmInfo).toMatchObject({ id: "third-film", title: "Third Picture", year: 1991 });
    expect(r.filmInfo.scenes).toHaveLength(1);
    expect(r.sceneInfo.title).toBe("The only scene");
    expect(r.people.map((p) => p.name)).toEqual(["Person Alpha"]);
    expect(r.refs.map((x) => [x.n, x.source.id])).toEqual([
      [1, "doc-a"],
      [2, "web-c"],
    ]);
    expect(r.eventList.map((e) => e.title)).toEqual(["The event"]);
  });
});

describe("a resolved person", () => {
  it("has a portrayal per film that casts them, with the claim judging it where there is one", () => {
    const alpha = resolvePerson(site, "alpha");
    expect(alpha?.portrayals.map((p) => [p.film.id, p.actor, p.verdictClaim?.slug])).toEqual([
      ["third-film", "Another Actor", "third-claim"],
      ["test-film", "An Actor", undefined],
    ]);
  });

  it("has their claims grouped by film, films in order, and the events they are part of", () => {
    const alpha = resolvePerson(site, "alpha");
    expect(alpha?.claimsByFilm.map((g) => [g.film.id, g.claims.map((c) => c.slug)])).toEqual([
      ["third-film", ["third-claim"]],
      ["test-film", ["first-claim", "second-claim"]],
    ]);
    expect(alpha?.events.map((e) => e.id)).toEqual(["the-event"]);
    expect(resolvePerson(site, "beta")?.portrayals).toEqual([]);
    expect(resolvePerson(site, "nobody")).toBeUndefined();
  });
});

describe("a resolved event", () => {
  it("numbers its sources once and cites them by number in the record and the counts", () => {
    const e = resolveEvent(site, "the-event");
    expect(e?.refs.map((r) => [r.n, r.source.id, r.at])).toEqual([
      [1, "doc-a", undefined],
      [2, "book-b", "p. 12"],
    ]);
    expect(e?.record[0].cites).toEqual([
      { n: 1, at: undefined },
      { n: 2, at: "p. 12" },
    ]);
    expect(e?.counts[0]).toMatchObject({ label: "people present", min: 3, max: 5, cites: [{ n: 2, at: undefined }] });
    expect(e?.people.map((p) => [p.person.name, p.role])).toEqual([["Person Alpha", "was there"]]);
  });

  it("shows how each film tells it, by the claims that name it, films in order", () => {
    const e = resolveEvent(site, "the-event");
    expect(e?.tellings.map((t) => [t.film.title, t.claims.map((c) => c.slug)])).toEqual([
      ["Third Picture", ["third-claim"]],
      ["Test Film", ["first-claim"]],
    ]);
    expect(resolveEvent(site, "no-such-event")).toBeUndefined();
  });
});
