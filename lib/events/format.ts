import { formatDate } from "../sources/format";

// How an event's date and its counts read in a sentence. Pure, tested directly.

const precision = (iso: string) => iso.split("-").length;

/**
 * "5 March 1953"; a span "5–9 March 1953", "28 February – 5 March 1953",
 * "1952 – 1953". Spans whose ends have different precision are written in
 * full at each end.
 */
export function formatDateSpan(from: string, to?: string): string {
  if (!to || to === from) return formatDate(from);
  const [fy, fm] = from.split("-");
  const [ty, tm] = to.split("-");
  if (precision(from) === 3 && precision(to) === 3 && fy === ty) {
    const [, , fd] = from.split("-");
    const [, , td] = to.split("-");
    if (fm === tm) return `${Number(fd)}–${Number(td)} ${formatDate(to).split(" ").slice(1).join(" ")}`;
    return `${formatDate(from).replace(` ${fy}`, "")} – ${formatDate(to)}`;
  }
  return `${formatDate(from)} – ${formatDate(to)}`;
}

/** "about 100 to 2,000" for a range, "3" for an exact number. */
export function formatCount(min: number, max?: number): string {
  const n = (x: number) => x.toLocaleString("en-GB");
  if (max === undefined || max === min) return n(min);
  return `${n(min)} to ${n(max)}`;
}
