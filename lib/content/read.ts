import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml, YAMLParseError } from "yaml";
import type { z } from "zod";
import type { ContentIssue } from "./errors";
import { ID_PATTERN } from "./schema";

// Reading and per-file parsing. Every failure becomes a ContentIssue that
// names the file (relative to the project) and the field.

export const MAX_FILE_BYTES = 512 * 1024;
/** A claim is a page of prose: 64 KiB is ten times the longest one, and keeps parsing fast. */
export const MAX_CLAIM_BYTES = 64 * 1024;

export type TextFile = { file: string; text: string };

type Result<T> = { ok: true; value: T } | { ok: false; issues: ContentIssue[] };

/**
 * Reads a UTF-8 text file the way an author meant it: a byte-order mark is
 * dropped, Windows line endings become \n and trailing blanks go, so such files read exactly like
 * clean ones. Invalid UTF-8 and oversized files are refused, and so is
 * anything that is not a regular file: it is looked at with lstat before it
 * is opened, so a FIFO never blocks and a symlink is never followed.
 */
export function readTextFile(absPath: string, file: string, maxBytes = MAX_FILE_BYTES): Result<TextFile> {
  const kind = entryKind(absPath);
  if (kind !== "file") return fail(file, "(file)", kind === "missing" ? "a file here; there is none" : `a regular file; this is ${KIND_LABEL[kind]}`);
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    // O_NOFOLLOW and O_NONBLOCK close the gap between lstat and open: if the
    // entry was swapped for a symlink or a FIFO meanwhile, open fails or returns at once.
    fd = fs.openSync(absPath, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return fail(file, "(file)", "a regular file");
    if (st.size > maxBytes) {
      return fail(file, "(file)", `at most ${maxBytes / 1024} KiB; this file is ${Math.round(st.size / 1024)} KiB`);
    }
    bytes = fs.readFileSync(fd);
  } catch (e) {
    return fail(file, "(file)", `a readable file (${(e as NodeJS.ErrnoException).code ?? "unreadable"})`);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
  if (bytes.length > maxBytes) {
    return fail(file, "(file)", `at most ${maxBytes / 1024} KiB; this file is ${Math.round(bytes.length / 1024)} KiB`);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fail(file, "(file)", "text encoded as UTF-8; this file has bytes that are not valid UTF-8");
  }
  // Trailing blanks are invisible in an editor but mean a hard line break in
  // Markdown; dropping them keeps such a file identical to the clean one.
  text = text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t]+$/gm, "");
  const bad = firstControlChar(text);
  if (bad) {
    return fail(file, `(file) (line ${bad.line})`, `no control characters; found ${bad.name}`);
  }
  return { ok: true, value: { file, text } };
}

export function parseJson<S extends z.ZodType>(src: TextFile, schema: S): Result<z.infer<S>> {
  let data: unknown;
  try {
    data = JSON.parse(src.text);
  } catch (e) {
    return fail(src.file, "(file)", `valid JSON (${(e as Error).message})`);
  }
  // JSON.parse keeps the last of two equal keys without a word, so a second
  // "tier" could silently change a source: refuse duplicates instead.
  const dup = duplicateKeys(src.text);
  if (dup.length) {
    return { ok: false, issues: dup.map((d) => ({ file: src.file, field: d.path || "(file)", expected: `each key once; "${d.key}" appears twice` })) };
  }
  return validate(src.file, data, schema);
}

/**
 * Keys that appear twice in one JSON object, with the path of the object.
 * Runs only on text JSON.parse accepted, so it can scan tokens without
 * re-checking the grammar.
 */
export function duplicateKeys(json: string): { path: string; key: string }[] {
  type Frame = { keys: Set<string> | null; path: string; index: number; key?: string };
  const found: { path: string; key: string }[] = [];
  const stack: Frame[] = [];
  const childPath = (f: Frame | undefined) => {
    if (!f) return "";
    const part = f.keys ? (f.key ?? "") : String(f.index);
    return f.path ? `${f.path}.${part}` : part;
  };
  let expectKey = false;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (c === '"') {
      let j = i + 1;
      while (json[j] !== '"') j += json[j] === "\\" ? 2 : 1;
      const top = stack[stack.length - 1];
      if (expectKey && top?.keys) {
        const key = JSON.parse(json.slice(i, j + 1)) as string;
        if (top.keys.has(key)) found.push({ path: top.path, key });
        top.keys.add(key);
        top.key = key;
        expectKey = false;
      }
      i = j;
    } else if (c === "{" || c === "[") {
      const parent = stack[stack.length - 1];
      stack.push({ keys: c === "{" ? new Set() : null, path: childPath(parent), index: 0 });
      expectKey = c === "{";
    } else if (c === "}" || c === "]") {
      stack.pop();
    } else if (c === ",") {
      const top = stack[stack.length - 1];
      if (top?.keys) expectKey = true;
      else if (top) top.index++;
    }
  }
  return found;
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
    // yaml counts lines from the start of the frontmatter; `where` already gives the file's line.
    const reason = firstLine((e as Error).message).replace(/ at line \d+, column \d+:?$/, "");
    return fail(src.file, "frontmatter", `valid YAML${where} (${reason})`);
  }
  const bodyLine = m[0].split("\n").length - (m[0].endsWith("\n") ? 1 : 0) + 1;
  return { ok: true, value: { frontmatter, body: src.text.slice(m[0].length), bodyLine } };
}

export function validate<S extends z.ZodType>(file: string, data: unknown, schema: S): Result<z.infer<S>> {
  // Escapes (\u0007 in JSON, "\x1b" in YAML) can put control characters into
  // a value even though the file itself has none; no text field may hold one.
  const controls = controlCharsIn(data);
  if (controls.length) {
    return { ok: false, issues: controls.map((c) => ({ file, field: c.path || "(file)", expected: `text without control characters; found ${c.name}` })) };
  }
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

export const NAME_RULE = "lower-case ASCII letters and digits in words joined by single hyphens, as in my-claim";

export type EntryKind = "file" | "directory" | "symlink" | "fifo" | "socket" | "device" | "missing";
const KIND_LABEL: Record<EntryKind, string> = {
  file: "a file",
  directory: "a directory",
  symlink: "a symbolic link (links are never followed)",
  fifo: "a FIFO (named pipe)",
  socket: "a socket",
  device: "a device",
  missing: "missing",
};

/** What is at a path, by lstat: never follows a link and never opens the entry. */
export function entryKind(abs: string): EntryKind {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(abs);
  } catch {
    return "missing";
  }
  if (st.isSymbolicLink()) return "symlink";
  if (st.isFile()) return "file";
  if (st.isDirectory()) return "directory";
  if (st.isFIFO()) return "fifo";
  if (st.isSocket()) return "socket";
  return "device";
}

export type Listing = {
  /** Regular files with valid names, sorted, so errors and output are stable. */
  names: string[];
  /** Entries refused: wrong kind, wrong name, wrong extension. */
  issues: ContentIssue[];
  /** Entries skipped: dotfiles and editor droppings. */
  warnings: ContentIssue[];
};

/**
 * Lists the files of one content folder: `<id><ext>`, regular files only.
 * Everything else is refused by name without being read, except what editors
 * leave behind (dotfiles, `#autosave#`, `backup~`), which is skipped with a
 * warning. `relDir` is the folder as messages should name it. A missing
 * folder lists nothing; the caller decides whether that is a problem.
 */
export function listContentFiles(dir: string, ext: string, relDir: string, want: "file" | "directory" = "file"): Listing {
  const out: Listing = { names: [], issues: [], warnings: [] };
  const here = entryKind(dir);
  if (here === "missing") return out;
  if (here !== "directory") {
    out.issues.push({ file: relDir, field: "(folder)", expected: `a folder; this is ${KIND_LABEL[here]}` });
    return out;
  }
  let entries: string[];
  try {
    entries = fs.readdirSync(dir);
  } catch (e) {
    out.issues.push({ file: relDir, field: "(folder)", expected: `a readable folder (${(e as NodeJS.ErrnoException).code ?? "unreadable"})` });
    return out;
  }
  for (const name of entries.sort()) {
    const file = path.join(relDir, printable(name));
    if (name.startsWith(".") || name.startsWith("#") || name.endsWith("~") || name.endsWith("#")) {
      out.warnings.push({ file, field: "(file name)", expected: "no hidden files or editor droppings here; skipped" });
      continue;
    }
    const kind = entryKind(path.join(dir, name));
    const what = want === "file" ? `a regular ${ext} file` : "a folder";
    if (kind !== want) {
      out.issues.push({ file, field: "(file)", expected: `${what}; this is ${KIND_LABEL[kind]}, which is refused without being read` });
      continue;
    }
    if (want === "file" && !name.endsWith(ext)) {
      out.issues.push({ file, field: "(file name)", expected: `only <id>${ext} files in this folder` });
      continue;
    }
    const id = want === "file" ? name.slice(0, -ext.length) : name;
    if (!ID_PATTERN.test(id) || id.length > 100) {
      out.issues.push({ file, field: "(file name)", expected: `a name of ${NAME_RULE}${want === "file" ? ext : ""}` });
      continue;
    }
    out.names.push(name);
  }
  return out;
}

/** A file name as it may be printed: control and invisible characters shown as escapes. */
export function printable(name: string): string {
  return name.replace(/[\p{C}\p{M}\p{Zl}\p{Zp}]|(?! )\p{Zs}/gu, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

/**
 * The first character that has no place in a text file: C0 controls other
 * than tab and newline, DEL, C1 controls, lone surrogates, U+FFFE/U+FFFF and
 * the bidirectional overrides that can make text read differently than it is stored.
 */
export function firstControlChar(text: string): { line: number; name: string } | undefined {
  const m = CONTROL_CHAR.exec(text);
  if (!m) return undefined;
  const line = text.slice(0, m.index).split("\n").length;
  return { line, name: `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}` };
}
const CONTROL_CHAR =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's whole job
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function controlCharsIn(data: unknown, at = ""): { path: string; name: string }[] {
  if (typeof data === "string") {
    const bad = firstControlChar(data);
    return bad ? [{ path: at, name: bad.name }] : [];
  }
  if (data && typeof data === "object") {
    return Object.entries(data).flatMap(([k, v]) => {
      const here = at ? `${at}.${k}` : k;
      const key = firstControlChar(k);
      return key ? [{ path: at, name: `${key.name} in a key` }] : controlCharsIn(v, here);
    });
  }
  return [];
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
