import fs from "node:fs";
import path from "node:path";
import { ContentError, type ContentIssue } from "./errors";
import { checkClaimBody, type SectionText } from "./mdx-rules";
import { compileMdx } from "./mdx";
import { idFromFile, listFiles, parseJson, readTextFile, splitFrontmatter, validate } from "./read";
import { checkPublishedLedger } from "./published";
import { checkReferences, type ParsedClaim, type ParsedContent } from "./references";
import {
  ClaimFrontmatterSchema,
  FilmSchema,
  PersonSchema,
  PublishedLedgerSchema,
  ScenesSchema,
  SourceSchema,
  type ClaimFrontmatter,
  type Film,
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
  films: Film[];
  scenes: Map<string, Scene[]>;
  people: Person[];
  sources: Source[];
  /** In film order: by scene, then by the earliest historical date. */
  claims: Claim[];
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

  if (!fs.existsSync(root)) throw new ContentError([{ file: rel(root), field: "(folder)", expected: "a content folder" }]);

  const unparsed = new Set<string>();
  const sources: ParsedContent["sources"] = [];
  for (const name of listFiles(path.join(root, "sources"), ".json")) {
    const abs = path.join(root, "sources", name);
    const data = readJson<Omit<Source, "id">>(abs, SourceSchema);
    if (data) sources.push({ ...data, id: idFromFile(name), file: rel(abs) });
    else unparsed.add(`source:${idFromFile(name)}`);
  }

  const people: ParsedContent["people"] = [];
  for (const name of listFiles(path.join(root, "people"), ".json")) {
    const abs = path.join(root, "people", name);
    const data = readJson<Omit<Person, "id">>(abs, PersonSchema);
    if (data) people.push({ ...data, id: idFromFile(name), file: rel(abs) });
    else unparsed.add(`person:${idFromFile(name)}`);
  }

  const films: ParsedContent["films"] = [];
  const scenes: ParsedContent["scenes"] = new Map();
  const claimFiles: (ParsedClaim & { body: string; bodyLine: number })[] = [];
  const filmsDir = path.join(root, "films");
  const filmIds = fs.existsSync(filmsDir)
    ? fs.readdirSync(filmsDir).filter((d) => fs.statSync(path.join(filmsDir, d)).isDirectory()).sort()
    : [];
  for (const filmId of filmIds) {
    const dir = path.join(filmsDir, filmId);
    const filmAbs = path.join(dir, "film.json");
    if (!fs.existsSync(filmAbs)) {
      issues.push({ file: rel(dir), field: "film.json", expected: "a film.json describing the film" });
      continue;
    }
    const film = readJson<Omit<Film, "id">>(filmAbs, FilmSchema);
    if (film) films.push({ ...film, id: filmId, file: rel(filmAbs) });
    const scenesAbs = path.join(dir, "scenes.json");
    if (fs.existsSync(scenesAbs)) {
      const list = readJson<Scene[]>(scenesAbs, ScenesSchema);
      if (list) scenes.set(filmId, { file: rel(scenesAbs), scenes: [...list].sort((a, b) => a.order - b.order) });
    }
    for (const name of listFiles(path.join(dir, "claims"), ".mdx")) {
      const abs = path.join(dir, "claims", name);
      const file = rel(abs);
      const text = take(readTextFile(abs, file));
      const split = text && take(splitFrontmatter(text));
      if (!split) continue;
      const data = take(validate(file, split.frontmatter, ClaimFrontmatterSchema));
      if (data) claimFiles.push({ slug: idFromFile(name), file, data, body: split.body, bodyLine: split.bodyLine });
    }
    for (const name of fs.existsSync(path.join(dir, "claims")) ? fs.readdirSync(path.join(dir, "claims")) : []) {
      if (!name.endsWith(".mdx")) {
        issues.push({ file: rel(path.join(dir, "claims", name)), field: "(file name)", expected: "claims written as <slug>.mdx" });
      }
    }
  }

  issues.push(...checkReferences({ films, scenes, people, sources, claims: claimFiles, unparsed }));

  const ledgerAbs = path.join(root, "published.json");
  if (fs.existsSync(ledgerAbs)) {
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
          issues.push({ file: c.file, field: `sources.${i}.id`, expected: `a <Cite id="${id}" /> in the body for every listed source; "${id}" is never cited` });
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
        code = await compileMdx(c.body);
      } catch (e) {
        issues.push({ file: c.file, field: "body", expected: `MDX that compiles (${String((e as Error).message).split("\n")[0]})` });
      }
    }
    claims.push({ ...c.data, slug: c.slug, file: c.file, code, text: texts.get(c.file)! });
  }
  if (issues.length) throw new ContentError(issues);

  const sceneList = new Map([...scenes].map(([id, v]) => [id, v.scenes]));
  const orderOf = (c: Claim) => sceneList.get(c.film)?.find((s) => s.id === c.scene)?.order ?? 0;
  const firstDate = (c: Claim) => c.dates.map((d) => d.date).sort()[0] ?? "9999";
  claims.sort((a, b) => orderOf(a) - orderOf(b) || firstDate(a).localeCompare(firstDate(b)) || a.slug.localeCompare(b.slug));

  const strip = <T extends { file: string }>({ file: _file, ...rest }: T) => rest;
  return {
    films: films.map(strip),
    scenes: sceneList,
    people: people.map(strip).sort((a, b) => a.name.localeCompare(b.name)),
    sources: sources.map(strip),
    claims,
  };
}
