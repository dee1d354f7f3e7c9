// Layout of the two-clock timeline as pure functions: the film's running
// order on one axis, the real calendar on the other, and a connector per
// dated claim. Positions are fractions 0..1 of the axis length; the SVG
// component multiplies them out.

const DAY_MS = 86_400_000;

export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** Whole days from one ISO date to another (positive when `to` is later). */
export function gapDays(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

export function formatGap(days: number | null): string {
  if (days === null) return "no story date";
  if (days === 0) return "same day";
  const sign = days > 0 ? "+" : "−";
  const n = Math.abs(days);
  if (n >= 730) return `${sign}${(n / 365.25).toFixed(1)} years`;
  return `${sign}${n.toLocaleString("en-GB")} day${n === 1 ? "" : "s"}`;
}

/** A stretch of the calendar and the share of the axis it gets. */
export type Band = { label: string; from: string; to: string; share: number };

/**
 * The real calendar, March 1953 given room of its own because most events
 * crowd into it. Dates before the first band or after the last are drawn in
 * the outer bands, in order but compressed.
 */
export const CALENDAR_BANDS: Band[] = [
  { label: "Earlier", from: "1900-01-01", to: "1953-03-01", share: 0.07 },
  { label: "March 1953", from: "1953-03-01", to: "1953-04-01", share: 0.4 },
  { label: "April–December 1953", from: "1953-04-01", to: "1954-01-01", share: 0.24 },
  { label: "1954 – October 1964", from: "1954-01-01", to: "1964-11-01", share: 0.22 },
  { label: "Later", from: "1964-11-01", to: "2000-01-01", share: 0.07 },
];

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * Calendar bands fitted to one film's dates, so a film set over fourteen
 * years and one set over a fortnight both get a readable axis: the month
 * with the most dates gets 40% of the axis; the three years before it, the
 * rest of its year, the eleven years after, and anything earlier or later
 * share the remainder by how many dates each holds (never less than 7%
 * each), and empty stretches are left out.
 */
export function calendarBandsFor(dates: string[]): Band[] {
  if (dates.length === 0) return CALENDAR_BANDS;
  const months = new Map<string, number>();
  for (const d of dates) months.set(d.slice(0, 7), (months.get(d.slice(0, 7)) ?? 0) + 1);
  // The busiest month; the earlier one on a tie, so the result does not depend on input order.
  const focus = [...months].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
  const [y, m] = focus.split("-").map(Number);
  const focusFrom = `${focus}-01`;
  const focusTo = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
  const yearEnd = `${y + 1}-01-01`;
  const sorted = [...dates].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const dayAfter = (iso: string) => new Date((dayNumber(iso) + 1) * DAY_MS).toISOString().slice(0, 10);
  // The few years either side of the focus get bands of their own, so dates
  // decades away (a birth, an obituary) do not squeeze them into a corner.
  const nearFrom = `${y - 3}-01-01`;
  const nearTo = `${y + 12}-01-01`;
  const before = m === 1 ? `December ${y - 1}` : `${MONTH_NAMES[m - 2]} ${y}`;
  const candidates = [
    { label: "Earlier", from: `${first.slice(0, 4)}-01-01`, to: nearFrom },
    { label: `${y - 3} – ${before}`, from: nearFrom, to: focusFrom },
    { label: `${MONTH_NAMES[m - 1]} ${y}`, from: focusFrom, to: focusTo },
    { label: m === 12 ? "" : `${MONTH_NAMES[m]}–December ${y}`, from: focusTo, to: yearEnd },
    { label: `${y + 1}–${y + 11}`, from: yearEnd, to: nearTo },
    { label: "Later", from: nearTo, to: last >= nearTo ? dayAfter(`${last.slice(0, 4)}-12-31`) : nearTo },
  ];
  const count = (b: { from: string; to: string }) => sorted.filter((d) => d >= b.from && d < b.to).length;
  const kept = candidates.filter((b) => b.from === focusFrom || (b.label && b.from < b.to && count(b) > 0));
  const others = kept.filter((b) => b.from !== focusFrom);
  const otherDates = others.reduce((n, b) => n + count(b), 0);
  const focusShare = others.length ? 0.4 : 1;
  const raw = others.map((b) => Math.max(0.07, (1 - focusShare) * (count(b) / (otherDates || 1))));
  const scale = (1 - focusShare) / (raw.reduce((a, b) => a + b, 0) || 1);
  return kept.map((b) => ({ ...b, share: b.from === focusFrom ? focusShare : Math.round(raw[others.indexOf(b)] * scale * 1e4) / 1e4 }));
}

/** Maps an ISO date to 0..1 along the calendar axis, piecewise linear over the bands. */
export function calendarPosition(iso: string, bands: Band[] = CALENDAR_BANDS): number {
  const day = dayNumber(iso);
  let start = 0;
  for (const b of bands) {
    const lo = dayNumber(b.from);
    const hi = dayNumber(b.to);
    if (day < hi || b === bands[bands.length - 1]) {
      const t = Math.min(1, Math.max(0, (day - lo) / (hi - lo)));
      return start + t * b.share;
    }
    start += b.share;
  }
  return 1;
}

/** Where each band starts and ends on the axis, for drawing its label. */
export function bandExtents(bands: Band[] = CALENDAR_BANDS): (Band & { start: number; end: number })[] {
  let start = 0;
  return bands.map((b) => {
    const r = { ...b, start, end: start + b.share };
    start += b.share;
    return r;
  });
}

/** Maps a film minute to 0..1 along the film axis. */
export function filmPosition(minute: number, runtime: number): number {
  return Math.min(1, Math.max(0, minute / runtime));
}

/**
 * Moves label positions apart so neighbours are at least `gap` apart, keeping
 * their order and staying within [lo, hi]; each label moves as little as it
 * can. Positions must be sorted ascending.
 */
export function spreadLabels(positions: number[], gap: number, lo = 0, hi = 1): number[] {
  const n = positions.length;
  if (n === 0) return [];
  const room = hi - lo;
  const g = n > 1 ? Math.min(gap, room / (n - 1)) : gap;
  const out = positions.map((p) => Math.min(hi, Math.max(lo, p)));
  // Push down, then pull back up from the bottom edge.
  for (let i = 1; i < n; i++) out[i] = Math.max(out[i], out[i - 1] + g);
  out[n - 1] = Math.min(out[n - 1], hi);
  for (let i = n - 2; i >= 0; i--) out[i] = Math.min(out[i], out[i + 1] - g);
  out[0] = Math.max(out[0], lo);
  for (let i = 1; i < n; i++) out[i] = Math.max(out[i], out[i - 1] + g);
  return out.map((v) => Math.round(v * 1e6) / 1e6);
}

export type TimelineClaim = {
  slug: string;
  title: string;
  verdict: string;
  characters: string[];
  scene: string;
  dates: { date: string; label: string }[];
};

/** storyDate is absent where the film gives no hint of the day (the epilogue). */
export type TimelineScene = { id: string; order: number; title: string; from: number; to: number; storyDate?: string };

export type Connector = {
  slug: string;
  title: string;
  verdict: string;
  characters: string[];
  scene: string;
  /** Film-axis position (the scene's middle). */
  filmY: number;
  ends: { date: string; label: string; y: number; gap: number | null }[];
  /** The largest gap between the film's story date for the scene and a real date; null without a story date. */
  gap: number | null;
};

/** One connector per dated claim, from its scene to each of its real dates. */
export function layoutConnectors(claims: TimelineClaim[], scenes: TimelineScene[], runtime: number, bands: Band[] = CALENDAR_BANDS): Connector[] {
  const byId = new Map(scenes.map((s) => [s.id, s]));
  return claims.flatMap((c) => {
    const s = byId.get(c.scene);
    if (!s || c.dates.length === 0) return [];
    const ends = [...c.dates]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((d) => ({ ...d, y: calendarPosition(d.date, bands), gap: s.storyDate ? gapDays(s.storyDate, d.date) : null }));
    const gap = s.storyDate ? ends.reduce((m, e) => (e.gap !== null && Math.abs(e.gap) > Math.abs(m) ? e.gap : m), 0) : null;
    return [
      {
        slug: c.slug,
        title: c.title,
        verdict: c.verdict,
        characters: c.characters,
        scene: c.scene,
        filmY: filmPosition((s.from + s.to) / 2, runtime),
        ends,
        gap,
      },
    ];
  });
}

/** How long a film's story runs against how long what it shows took; see compression(). */
export type Compression = { storyFrom: string; storyTo: string; storyDays: number; realFrom: string; realTo: string; realDays: number };

/**
 * How much the film compresses its story: the days its story spans (by the
 * scenes' story dates; undated scenes such as the epilogue are left out)
 * against the days between what its first scene shows and what its last
 * scene shows, by their claims' real dates. Context dates (years before, or
 * after the story's end) do not stretch the measure. Null for a film none of
 * whose scenes has a story date: there is nothing to measure it by.
 */
export function compression(claims: TimelineClaim[], scenes: TimelineScene[]): Compression | null {
  const story = scenes.flatMap((s) => (s.storyDate ? [{ ...s, storyDate: s.storyDate }] : [])).sort((a, b) => a.order - b.order);
  const storyDates = story.map((s) => s.storyDate).sort();
  const first = storyDates[0];
  const last = storyDates[storyDates.length - 1];
  if (first === undefined || last === undefined) return null;
  const datesOf = (scene: TimelineScene) =>
    claims
      .filter((c) => c.scene === scene.id)
      .flatMap((c) => c.dates.map((d) => d.date))
      .filter((d) => d >= first)
      .sort();
  const opening = story.map(datesOf).find((d) => d.length);
  const closing = [...story]
    .reverse()
    .map(datesOf)
    .find((d) => d.length);
  const realFrom = opening?.[0] ?? first;
  const realTo = closing?.[closing.length - 1] ?? last;
  return {
    storyFrom: first,
    storyTo: last,
    storyDays: gapDays(first, last) + 1,
    realFrom,
    realTo,
    realDays: gapDays(realFrom, realTo) + 1,
  };
}
