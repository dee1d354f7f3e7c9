// Dates as closed intervals of day numbers (days since 1970-01-01, UTC), so
// that "1953", "June 1953" and "26 June 1953" compare at their own precision:
// two statements agree when their intervals overlap.

export type Interval = { lo: number; hi: number };

const DAY = 86_400_000;

export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY);
}

export function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** "1953" → the whole year; "1953-06" → the month; "1953-06-26" → the day. */
export function partialToInterval(s: string): Interval {
  const [y, m, d] = s.split("-").map(Number);
  if (d) return { lo: dayNumber(y, m, d), hi: dayNumber(y, m, d) };
  if (m) return { lo: dayNumber(y, m, 1), hi: dayNumber(y, m, lastDayOfMonth(y, m)) };
  return { lo: dayNumber(y, 1, 1), hi: dayNumber(y, 12, 31) };
}

const memo = new Map<string, Interval>();

/** A fact's date, or its range where sources disagree. Memoised: the engine asks for the same few dozen many times. */
export function factInterval(date: string, dateTo?: string): Interval {
  const key = dateTo ? `${date}|${dateTo}` : date;
  let hit = memo.get(key);
  if (!hit) {
    const a = partialToInterval(date);
    hit = dateTo ? { lo: a.lo, hi: partialToInterval(dateTo).hi } : a;
    memo.set(key, hit);
  }
  return hit;
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}

export function isoOf(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** How a reader would write a partial date: "1953", "June 1953", "26 June 1953". */
export function formatPartial(s: string): string {
  const [y, m, d] = s.split("-").map(Number);
  if (d) return `${d} ${MONTHS[m - 1]} ${y}`;
  if (m) return `${MONTHS[m - 1]} ${y}`;
  return String(y);
}

/** An interval in words, at the precision it covers. */
export function formatInterval(i: Interval): string {
  const a = isoOf(i.lo);
  const b = isoOf(i.hi);
  if (a === b) return formatPartial(a);
  const [ya, ma, da] = a.split("-").map(Number);
  const [yb, mb, db] = b.split("-").map(Number);
  if (ya === yb && ma === 1 && da === 1 && mb === 12 && db === 31) return String(ya);
  if (ya === yb && ma === mb && da === 1 && db === lastDayOfMonth(yb, mb)) return `${MONTHS[ma - 1]} ${ya}`;
  if (i.lo < -200_000) return `by ${formatPartial(b)}`;
  if (i.hi > 200_000) return `from ${formatPartial(a)}`;
  return formatRange(a, b);
}

/** "26–27 June 1953", "30 June to 2 July 1953", "December 1952 to February 1954". */
export function formatRange(a: string, b: string): string {
  const [ya, ma, da] = a.split("-").map(Number);
  const [yb, mb, db] = b.split("-").map(Number);
  if (da && db && ya === yb && ma === mb) return `${da}–${db} ${MONTHS[mb - 1]} ${yb}`;
  if (da && db && ya === yb) return `${da} ${MONTHS[ma - 1]} to ${db} ${MONTHS[mb - 1]} ${yb}`;
  return `${formatPartial(a)} to ${formatPartial(b)}`;
}

export const OPEN_LO = -1_000_000;
export const OPEN_HI = 1_000_000;
