import path from "node:path";
import { ContentError, type ContentIssue } from "./errors";
import { checkClaimBody, type SectionText } from "./mdx-rules";
import { loadFacts, type LoadedFacts } from "./facts";
import { compileMdx } from "./mdx";
import { MAX_CLAIM_BYTES, entryKind, idFromFile, listContentFiles, parseJson, readTextFile, splitFrontmatter, validate, type Listing } from "./read";
import { checkPublishedLedger } from "./published";
import { checkReferences, type ParsedClaim, type ParsedContent } from "./references";
import {
  ClaimFrontmatterSchema,
  EventSchema,
  FilmSchema,
  PersonSchema,
  PublishedLedgerSchema,
  ScenesSchema,
  SourceSchema,
  type ClaimFrontmatter,
  type Film,
  type HistoricalEvent,
  type Person,
  type PublishedLedger,
  type Scene,
  type Source,
} from "./schema";

export type Claim = ClaimFrontmatter & {
  slug: string;
  file: string;
  /** Compiled MDX, ready for getMDXComponent. */
  code: string;
  /** Plain text of the film, record and disagreement sections. */
  text: SectionText;
};

export type SiteContent = {
  /** By year, then title: the order readers meet them in. */
  films: Film[];
  scenes: Map<string, Scene[]>;
  people: Person[];
  sources: Source[];
  /** In calendar order. */
  events: HistoricalEvent[];
  /** In film order: films by year, then by scene, then by the earliest historical date. */
  claims: Claim[];
  /** Files skipped without being an error (editor droppings), for the checker to mention. */
  warnings: ContentIssue[];
  /** Typed facts and their patterns (content/facts/), for the text checker. */
  facts?: LoadedFacts;
};

/**
 * Reads, validates and compiles a whole content tree. Either everything is
 * valid and every reference resolves, or a ContentError lists every problem;
 * nothing is written except the compile cache.
 */
export async function loadContent(root: string, opts: { compile?: boolean } = {}): Promise<SiteContent> {
  const issues: ContentIssue[] = [];
  const rel = (abs: string) => {
    const r = path.relative(process.cwd(), abs);
    return r && !r.startsWith("..") ? r : abs;
  };
  const take = <T>(r: { ok: true; value: T } | { ok: false; issues: ContentIssue[] }): T | undefined => {
    if (r.ok) return r.value;
    issues.push(...r.issues);
    return undefined;
  };
  const readJson = <T>(abs: string, schema: Parameters<typeof parseJson>[1]): T | undefined => {
    const file = take(readTextFile(abs, rel(abs)));
    return file ? (take(parseJson(file, schema)) as T | undefined) : undefined;
  };

  if (entryKind(root) !== "directory") throw new ContentError([{ file: rel(root), field: "(folder)", expected: "a content folder" }]);

  const warnings: ContentIssue[] = [];
  const list = (dir: string, ext: string, want?: "file" | "directory"): string[] => {
    const l: Listing = listContentFiles(dir, ext, rel(dir), want);
    issues.push(...l.issues);
    warnings.push(...l.warnings);
    return l.names;
  };

  const unparsed = new Set<string>();
  const sources: ParsedContent["sources"] = [];
  for (const name of list(path.join(root, "sources"), ".json")) {
    const abs = path.join(root, "sources", name);
    const data = readJson<Omit<Source, "id">>(abs, SourceSchema);
    if (data) sources.push({ ...data, id: idFromFile(name), file: rel(abs) });
    else unparsed.add(`source:${idFromFile(name)}`);
  }

  const people: ParsedContent["people"] = [];
  for (const name of list(path.join(root, "people"), ".json")) {
    const abs = path.join(root, "people", name);
    const data = readJson<Omit<Person, "id">>(abs, PersonSchema);
    if (data) people.push({ ...data, id: idFromFile(name), file: rel(abs) });
    else unparsed.add(`person:${idFromFile(name)}`);
  }

  const events: ParsedContent["events"] = [];
  for (const name of list(path.join(root, "events"), ".json")) {
    const abs = path.join(root, "events", name);
    const data = readJson<Omit<HistoricalEvent, "id">>(abs, EventSchema);
    if (data) events.push({ ...data, id: idFromFile(name), file: rel(abs) });
    else unparsed.add(`event:${idFromFile(name)}`);
  }

  const films: ParsedContent["films"] = [];
  const scenes: ParsedContent["scenes"] = new Map();
  const claimFiles: (ParsedClaim & { body: string; bodyLine: number })[] = [];
  const filmsDir = path.join(root, "films");
  const filmIds = list(filmsDir, "", "directory");
  if (entryKind(filmsDir) === "missing" || (filmIds.length === 0 && !issues.some((i) => i.file.startsWith(rel(filmsDir))))) {
    issues.push({ file: rel(filmsDir), field: "(folder)", expected: "a films/ folder holding at least one film folder" });
  }
  for (const filmId of filmIds) {
    const dir = path.join(filmsDir, filmId);
    const filmAbs = path.join(dir, "film.json");
    if (entryKind(filmAbs) === "missing") {
      issues.push({ file: rel(dir), field: "film.json", expected: "a film.json describing the film" });
      continue;
    }
    const film = readJson<Omit<Film, "id">>(filmAbs, FilmSchema);
    if (film) films.push({ ...film, id: filmId, file: rel(filmAbs) });
    else unparsed.add(`film:${filmId}`);
    const scenesAbs = path.join(dir, "scenes.json");
    if (entryKind(scenesAbs) !== "missing") {
      const list = readJson<Scene[]>(scenesAbs, ScenesSchema);
      if (list) scenes.set(filmId, { file: rel(scenesAbs), scenes: [...list].sort((a, b) => a.order - b.order) });
      else unparsed.add(`scenes:${filmId}`);
    }
    for (const name of list(path.join(dir, "claims"), ".mdx")) {
      const abs = path.join(dir, "claims", name);
      const file = rel(abs);
      const text = take(readTextFile(abs, file, MAX_CLAIM_BYTES));
      const split = text && take(splitFrontmatter(text));
      const data = split && take(validate(file, split.frontmatter, ClaimFrontmatterSchema));
      if (split && data) claimFiles.push({ slug: idFromFile(name), file, data, body: split.body, bodyLine: split.bodyLine });
      else unparsed.add(`claim:${idFromFile(name)}`);
    }
  }

  issues.push(...checkReferences({ films, scenes, people, sources, events, claims: claimFiles, unparsed }));
  const facts = loadFacts(
    root,
    rel,
    {
      people: new Set(people.map((p) => p.id)),
      sources: new Map(sources.map((s) => [s.id, s])),
      claims: new Set(claimFiles.map((c) => c.slug)),
      events: new Set(events.map((e) => e.id)),
    },
    list,
  );
  issues.push(...facts.issues);

  const ledgerAbs = path.join(root, "published.json");
  if (entryKind(ledgerAbs) !== "missing") {
    const ledger = readJson<PublishedLedger>(ledgerAbs, PublishedLedgerSchema);
    if (ledger) issues.push(...checkPublishedLedger(ledger, claimFiles, rel(ledgerAbs)));
  }

  const texts = new Map<string, SectionText>();
  for (const c of claimFiles) {
    const ids = c.data.sources.map((s) => s.id);
    const body = checkClaimBody(c.body, { file: c.file, bodyLine: c.bodyLine, sourceIds: ids });
    texts.set(c.file, body.text);
    issues.push(...body.issues);
    if (body.issues.length === 0) {
      ids.forEach((id, i) => {
        if (!body.cited.includes(id)) {
          issues.push({
            file: c.file,
            field: `sources.${i}.id`,
            expected: `a <Cite id="${id}" /> in the body for every listed source; "${id}" is never cited`,
          });
        }
      });
    }
  }

  if (issues.length) throw new ContentError(issues);

  const claims: Claim[] = [];
  for (const c of claimFiles) {
    let code = "";
    if (opts.compile !== false) {
      try {
        code = await compileMdx(c.body, c.file);
      } catch (e) {
        issues.push({ file: c.file, field: "body", expected: `MDX that compiles (${String((e as Error).message).split("\n")[0]})` });
      }
    }
    claims.push({ ...c.data, slug: c.slug, file: c.file, code, text: texts.get(c.file) ?? { film: "", record: "", disagree: "" } });
  }
  if (issues.length) throw new ContentError(issues);

  const sceneList = new Map([...scenes].map(([id, v]) => [id, v.scenes]));
  const orderOf = (c: Claim) => sceneList.get(c.film)?.find((s) => s.id === c.scene)?.order ?? 0;
  const firstDate = (c: Claim) => c.dates.map((d) => d.date).sort()[0] ?? "9999";
  // Films by year then title (never by folder name), then each film's scenes in order.
  const filmRank = new Map([...films].sort((a, b) => a.year - b.year || a.title.localeCompare(b.title)).map((f, i) => [f.id, i]));
  const rankOf = (c: Claim) => filmRank.get(c.film) ?? 0;
  claims.sort((a, b) => rankOf(a) - rankOf(b) || orderOf(a) - orderOf(b) || firstDate(a).localeCompare(firstDate(b)) || a.slug.localeCompare(b.slug));

  const strip = <T extends { file: string }>({ file: _file, ...rest }: T) => rest;
  return {
    films: films.map(strip).sort((a, b) => (filmRank.get(a.id) ?? 0) - (filmRank.get(b.id) ?? 0)),
    scenes: sceneList,
    people: people.map(strip).sort((a, b) => a.name.localeCompare(b.name)),
    sources: sources.map(strip),
    events: events.map(strip).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)),
    claims,
    warnings,
    facts: facts.facts,
  };
}
