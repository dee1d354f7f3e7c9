import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml, YAMLParseError } from "yaml";
import type { z } from "zod";
import type { ContentIssue } from "./errors";

// Reading and per-file parsing. Every failure becomes a ContentIssue that
// names the file (relative to the project) and the field.

export const MAX_FILE_BYTES = 512 * 1024;

export type TextFile = { file: string; text: string };

type Result<T> = { ok: true; value: T } | { ok: false; issues: ContentIssue[] };

/**
 * Reads a UTF-8 text file the way an author meant it: a byte-order mark is
 * dropped, Windows line endings become \n and trailing blanks go, so such files read exactly like
 * clean ones. Invalid UTF-8 and oversized files are refused.
 */
export function readTextFile(absPath: string, file: string): Result<TextFile> {
  const bytes = fs.readFileSync(absPath);
  if (bytes.length > MAX_FILE_BYTES) {
    return fail(file, "(file)", `at most ${MAX_FILE_BYTES / 1024} KiB; this file is ${Math.round(bytes.length / 1024)} KiB`);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fail(file, "(file)", "text encoded as UTF-8; this file has bytes that are not valid UTF-8");
  }
  // Trailing blanks are invisible in an editor but mean a hard line break in
  // Markdown; dropping them keeps such a file identical to the clean one.
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").replace(/[ \t]+$/gm, "");
  return { ok: true, value: { file, text } };
}

export function parseJson<S extends z.ZodType>(src: TextFile, schema: S): Result<z.infer<S>> {
  let data: unknown;
  try {
    data = JSON.parse(src.text);
  } catch (e) {
    return fail(src.file, "(file)", `valid JSON (${(e as Error).message})`);
  }
  return validate(src.file, data, schema);
}

export type ClaimFile = { frontmatter: unknown; body: string; bodyLine: number };

/** Splits `---` YAML frontmatter from the MDX body; bodyLine is the body's first line number. */
export function splitFrontmatter(src: TextFile): Result<ClaimFile> {
  const m = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(src.text);
  if (!m) {
    return fail(src.file, "frontmatter", "a YAML block between '---' lines at the top of the file");
  }
  let frontmatter: unknown;
  try {
    frontmatter = parseYaml(m[1], { prettyErrors: true });
  } catch (e) {
    const where = e instanceof YAMLParseError && e.linePos ? ` at line ${e.linePos[0].line + 1}` : "";
    return fail(src.file, "frontmatter", `valid YAML${where} (${firstLine((e as Error).message)})`);
  }
  const bodyLine = m[0].split("\n").length - (m[0].endsWith("\n") ? 1 : 0) + 1;
  return { ok: true, value: { frontmatter, body: src.text.slice(m[0].length), bodyLine } };
}

export function validate<S extends z.ZodType>(file: string, data: unknown, schema: S): Result<z.infer<S>> {
  const r = schema.safeParse(data);
  if (r.success) return { ok: true, value: r.data };
  return {
    ok: false,
    issues: r.error.issues.map((i) => ({
      file,
      field: i.path.length ? i.path.join(".") : "(file)",
      expected: i.message,
    })),
  };
}

/** Lists files with an extension, sorted so that errors and output are stable. */
export function listFiles(dir: string, ext: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort();
}

export function idFromFile(name: string): string {
  return path.basename(name).replace(/\.[^.]+$/, "");
}

function fail(file: string, field: string, expected: string): { ok: false; issues: ContentIssue[] } {
  return { ok: false, issues: [{ file, field, expected }] };
}

function firstLine(s: string): string {
  return s.split("\n")[0];
}
