import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import type { ContentIssue } from "./errors";

// The one allow-list for claim bodies, checked on the MDX syntax tree before
// anything is compiled. A claim body is untrusted input: MDX can carry
// JavaScript (imports, {expressions}, attribute expressions, spreads) that
// would run during the build, so only plain Markdown and the author's tags
// with literal attributes pass. compileMdx() runs the same check again, so
// nothing that fails it is ever compiled or evaluated.

export const SECTION_TAGS = ["InTheFilm", "InTheRecord", "SourcesDisagree"] as const;
export const INLINE_TAGS = ["Cite"] as const;
const KNOWN_TAGS: readonly string[] = [...SECTION_TAGS, ...INLINE_TAGS];

/** Markdown node types a body may contain; everything else is refused by name. */
const ALLOWED_NODES = new Set([
  "root",
  "paragraph",
  "text",
  "emphasis",
  "strong",
  "link",
  "inlineCode",
  "code",
  "break",
  "list",
  "listItem",
  "blockquote",
  "thematicBreak",
  "mdxJsxFlowElement",
  "mdxJsxTextElement",
]);

/**
 * Limits enforced on the raw text before it is parsed. Markdown's emphasis
 * and list rules cost more than linear time on hostile input (thousands of
 * `*a` pairs, lists nested hundreds deep). These caps are far above what a
 * claim needs (the longest body is about 4 KB with 66 markup characters in
 * all and no lists) and keep the worst case well under a second.
 */
export const BODY_LIMITS = {
  bytes: 32 * 1024,
  /** Characters that open or close inline markup (* _ ~ [ ] < > ` \ !), per paragraph and in the whole body. */
  markupPerParagraph: 100,
  markupPerBody: 400,
  /** Nested blockquotes and list items at the start of any line. */
  nesting: 4,
  /** Lines inside lists or quotes, in the whole body. */
  listLines: 100,
} as const;

type Node = {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  children?: Node[];
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number } };
};

/** Plain text of each section, for search and share cards. */
export type SectionText = { film: string; record: string; disagree: string };
export type BodyCheck = { issues: ContentIssue[]; cited: string[]; text: SectionText };

type Where = { file: string; bodyLine: number };

/** Size and nesting caps, on the raw text: nothing is parsed if these fail. */
export function checkBodyLimits(body: string, opts: Where): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const bytes = Buffer.byteLength(body);
  if (bytes > BODY_LIMITS.bytes) {
    issues.push({ file: opts.file, field: "body", expected: `a body of at most ${BODY_LIMITS.bytes / 1024} KiB; this one is ${Math.ceil(bytes / 1024)} KiB` });
    return issues;
  }
  // One message per kind is enough: the first offending line shows the author what to change.
  const lines = body.split("\n");
  const at = (i: number) => `body (line ${i + opts.bodyLine})`;
  const MARKUP = /[*_~[\]<>`\\!]/g;
  const markupRule = `at most ${BODY_LIMITS.markupPerParagraph} markup characters (* _ ~ [ ] < > \` \\ !) in one paragraph and ${BODY_LIMITS.markupPerBody} in the body`;
  let paragraphStart = 0;
  let inParagraph = 0;
  let total = 0;
  let listLines = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === "") {
      paragraphStart = i + 1;
      inParagraph = 0;
      continue;
    }
    const n = (line.match(MARKUP) ?? []).length;
    inParagraph += n;
    total += n;
    if (inParagraph > BODY_LIMITS.markupPerParagraph || total > BODY_LIMITS.markupPerBody) {
      issues.push({ file: opts.file, field: at(inParagraph > BODY_LIMITS.markupPerParagraph ? paragraphStart : i), expected: markupRule });
      break;
    }
  }
  for (let i = 0; i < lines.length; i++) {
    const depth = nestingOf(lines[i]);
    if (depth > BODY_LIMITS.nesting) {
      issues.push({ file: opts.file, field: at(i), expected: `lists and quotes nested at most ${BODY_LIMITS.nesting} deep; this line is ${depth} deep` });
      break;
    }
    if (depth > 0 && ++listLines > BODY_LIMITS.listLines) {
      issues.push({ file: opts.file, field: at(i), expected: `at most ${BODY_LIMITS.listLines} lines in lists and quotes` });
      break;
    }
  }
  return issues;
}

/** How many list or quote levels a line opens or continues: indentation counts, two columns a level. */
function nestingOf(line: string): number {
  const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, "    ").length;
  let depth = Math.floor(indent / 2);
  let rest = line.trimStart();
  for (;;) {
    const m = /^(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]*/.exec(rest);
    if (!m) return depth;
    depth++;
    rest = rest.slice(m[0].length);
  }
}

/** Parses a body that passed the limits; a syntax error becomes an issue. */
function parseBody(body: string, opts: Where): { tree?: Node; issues: ContentIssue[] } {
  try {
    return { tree: unified().use(remarkParse).use(remarkMdx).parse(body) as Node, issues: [] };
  } catch (e) {
    const err = e as { line?: number; column?: number; reason?: string; message: string };
    const line = err.line ? ` (line ${err.line + opts.bodyLine - 1})` : "";
    // The parser's own positions count from the body, not the file: drop them.
    const reason = (err.reason ?? err.message).replace(/ \(\d+:\d+(-\d+:\d+)?\)/g, "");
    return { issues: [{ file: opts.file, field: `body${line}`, expected: `valid MDX: ${reason}` }] };
  }
}

/**
 * The allow-list on its own, with no knowledge of the claim's sources: what
 * compileMdx() insists on before it compiles anything.
 */
export function checkMdxSafety(body: string, opts: Where = { file: "(body)", bodyLine: 1 }): ContentIssue[] {
  const limits = checkBodyLimits(body, opts);
  if (limits.length) return limits;
  const { tree, issues } = parseBody(body, opts);
  if (tree) issues.push(...allowListIssues(tree, opts));
  return issues;
}

function allowListIssues(tree: Node, opts: Where): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const lineOf = (n: Node) => (n.position ? n.position.start.line + opts.bodyLine - 1 : opts.bodyLine);
  const add = (n: Node, field: string, expected: string) => issues.push({ file: opts.file, field: `${field} (line ${lineOf(n)})`, expected });
  walk(tree, (n, depth) => {
    if (n.type === "mdxjsEsm") {
      add(n, "body", "no import or export statements: content MDX may not load modules");
      return false;
    }
    if (n.type === "mdxFlowExpression" || n.type === "mdxTextExpression") {
      add(n, "body", "no {…} expressions: write plain text (escape a literal brace as \\{)");
      return false;
    }
    if (!ALLOWED_NODES.has(n.type)) {
      add(n, "body", `plain paragraphs, emphasis, lists, quotes and links only; found ${describe(n)}`);
      return false;
    }
    if (n.type === "link" && !isSafeUrl(n.url ?? "")) {
      add(n, "body.link", `a link to an https:// or http:// address or a site path starting with /; found ${JSON.stringify(truncate(n.url ?? ""))}`);
    }
    if (n.type !== "mdxJsxFlowElement" && n.type !== "mdxJsxTextElement") return true;
    const name = n.name ?? "";
    if (!KNOWN_TAGS.includes(name)) {
      add(n, `body.<${truncate(name, 40) || "fragment"}>`, `one of the tags <${KNOWN_TAGS.join(">, <")}>`);
      return false;
    }
    const attrs = n.attributes ?? [];
    if ((SECTION_TAGS as readonly string[]).includes(name)) {
      if (depth !== 1) add(n, `body.<${name}>`, `<${name}> only at the top level of the body, not nested`);
      if (attrs.length) add(n, `body.<${name}>`, `no attributes on <${name}>; found ${attrs.map(attrName).join(", ")}`);
      return true;
    }
    // <Cite>: one literal id, at most one literal locator, nothing inside.
    const seen = new Set<string>();
    for (const a of attrs) {
      if (a.type !== "mdxJsxAttribute" || (a.name !== "id" && a.name !== "at")) {
        add(n, "body.<Cite>", `only the attributes id and at; found ${attrName(a)}`);
      } else if (typeof a.value !== "string") {
        add(n, `body.<Cite ${a.name}>`, `a quoted string value, as in ${a.name}="…"`);
      } else if (seen.has(a.name)) {
        add(n, `body.<Cite ${a.name}>`, `one ${a.name} attribute; found it twice`);
      }
      if (a.name) seen.add(a.name);
    }
    if (!attrs.some((a) => a.name === "id")) add(n, "body.<Cite>", 'an id attribute naming one of the claim\'s sources, as in <Cite id="knight-beria" />');
    if (n.children?.length) add(n, "body.<Cite>", 'a self-closing tag, <Cite id="…" />, with nothing inside');
    return false;
  });
  return issues;
}

function attrName(a: { type: string; name?: string }): string {
  return a.type === "mdxJsxAttribute" ? (a.name ?? "?") : "a spread attribute {...}";
}

/** http(s) addresses and site paths; never javascript:, data:, protocol-relative //host or anything else. */
export function isSafeUrl(url: string): boolean {
  if (/^\/(?!\/)/.test(url)) return !/[\\\s]/.test(url);
  if (!/^https?:\/\//i.test(url)) return false;
  try {
    const u = new URL(url);
    return (u.protocol === "https:" || u.protocol === "http:") && u.hostname !== "";
  } catch {
    return false;
  }
}

export function checkClaimBody(body: string, opts: { file: string; bodyLine: number; sourceIds: readonly string[] }): BodyCheck {
  const cited: string[] = [];
  const text: SectionText = { film: "", record: "", disagree: "" };
  const limits = checkBodyLimits(body, opts);
  if (limits.length) return { issues: limits, cited, text };
  const parsed = parseBody(body, opts);
  const issues = parsed.issues;
  const tree = parsed.tree;
  if (!tree) return { issues, cited, text };
  issues.push(...allowListIssues(tree, opts));

  const lineOf = (n: Node) => (n.position ? n.position.start.line + opts.bodyLine - 1 : opts.bodyLine);
  const add = (n: Node | null, field: string, expected: string) =>
    issues.push({ file: opts.file, field: n ? `${field} (line ${lineOf(n)})` : field, expected });

  const sections: string[] = [];
  for (const child of tree.children ?? []) {
    if (child.type === "mdxJsxFlowElement" && (SECTION_TAGS as readonly string[]).includes(child.name ?? "")) {
      sections.push(child.name!);
      const key = child.name === "InTheFilm" ? "film" : child.name === "InTheRecord" ? "record" : "disagree";
      text[key] = plainText(child);
    } else if (child.type !== "mdxjsEsm" && child.type !== "mdxFlowExpression") {
      add(child, "body", `everything inside <InTheFilm>, <InTheRecord> or <SourcesDisagree>; found ${describe(child)} outside them`);
    }
  }
  for (const tag of ["InTheFilm", "InTheRecord"]) {
    const count = sections.filter((s) => s === tag).length;
    if (count === 0) add(null, `body.<${tag}>`, `a <${tag}> section (${tag === "InTheFilm" ? "what the film shows" : "what the record says"})`);
    if (count > 1) add(null, `body.<${tag}>`, `one <${tag}> section; found ${count}`);
  }
  if (sections.filter((s) => s === "SourcesDisagree").length > 1) {
    add(null, "body.<SourcesDisagree>", "at most one <SourcesDisagree> section");
  }
  const order = sections.map((s) => SECTION_TAGS.indexOf(s as (typeof SECTION_TAGS)[number]));
  if (order.some((v, i) => i > 0 && v < order[i - 1])) {
    add(null, "body", "sections in the order <InTheFilm>, <InTheRecord>, <SourcesDisagree>");
  }

  // Which sources the body cites; malformed <Cite>s were reported above.
  walk(tree, (n) => {
    if ((n.type === "mdxJsxTextElement" || n.type === "mdxJsxFlowElement") && n.name === "Cite") {
      const ids = (n.attributes ?? []).filter((a) => a.type === "mdxJsxAttribute" && a.name === "id");
      const id = ids[0]?.value;
      if (ids.length !== 1 || typeof id !== "string") return false;
      if (!opts.sourceIds.includes(id)) {
        add(n, `body.<Cite id="${truncate(id)}">`, `a source listed in this claim's frontmatter sources (${opts.sourceIds.join(", ")})`);
      } else {
        cited.push(id);
      }
      return false;
    }
    return ALLOWED_NODES.has(n.type) && (n.type.startsWith("mdxJsx") ? KNOWN_TAGS.includes(n.name ?? "") : true);
  });

  return { issues, cited, text };
}

/** Text content of a subtree, paragraphs separated by blank lines, citations dropped. */
function plainText(node: Node): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value ?? "";
  if (node.type === "mdxJsxTextElement" && node.name === "Cite") return "";
  const parts = (node.children ?? []).map(plainText);
  return node.type === "mdxJsxFlowElement" ? parts.filter(Boolean).join("\n\n").trim() : parts.join("");
}

/** Visits every node below `node`; returning false from visit skips a node's children. */
function walk(node: Node, visit: (n: Node, depth: number) => boolean, depth = 0) {
  for (const child of node.children ?? []) {
    if (visit(child, depth + 1)) walk(child, visit, depth + 1);
  }
}

function truncate(s: string, max = 60): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

function describe(n: Node): string {
  if (n.type === "mdxJsxFlowElement") return `<${n.name ?? ""}>`;
  const names: Record<string, string> = {
    paragraph: "a paragraph",
    heading: "a heading (the page sets the headings)",
    image: "an image (claims carry no images)",
    imageReference: "an image (claims carry no images)",
    definition: "a link definition (write links inline, as [text](https://…))",
    linkReference: "a reference-style link (write links inline, as [text](https://…))",
    html: "raw HTML",
  };
  return names[n.type] ?? `a ${n.type}`;
}
