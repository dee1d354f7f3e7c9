/**
 * schema.org sameAs: the canonical pages about a person or film among the
 * sources we cite for them — reference works (encyclopaedia entries) with a
 * URL whose title is its name or one of its spellings. A reference page about
 * something else (a congress, a group) is cited for a fact, not as its page.
 */
export function sameAsPages(
  subject: { name: string; aka?: string[]; sources: { id: string }[] },
  sources: { id: string; tier: string; title: string; url?: string }[],
): string[] {
  const names = new Set([subject.name, ...(subject.aka ?? [])]);
  const byId = new Map(sources.map((s) => [s.id, s]));
  return subject.sources
    .map((r) => byId.get(r.id))
    .filter((s) => s?.tier === "reference" && s.url && names.has(s.title))
    .map((s) => s!.url!);
}
