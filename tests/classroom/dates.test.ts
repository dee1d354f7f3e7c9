import { describe, expect, it } from "vitest";
import { buildChronology, filterChronology, groupByYearMonth } from "@/lib/classroom/dates";

const input = {
  films: [
    { id: "film-a", cast: [{ person: "alpha", actor: "X", role: "A" }] },
    { id: "film-b", cast: [{ person: "gamma", actor: "Y", role: "G" }] },
  ],
  scenes: new Map([
    ["film-a", [{ id: "s1", order: 1, title: "Opening", act: "I", storyDate: "1953-03-01", minutes: { from: 0, to: 5, approximate: true as const } }]],
    ["film-b", [{ id: "t1", order: 1, title: "Start", act: "I", minutes: { from: 0, to: 5, approximate: true as const } }]],
  ]),
  people: [
    { id: "alpha", name: "Ann Alpha", born: "1899", died: "1953-03-05", diedPlace: "Moscow" },
    { id: "gamma", name: "Gil Gamma", born: "1901-04", died: "1970-01-02" },
  ],
  claims: [
    {
      slug: "a1",
      title: "A first",
      film: "film-a",
      scene: "s1",
      characters: ["alpha"],
      dates: [
        { date: "1953-03-05", label: "Alpha dies" },
        { date: "1953-03-01", label: "Night of the stroke" },
      ],
    },
    { slug: "a2", title: "A second", film: "film-a", scene: "s1", characters: ["alpha"], dates: [{ date: "1953-03-05", label: "Alpha dies" }] },
    { slug: "b1", title: "B first", film: "film-b", scene: "t1", characters: ["gamma"], dates: [{ date: "1953-06-26", label: "An arrest" }] },
  ],
};

describe("the chronology", () => {
  const all = buildChronology(input);

  it("holds every dated fact in date order, births and deaths included", () => {
    expect(all.map((e) => [e.date, e.label])).toEqual([
      ["1899", "Ann Alpha is born"],
      ["1901-04", "Gil Gamma is born"],
      ["1953-03-01", "Night of the stroke"],
      ["1953-03-05", "Alpha dies"],
      ["1953-03-05", "Ann Alpha dies in Moscow"],
      ["1953-06-26", "An arrest"],
      ["1970-01-02", "Gil Gamma dies"],
    ]);
  });

  it("gives one line to a fact two claims state alike, linking both", () => {
    const dies = all.find((e) => e.label === "Alpha dies")!;
    expect(dies.links.map((l) => l.href)).toEqual(["/claims/a1", "/claims/a2"]);
  });

  it("puts the film's day beside the record's where they differ", () => {
    const dies = all.find((e) => e.label === "Alpha dies")!;
    expect(dies.links[0]).toMatchObject({ filmDate: "1953-03-01", scene: "Opening" });
    expect(all.find((e) => e.label === "Night of the stroke")!.links[0].filmDate).toBeUndefined();
    // A scene the film does not date gives no film version.
    expect(all.find((e) => e.label === "An arrest")!.links[0].filmDate).toBeUndefined();
  });

  it("filters by film and by person", () => {
    const labels = (f: { film: string[]; character: string[] }) => filterChronology(all, f).map((e) => e.label);
    expect(labels({ film: ["film-b"], character: [] })).toEqual(["Gil Gamma is born", "An arrest", "Gil Gamma dies"]);
    expect(labels({ film: [], character: ["alpha"] })).toEqual(["Ann Alpha is born", "Night of the stroke", "Alpha dies", "Ann Alpha dies in Moscow"]);
    expect(labels({ film: ["film-b"], character: ["alpha"] })).toEqual([]);
  });

  it("groups by year and month, keeping year-only facts apart", () => {
    const groups = groupByYearMonth(all);
    expect(groups.map((g) => [g.year, g.months.map((m) => `${m.month}:${m.entries.length}`)])).toEqual([
      ["1899", [":1"]],
      ["1901", ["1901-04:1"]],
      ["1953", ["1953-03:3", "1953-06:1"]],
      ["1970", ["1970-01:1"]],
    ]);
  });
});

describe("events in the chronology", () => {
  it("lists an event on its date, linked to its page, in the films whose claims name it", () => {
    const withEvents = buildChronology({
      ...input,
      claims: [...input.claims.slice(0, 2), { ...input.claims[2], events: ["the-arrest"] }],
      events: [{ id: "the-arrest", title: "The arrest", date: "1953-06-26", people: [{ person: "delta" }] }],
    });
    const ev = withEvents.find((e) => e.kind === "event")!;
    expect(ev).toMatchObject({ date: "1953-06-26", label: "The arrest", links: [{ href: "/events/the-arrest", text: "The arrest" }], films: ["film-b"] });
    expect(ev.people.sort()).toEqual(["delta", "gamma"]);
    expect(filterChronology(withEvents, { film: ["film-a"], character: [] }).some((e) => e.kind === "event")).toBe(false);
  });
});
