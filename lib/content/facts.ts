import path from "node:path";
import type { ContentIssue } from "./errors";
import { FACT_KINDS, FactFileSchema, PatternsSchema, type FactFile, type Patterns } from "./facts-schema";
import { entryKind, idFromFile, parseJson, readTextFile } from "./read";

// Reads and checks content/facts/: every file against its schema, then every
// reference — subjects, sources, posts, count groups, links — against the
// rest of the content. Problems come back as issues naming file and field,
// like every other content error.

export type LoadedFacts = { patterns: Patterns; files: (FactFile & { subject: string })[] };

export type FactRefs = {
  people: Set<string>;
  sources: Map<string, { tier: string }>;
  claims: Set<string>;
  /** Event ids, when the events folder exists. */
  events?: Set<string>;
};

const STRONG = new Set(["primary", "scholarly"]);

/** `list` is the loader's safe folder listing (regular files with valid names only), so facts are read like all content. */
export function loadFacts(
  root: string,
  rel: (abs: string) => string,
  refs: FactRefs,
  list: (dir: string, ext: string) => string[],
): { facts?: LoadedFacts; issues: ContentIssue[] } {
  const dir = path.join(root, "facts");
  const issues: ContentIssue[] = [];
  if (entryKind(dir) === "missing") return { issues };
  const take = <T>(r: { ok: true; value: T } | { ok: false; issues: ContentIssue[] }): T | undefined => {
    if (r.ok) return r.value;
    issues.push(...r.issues);
    return undefined;
  };
  const read = <T>(abs: string, schema: Parameters<typeof parseJson>[1]) => {
    const file = take(readTextFile(abs, rel(abs)));
    return file ? (take(parseJson(file, schema)) as T | undefined) : undefined;
  };
  const patternsAbs = path.join(dir, "patterns.json");
  if (entryKind(patternsAbs) === "missing") {
    issues.push({ file: rel(dir), field: "patterns.json", expected: "a patterns.json with the words for each kind of fact and the posts" });
    return { issues };
  }
  const patterns = read<Patterns>(patternsAbs, PatternsSchema);
  const files: LoadedFacts["files"] = [];
  const ids = new Map<string, string>();
  for (const name of list(dir, ".json")) {
    if (name === "patterns.json") continue;
    const abs = path.join(dir, name);
    const file = rel(abs);
    const subject = idFromFile(name);
    const data = read<FactFile>(abs, FactFileSchema);
    if (!data) continue;
    const isPerson = refs.people.has(subject);
    if (!isPerson && !data.names.length) {
      issues.push({
        file,
        field: "names",
        expected: `the names readers use for "${subject}" (it is not a person id from content/people/, so it is a topic and needs names)`,
      });
    }
    data.facts.forEach((f, i) => {
      const at = `facts.${i}`;
      if (ids.has(f.id)) issues.push({ file, field: `${at}.id`, expected: `an id unique across content/facts/; "${f.id}" is also used in ${ids.get(f.id)}` });
      ids.set(f.id, file);
      f.sources.forEach((s, j) => {
        if (!refs.sources.has(s.id))
          issues.push({ file, field: `${at}.sources.${j}.id`, expected: `a source id from content/sources/; "${s.id}" does not exist` });
      });
      if (f.sources.every((s) => refs.sources.has(s.id)) && !f.sources.some((s) => STRONG.has(refs.sources.get(s.id)!.tier))) {
        issues.push({ file, field: `${at}.sources`, expected: "at least one primary or scholarly source" });
      }
      const [, section, target] = f.link.split("/");
      const known = section === "claims" ? refs.claims : section === "characters" ? refs.people : refs.events;
      if (!known?.has(target))
        issues.push({
          file,
          field: `${at}.link`,
          expected: `a page that exists; there is no ${section === "claims" ? "claim" : section === "characters" ? "person" : "event"} "${target}"`,
        });
      if (patterns && f.place && !patterns.places[f.place])
        issues.push({
          file,
          field: `${at}.place`,
          expected: `a place id from content/facts/patterns.json places (${Object.keys(patterns.places).join(", ")}); "${f.place}" is not one`,
        });
      if (patterns && f.post && !patterns.posts[f.post]) {
        issues.push({
          file,
          field: `${at}.post`,
          expected: `a post id from content/facts/patterns.json (${Object.keys(patterns.posts).join(", ")}); "${f.post}" is not one`,
        });
      }
      if (patterns && f.counts && !patterns.counts[f.counts]) {
        issues.push({
          file,
          field: `${at}.counts`,
          expected: `a count group from content/facts/patterns.json (${Object.keys(patterns.counts).join(", ")}); "${f.counts}" is not one`,
        });
      }
    });
    files.push({ ...data, subject });
  }
  if (patterns) {
    for (const id of Object.keys(patterns.titles)) {
      if (!refs.people.has(id))
        issues.push({ file: rel(patternsAbs), field: `titles.${id}`, expected: `a person id from content/people/; "${id}" does not exist` });
    }
    for (const [id, post] of Object.entries(patterns.posts)) {
      post.related.forEach((r, i) => {
        if (!patterns.posts[r])
          issues.push({ file: rel(patternsAbs), field: `posts.${id}.related.${i}`, expected: `a post id in this file; "${r}" is not one` });
      });
    }
    for (const k of FACT_KINDS) {
      if (k !== "held" && !patterns.kinds[k])
        issues.push({ file: rel(patternsAbs), field: `kinds.${k}`, expected: `the words that signal a fact of kind "${k}"` });
    }
  }
  return { facts: patterns && !issues.length ? { patterns, files } : undefined, issues };
}
