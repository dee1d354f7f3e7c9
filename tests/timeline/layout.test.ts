import { describe, expect, it } from "vitest";
import {
  CALENDAR_BANDS,
  bandExtents,
  calendarBandsFor,
  calendarPosition,
  compression,
  filmPosition,
  formatGap,
  gapDays,
  layoutConnectors,
  spreadLabels,
  type TimelineScene,
} from "@/lib/timeline/layout";

describe("gaps", () => {
  it("counts whole days, across month and leap-year ends", () => {
    expect(gapDays("1953-03-09", "1953-12-23")).toBe(289);
    expect(gapDays("1953-03-05", "1953-03-05")).toBe(0);
    expect(gapDays("1953-03-01", "1952-11-04")).toBe(-117);
    expect(gapDays("1952-02-28", "1952-03-01")).toBe(2);
  });
  it("formats them for a reader", () => {
    expect(formatGap(289)).toBe("+289 days");
    expect(formatGap(1)).toBe("+1 day");
    expect(formatGap(-117)).toBe("−117 days");
    expect(formatGap(0)).toBe("same day");
    expect(formatGap(4240)).toBe("+11.6 years");
    expect(formatGap(null)).toBe("no story date");
  });
});

describe("calendar scale", () => {
  it("gives March 1953 its own large share and is monotonic", () => {
    const march = bandExtents().find((b) => b.label === "March 1953")!;
    expect(march.end - march.start).toBeGreaterThanOrEqual(0.35);
    const dates = ["1943-01-01", "1953-02-28", "1953-03-01", "1953-03-05", "1953-03-31", "1953-06-26", "1953-12-23", "1957-06-29", "1964-10-14", "1970-11-19"];
    const ys = dates.map((d) => calendarPosition(d));
    for (let i = 1; i < ys.length; i++) expect(ys[i]).toBeGreaterThan(ys[i - 1]);
    expect(ys[0]).toBeGreaterThanOrEqual(0);
    expect(ys[ys.length - 1]).toBeLessThanOrEqual(1);
    expect(calendarPosition("1953-03-01")).toBeCloseTo(CALENDAR_BANDS[0].share, 6);
  });
  it("maps film minutes onto the running time", () => {
    expect(filmPosition(0, 107)).toBe(0);
    expect(filmPosition(107, 107)).toBe(1);
    expect(filmPosition(200, 107)).toBe(1);
  });
});

describe("calendar bands fitted to a film's dates", () => {
  const span = ["1939-06-01", "1941-10-16", "1941-10-20", "1945-05-09", "1953-03-05", "1953-03-09", "1953-03-06", "1953-06-26", "1957-06-29"];
  it("gives the busiest month 40% of the axis and leaves out empty stretches", () => {
    const bands = calendarBandsFor(span);
    expect(bands.map((b) => b.label)).toEqual(["Earlier", "March 1953", "April–December 1953", "1954–1964"]);
    expect(bands[1].share).toBe(0.4);
    expect(bands.reduce((n, b) => n + b.share, 0)).toBeCloseTo(1, 3);
    // Most of the other dates are earlier, so the earlier stretch gets most of the rest.
    expect(bands[0].share).toBeGreaterThan(bands[3].share);
    // Dates decades away get their own band, leaving the years near the focus room.
    const wide = calendarBandsFor(["1878-12-18", "1950-01-05", "1952-10-14", "1953-03-05", "1953-03-09", "1957-06-29", "1971-09-11"]);
    expect(wide.map((b) => b.label)).toEqual(["Earlier", "1950 – February 1953", "March 1953", "1954–1964", "Later"]);
    expect(calendarBandsFor(["1953-03-05", "1953-03-09"]).map((b) => [b.label, b.share])).toEqual([["March 1953", 1]]);
  });
  it("keeps every date in order on the axis, within 0..1", () => {
    const bands = calendarBandsFor(span);
    const ys = [...span].sort().map((d) => calendarPosition(d, bands));
    for (let i = 1; i < ys.length; i++) expect(ys[i]).toBeGreaterThan(ys[i - 1]);
    expect(ys[0]).toBeGreaterThanOrEqual(0);
    expect(ys[ys.length - 1]).toBeLessThanOrEqual(1);
  });
  it("falls back to the site's bands when there are no dates", () => {
    expect(calendarBandsFor([])).toBe(CALENDAR_BANDS);
  });
});

describe("spreadLabels", () => {
  it("leaves labels alone when they already have room", () => {
    expect(spreadLabels([0.1, 0.5, 0.9], 0.05)).toEqual([0.1, 0.5, 0.9]);
  });
  it("pushes crowded labels apart in order, by at least the gap", () => {
    const out = spreadLabels([0.5, 0.5, 0.51, 0.52], 0.05);
    for (let i = 1; i < out.length; i++) expect(out[i] - out[i - 1]).toBeGreaterThanOrEqual(0.05 - 1e-9);
    expect(out[0]).toBeLessThanOrEqual(0.5);
  });
  it("keeps labels inside the axis, shrinking the gap if it must", () => {
    const out = spreadLabels([0.98, 0.99, 1, 1], 0.05);
    expect(Math.max(...out)).toBeLessThanOrEqual(1);
    expect(out[0]).toBeGreaterThanOrEqual(0);
    const tight = spreadLabels(Array(30).fill(0.5), 0.05);
    expect(tight[0]).toBeGreaterThanOrEqual(0);
    expect(tight[29]).toBeLessThanOrEqual(1);
  });
});

const scenes: TimelineScene[] = [
  { id: "night", order: 1, title: "Night", from: 0, to: 10, storyDate: "1953-03-01" },
  { id: "funeral", order: 2, title: "Funeral", from: 60, to: 80, storyDate: "1953-03-09" },
  { id: "epilogue", order: 3, title: "Epilogue", from: 100, to: 107 },
];
const claims = [
  {
    slug: "trial",
    title: "Trial",
    verdict: "mostly-inaccurate",
    characters: ["beria"],
    scene: "funeral",
    dates: [
      { date: "1953-12-23", label: "shot" },
      { date: "1953-06-26", label: "arrested" },
    ],
  },
  { slug: "stroke", title: "Stroke", verdict: "unproven", characters: ["stalin"], scene: "night", dates: [{ date: "1953-03-01", label: "stroke" }] },
  { slug: "undated", title: "Undated", verdict: "mixed", characters: [], scene: "night", dates: [] },
  { slug: "caption", title: "Caption", verdict: "mixed", characters: [], scene: "epilogue", dates: [{ date: "1964-10-14", label: "removed" }] },
];

describe("layoutConnectors", () => {
  const cs = layoutConnectors(claims, scenes, 107);
  it("draws one connector per dated claim, ends in date order", () => {
    expect(cs.map((c) => c.slug)).toEqual(["trial", "stroke", "caption"]);
    expect(cs[0].ends.map((e) => e.date)).toEqual(["1953-06-26", "1953-12-23"]);
  });
  it("measures the largest gap from the scene's story day", () => {
    expect(cs[0].gap).toBe(289);
    expect(cs[1].gap).toBe(0);
    expect(cs[2].gap).toBeNull();
  });
});

describe("compression", () => {
  it("ignores context dates outside what the first and last scenes show", () => {
    const withContext = [
      ...claims,
      {
        slug: "zhukov",
        title: "Zhukov",
        verdict: "mixed",
        characters: [],
        scene: "night",
        dates: [
          { date: "1955-02-10", label: "minister" },
          { date: "1946-02-25", label: "renamed" },
        ],
      },
    ];
    expect(compression(withContext, scenes)?.realTo).toBe("1953-12-23");
    expect(compression(withContext, scenes)?.realFrom).toBe("1953-03-01");
  });
  it("sets the story's span against the span of the events it shows", () => {
    expect(compression(claims, scenes)).toEqual({
      storyFrom: "1953-03-01",
      storyTo: "1953-03-09",
      storyDays: 9,
      realFrom: "1953-03-01",
      realTo: "1953-12-23",
      realDays: 298,
    });
  });
  it("has nothing to measure for a film whose scenes carry no story dates, and does not throw", () => {
    const undated = scenes.map(({ storyDate: _d, ...s }) => s);
    expect(compression(claims, undated)).toBeNull();
    // The connectors are still drawn; their gaps are unknown.
    const cs = layoutConnectors(claims, undated, 120);
    expect(cs.length).toBe(layoutConnectors(claims, scenes, 120).length);
    expect(cs.every((c) => c.gap === null && c.ends.every((e) => e.gap === null))).toBe(true);
  });
});
