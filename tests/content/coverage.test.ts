import { describe, expect, it } from "vitest";
import { isRealDate } from "@/lib/content/schema";
import { loadContent } from "@/lib/content/load";

// Issue 3's coverage rules, checked against the real content.
const site = await loadContent("content", { compile: false });
const MAIN_CHARACTERS = [
  "stalin",
  "beria",
  "khrushchev",
  "malenkov",
  "molotov",
  "zhukov",
  "vasily-stalin",
  "svetlana-alliluyeva",
  "kaganovich",
  "mikoyan",
  "bulganin",
  "maria-yudina",
  "polina-zhemchuzhina",
];

describe("coverage of the content", () => {
  it("covers the research notes: at least 45 claims", () => {
    expect(site.claims.length).toBeGreaterThanOrEqual(45);
  });

  it("gives every scene of every film at least one claim", () => {
    const empty = site.films.flatMap((film) =>
      (site.scenes.get(film.id) ?? []).filter((s) => !site.claims.some((c) => c.film === film.id && c.scene === s.id)).map((s) => `${film.id}/${s.id}`),
    );
    expect(empty).toEqual([]);
  });

  it("tags every main character on at least one claim, and gives each a person page", () => {
    const untagged = MAIN_CHARACTERS.filter((id) => !site.claims.some((c) => c.characters.includes(id)));
    expect(untagged).toEqual([]);
    expect(MAIN_CHARACTERS.filter((id) => !site.people.some((p) => p.id === id))).toEqual([]);
  });

  it("cites every source file from at least one claim, event, person or film, or assesses it under What others said", () => {
    const cited = new Set([
      ...[...site.claims, ...site.events, ...site.people, ...site.films].flatMap((x) => x.sources.map((s) => s.id)),
      ...site.claims.flatMap((c) => c.assessments.map((a) => a.source)),
    ]);
    expect(site.sources.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  it("gives every claim two sources, one of them primary or scholarly", () => {
    const tiers = new Map(site.sources.map((s) => [s.id, s.tier]));
    const weak = site.claims.filter((c) => c.sources.length < 2 || !c.sources.some((s) => ["primary", "scholarly"].includes(tiers.get(s.id)!)));
    expect(weak.map((c) => c.slug)).toEqual([]);
  });

  it("uses only real calendar dates in claims and releases", () => {
    const dates = [...site.claims.flatMap((c) => [...c.dates.map((d) => d.date), c.reviewed]), ...site.films.flatMap((f) => f.releases.map((r) => r.date))];
    expect(dates.filter((d) => !isRealDate(d))).toEqual([]);
  });

  it("shows a disagreement wherever the notes record one", () => {
    const disputed = ["khrushchev-character", "crush-death-toll", "stroke-time-and-place", "polina-arrest-and-release", "yudina-concert-rerecording"];
    for (const slug of disputed) {
      const claim = site.claims.find((c) => c.slug === slug);
      expect(claim, slug).toBeDefined();
      expect(claim!.text.disagree.length, slug).toBeGreaterThan(50);
    }
  });

  it("cites no mirror, repost or placeholder anywhere", () => {
    const banned =
      /wikisum|kiddle|peoplepill|findatwiki|clateway|wiki7|scenephrases|vidipedia|stardestroyer|globaltimeline|stockq|kiwix|pressreader|readli|mybooks\.club|litmir|livelib|altsci|liquisearch|example\.(com|org)/i;
    expect(site.sources.filter((s) => s.url && banned.test(s.url)).map((s) => s.id)).toEqual([]);
  });
});
