import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import type { ContentIssue } from "./errors";

// The rules a claim body must follow, checked on the MDX syntax tree before
// anything is compiled, so an author's mistake gets a message about their
// file rather than an esbuild stack trace.

export const SECTION_TAGS = ["InTheFilm", "InTheRecord", "SourcesDisagree"] as const;
export const INLINE_TAGS = ["Cite"] as const;
const KNOWN_TAGS: readonly string[] = [...SECTION_TAGS, ...INLINE_TAGS];

type Node = {
  type: string;
  name?: string | null;
  value?: string;
  children?: Node[];
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number } };
};

/** Plain text of each section, for search and share cards. */
export type SectionText = { film: string; record: string; disagree: string };
export type BodyCheck = { issues: ContentIssue[]; cited: string[]; text: SectionText };

export function checkClaimBody(
  body: string,
  opts: { file: string; bodyLine: number; sourceIds: readonly string[] },
): BodyCheck {
  const issues: ContentIssue[] = [];
  const cited: string[] = [];
  const text: SectionText = { film: "", record: "", disagree: "" };
  const lineOf = (n: Node) => (n.position ? n.position.start.line + opts.bodyLine - 1 : opts.bodyLine);
  const add = (n: Node | null, field: string, expected: string) =>
    issues.push({ file: opts.file, field: n ? `${field} (line ${lineOf(n)})` : field, expected });

  let tree: Node;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).parse(body) as Node;
  } catch (e) {
    const err = e as { line?: number; column?: number; reason?: string; message: string };
    const line = err.line ? ` (line ${err.line + opts.bodyLine - 1})` : "";
    // The parser's own positions count from the body, not the file: drop them.
    const reason = (err.reason ?? err.message).replace(/ \(\d+:\d+(-\d+:\d+)?\)/g, "");
    add(null, `body${line}`, `valid MDX: ${reason}`);
    return { issues, cited, text };
  }

  const sections: string[] = [];
  for (const child of tree.children ?? []) {
    if (child.type === "mdxJsxFlowElement" && (SECTION_TAGS as readonly string[]).includes(child.name ?? "")) {
      sections.push(child.name!);
      const key = child.name === "InTheFilm" ? "film" : child.name === "InTheRecord" ? "record" : "disagree";
      text[key] = plainText(child);
    } else if (child.type !== "mdxjsEsm") {
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

  walk(tree, (n, depth) => {
    if (n.type === "mdxjsEsm") {
      add(n, "body", "no import or export statements: content MDX may not load modules");
    } else if (n.type === "mdxFlowExpression" || n.type === "mdxTextExpression") {
      add(n, "body", "no {…} expressions: write plain text (escape a literal brace as \\{)");
    } else if (n.type === "mdxJsxFlowElement" || n.type === "mdxJsxTextElement") {
      const name = n.name ?? "";
      if (!KNOWN_TAGS.includes(name)) {
        add(n, `body.<${name || "fragment"}>`, `one of the tags <${KNOWN_TAGS.join(">, <")}>`);
        return;
      }
      if ((SECTION_TAGS as readonly string[]).includes(name) && depth !== 1) {
        add(n, `body.<${name}>`, `<${name}> only at the top level of the body, not nested`);
      }
      if (name === "Cite") checkCite(n);
    }
  });

  function checkCite(n: Node) {
    const attrs = n.attributes ?? [];
    for (const a of attrs) {
      if (a.type !== "mdxJsxAttribute" || (a.name !== "id" && a.name !== "at")) {
        add(n, "body.<Cite>", `only the attributes id and at; found ${a.name ?? "a spread attribute"}`);
      } else if (typeof a.value !== "string") {
        add(n, `body.<Cite ${a.name}>`, `a quoted string value, as in ${a.name}="…"`);
      }
    }
    const id = attrs.find((a) => a.name === "id")?.value;
    if (typeof id !== "string") {
      if (!attrs.some((a) => a.name === "id")) add(n, "body.<Cite>", 'an id attribute naming one of the claim\'s sources, as in <Cite id="knight-beria" />');
      return;
    }
    if (!opts.sourceIds.includes(id)) {
      add(n, `body.<Cite id="${id}">`, `a source listed in this claim's frontmatter sources (${opts.sourceIds.join(", ")})`);
      return;
    }
    cited.push(id);
  }

  return { issues, cited, text };
}

/** Text content of a subtree, paragraphs separated by blank lines, citations dropped. */
function plainText(node: Node): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value ?? "";
  if (node.type === "mdxJsxTextElement" && node.name === "Cite") return "";
  const parts = (node.children ?? []).map(plainText);
  return node.type === "mdxJsxFlowElement" ? parts.filter(Boolean).join("\n\n").trim() : parts.join("");
}

function walk(node: Node, visit: (n: Node, depth: number) => void, depth = 0) {
  for (const child of node.children ?? []) {
    visit(child, depth + 1);
    walk(child, visit, depth + 1);
  }
}

function describe(n: Node): string {
  if (n.type === "mdxJsxFlowElement") return `<${n.name ?? ""}>`;
  if (n.type === "paragraph") return "a paragraph";
  if (n.type === "heading") return "a heading";
  return `a ${n.type}`;
}
