/**
 * The record's side of a share image, in one line of at most `max`
 * characters. A summary that is too long is cut at the end of its first
 * clause when that clause says enough on its own, else at a word boundary
 * with an ellipsis — never mid-word, which reads as a rendering fault.
 */
export function shareLine(text: string, max = 150): string {
  const s = text.trim().replace(/\s+/g, " ");
  if (s.length <= max) return s;
  // A clause ends at "; " or ". " (but not after an initial such as "N. S.").
  const ends = [...s.matchAll(/(?<![A-Z])[.;](?= )/g)].map((m) => m.index!);
  const clause = ends.filter((i) => i >= 60 && i < max).pop();
  if (clause !== undefined) return `${s.slice(0, clause)}.`;
  const cut = s.lastIndexOf(" ", max - 1);
  return `${s.slice(0, cut > 0 ? cut : max - 1).replace(/[\s,;:.–—-]+$/, "")}…`;
}
