import type { ContentIssue } from "./errors";
import type { ClaimFrontmatter, Film, HistoricalEvent, Person, Scene, Source } from "./schema";

// Cross-file rules: every id a file mentions must name something that exists.

export type ParsedClaim = { slug: string; file: string; data: ClaimFrontmatter };

export type ParsedContent = {
  films: (Film & { file: string })[];
  scenes: Map<string, { file: string; scenes: Scene[] }>;
  people: (Person & { file: string })[];
  sources: (Source & { file: string })[];
  /** Optional so callers from before events existed still type-check. */
  events?: (HistoricalEvent & { file: string })[];
  claims: ParsedClaim[];
  /** Ids whose files exist but failed to parse: already reported, so not "missing". */
  unparsed?: Set<string>;
};

const STRONG_TIERS = new Set(["primary", "scholarly"]);
/** More claims than this on one film is a runaway generator, not a review (the benchmarks use 1,000). */
export const MAX_CLAIMS_PER_FILM = 2000;

export function checkReferences(c: ParsedContent): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const sources = new Map(c.sources.map((s) => [s.id, s]));
  const people = new Set(c.people.map((p) => p.id));
  const unparsed = c.unparsed ?? new Set<string>();
  const films = new Set(c.films.map((f) => f.id));

  const checkSourceRefs = (file: string, refs: { id: string }[], field = "sources", key = "id") => {
    const seen = new Set<string>();
    refs.forEach((r, i) => {
      if (!sources.has(r.id) && !unparsed.has(`source:${r.id}`))
        issues.push({ file, field: `${field}.${i}.${key}`, expected: `a source id from content/sources/; "${r.id}" does not exist` });
      if (seen.has(r.id)) issues.push({ file, field: `${field}.${i}.${key}`, expected: `each source once; "${r.id}" is listed twice` });
      seen.add(r.id);
    });
  };

  const claimSlugs = new Set(c.claims.map((cl) => cl.slug));
  for (const f of c.films) {
    checkSourceRefs(f.file, f.sources);
    f.cast.forEach((m, i) => {
      if (m.portrayal && !claimSlugs.has(m.portrayal) && !unparsed.has(`claim:${m.portrayal}`))
        issues.push({ file: f.file, field: `cast.${i}.portrayal`, expected: `a claim slug; "${m.portrayal}" does not exist` });
    });
    f.cast.forEach((m, i) => {
      if (m.person && !people.has(m.person) && !unparsed.has(`person:${m.person}`))
        issues.push({ file: f.file, field: `cast.${i}.person`, expected: `a person id from content/people/; "${m.person}" does not exist` });
    });
    if (!c.scenes.has(f.id) && !unparsed.has(`scenes:${f.id}`)) issues.push({ file: f.file, field: "(film)", expected: `a scenes.json beside film.json` });
    const scenes = c.scenes.get(f.id);
    scenes?.scenes.forEach((s) => {
      if (s.minutes.to > f.runtimeMinutes) {
        issues.push({
          file: scenes.file,
          field: `[id=${s.id}].minutes.to`,
          expected: `a minute within the film's runtime of ${f.runtimeMinutes} minutes; found ${s.minutes.to}`,
        });
      }
    });
    const count = c.claims.filter((cl) => cl.data.film === f.id).length;
    if (count > MAX_CLAIMS_PER_FILM)
      issues.push({ file: f.file, field: "(claims)", expected: `at most ${MAX_CLAIMS_PER_FILM} claims on one film; found ${count}` });
  }

  // Scene ids are unique across films too: the finder's scene facet and ?scene= carry the id alone.
  const sceneOwner = new Map<string, string>();
  for (const [filmId, { file, scenes }] of c.scenes) {
    scenes.forEach((s, i) => {
      const other = sceneOwner.get(s.id);
      if (other && other !== filmId) issues.push({ file, field: `${i}.id`, expected: `a scene id no other film uses; "${s.id}" is also a scene of ${other}` });
      else sceneOwner.set(s.id, filmId);
    });
  }

  for (const [, { file, scenes }] of c.scenes) {
    const ids = new Set<string>();
    const orders = new Set<number>();
    scenes.forEach((s, i) => {
      if (ids.has(s.id)) issues.push({ file, field: `${i}.id`, expected: `unique scene ids; "${s.id}" appears twice` });
      if (orders.has(s.order)) issues.push({ file, field: `${i}.order`, expected: `unique scene order numbers; ${s.order} appears twice` });
      ids.add(s.id);
      orders.add(s.order);
    });
  }

  for (const p of c.people) checkSourceRefs(p.file, p.sources);

  const events = new Set((c.events ?? []).map((e) => e.id));
  const checkStrong = (file: string, refs: { id: string }[]) => {
    const known = refs.map((r) => sources.get(r.id)).filter((s): s is Source & { file: string } => !!s);
    if (known.length === refs.length && !known.some((s) => STRONG_TIERS.has(s.tier))) {
      issues.push({
        file,
        field: "sources",
        expected: `at least one primary or scholarly source; all are ${[...new Set(known.map((s) => s.tier))].join(" or ")}`,
      });
    }
  };
  for (const e of c.events ?? []) {
    checkSourceRefs(e.file, e.sources);
    checkStrong(e.file, e.sources);
    // Paragraphs and counts cite by the event's own numbered list, so each must be on it.
    const listed = new Set(e.sources.map((r) => r.id));
    const mustBeListed = (field: string, refs: { id: string }[]) =>
      refs.forEach((r, i) => {
        if (!listed.has(r.id))
          issues.push({
            file: e.file,
            field: `${field}.${i}.id`,
            expected: `a source listed in this event's sources (${[...listed].join(", ")}); "${r.id}" is not`,
          });
      });
    e.record.forEach((p, i) => {
      mustBeListed(`record.${i}.sources`, p.sources);
    });
    e.counts.forEach((n, i) => {
      mustBeListed(`counts.${i}.sources`, n.sources);
    });
    e.people.forEach((p, i) => {
      if (!people.has(p.person) && !unparsed.has(`person:${p.person}`))
        issues.push({ file: e.file, field: `people.${i}.person`, expected: `a person id from content/people/; "${p.person}" does not exist` });
    });
  }

  const slugs = new Map<string, string>();
  for (const { slug, file, data } of c.claims) {
    const other = slugs.get(slug);
    if (other) issues.push({ file, field: "(slug)", expected: `a slug used by one claim only; "${slug}" is also ${other}` });
    slugs.set(slug, file);

    if (unparsed.has(`film:${data.film}`) || unparsed.has(`scenes:${data.film}`)) {
      // Its film or scenes file failed and was reported: checking against it would only repeat that.
    } else if (!films.has(data.film)) {
      issues.push({ file, field: "film", expected: `a film id (${[...films].join(", ") || "none defined"}); "${data.film}" does not exist` });
    } else {
      const scenes = c.scenes.get(data.film)?.scenes ?? [];
      if (!scenes.some((s) => s.id === data.scene)) {
        issues.push({ file, field: "scene", expected: `a scene id of ${data.film} (${scenes.map((s) => s.id).join(", ")}); "${data.scene}" does not exist` });
      }
    }
    data.characters.forEach((id, i) => {
      if (!people.has(id) && !unparsed.has(`person:${id}`))
        issues.push({ file, field: `characters.${i}`, expected: `a person id from content/people/; "${id}" does not exist` });
    });
    (data.events ?? []).forEach((id, i) => {
      if (!events.has(id) && !unparsed.has(`event:${id}`))
        issues.push({ file, field: `events.${i}`, expected: `an event id from content/events/; "${id}" does not exist` });
    });
    checkSourceRefs(file, data.sources);
    // A piece assessed twice on one claim would be counted twice on /critics.
    checkSourceRefs(
      file,
      data.assessments.map((a) => ({ id: a.source })),
      "assessments",
      "source",
    );
    checkStrong(file, data.sources);
  }
  return issues;
}
