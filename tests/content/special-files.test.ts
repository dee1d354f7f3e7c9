import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ContentError } from "@/lib/content/errors";
import { loadContent } from "@/lib/content/load";
import { GOOD, treeWith } from "./fixture-tree";

// Kinds of bad or awkward content that git cannot hold (FIFOs, links,
// devices, odd names), made at run time in a temporary tree that is removed
// afterwards. Each is refused by name without being read, or skipped with a
// warning and the tree read exactly like the clean one.

const CLAIMS = "films/test-film/claims";
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
function tree(): string {
  const root = treeWith();
  made.push(root);
  return root;
}

/** The refusal, and the CPU milliseconds it took (wall-clock would fail on a busy machine). */
async function refusal(root: string): Promise<{ err: ContentError; ms: number }> {
  const cpu = process.cpuUsage();
  try {
    await loadContent(root, { compile: false });
  } catch (e) {
    const used = process.cpuUsage(cpu);
    if (e instanceof ContentError) return { err: e, ms: (used.user + used.system) / 1000 };
    throw e;
  }
  throw new Error("expected the content to be refused, but it loaded");
}

const REFUSED: Record<string, { make: (root: string) => void; file: string; field: string; says: RegExp }> = {
  "FIFO in sources/": {
    make: (root) => execFileSync("mkfifo", [path.join(root, "sources/pipe.json")]),
    file: "sources/pipe.json",
    field: "(file)",
    says: /a regular \.json file; this is a FIFO \(named pipe\), which is refused without being read/,
  },
  "FIFO as film.json": {
    make: (root) => {
      fs.rmSync(path.join(root, "films/test-film/film.json"));
      execFileSync("mkfifo", [path.join(root, "films/test-film/film.json")]);
    },
    file: "films/test-film/film.json",
    field: "(file)",
    says: /a regular file; this is a FIFO/,
  },
  "symlink to a file outside content/": {
    make: (root) => {
      const secret = path.join(path.dirname(root), `${path.basename(root)}-secret.json`);
      fs.writeFileSync(secret, '{ "kind": "book", "tier": "popular", "title": "TOP-SECRET-CONTENTS" }');
      made.push(secret);
      fs.symlinkSync(secret, path.join(root, "sources/leak.json"));
    },
    file: "sources/leak.json",
    field: "(file)",
    says: /this is a symbolic link \(links are never followed\)/,
  },
  "dangling symlink": {
    make: (root) => fs.symlinkSync("/nonexistent/nowhere.mdx", path.join(root, CLAIMS, "ghost.mdx")),
    file: `${CLAIMS}/ghost.mdx`,
    field: "(file)",
    says: /symbolic link/,
  },
  "symlinked film folder": {
    make: (root) => fs.symlinkSync(path.join(root, "films/test-film"), path.join(root, "films/linked-film")),
    file: "films/linked-film",
    field: "(file)",
    says: /a folder; this is a symbolic link/,
  },
  "directory named like a claim": {
    make: (root) => fs.mkdirSync(path.join(root, CLAIMS, "x.mdx")),
    file: `${CLAIMS}/x.mdx`,
    field: "(file)",
    says: /a regular \.mdx file; this is a directory/,
  },
  "character device": {
    make: (root) => execFileSync("mknod", [path.join(root, "people/dev.json"), "c", "1", "3"]),
    file: "people/dev.json",
    field: "(file)",
    says: /this is a device/,
  },
  "name with #": {
    make: (root) => fs.copyFileSync(path.join(GOOD, CLAIMS, "first-claim.mdx"), path.join(root, CLAIMS, "a#b.mdx")),
    file: `${CLAIMS}/a#b.mdx`,
    field: "(file name)",
    says: /lower-case ASCII letters/,
  },
  "name with ?": {
    make: (root) => fs.copyFileSync(path.join(GOOD, CLAIMS, "first-claim.mdx"), path.join(root, CLAIMS, "why?.mdx")),
    file: `${CLAIMS}/why?.mdx`,
    field: "(file name)",
    says: /lower-case ASCII letters/,
  },
  "NFD name (a decomposed accent)": {
    make: (root) => fs.copyFileSync(path.join(GOOD, CLAIMS, "first-claim.mdx"), path.join(root, CLAIMS, "cafe\u0301.mdx")),
    file: `${CLAIMS}/cafe\\u{301}.mdx`,
    field: "(file name)",
    says: /lower-case ASCII letters/,
  },
  "name with a newline, printed escaped": {
    make: (root) => fs.copyFileSync(path.join(GOOD, CLAIMS, "first-claim.mdx"), path.join(root, CLAIMS, "two\nlines.mdx")),
    file: `${CLAIMS}/two\\u{a}lines.mdx`,
    field: "(file name)",
    says: /lower-case ASCII letters/,
  },
  "no films/ folder": {
    make: (root) => fs.rmSync(path.join(root, "films"), { recursive: true }),
    file: "films",
    field: "(folder)",
    says: /a films\/ folder holding at least one film folder/,
  },
  "empty films/ folder": {
    make: (root) => fs.rmSync(path.join(root, "films/test-film"), { recursive: true }),
    file: "films",
    field: "(folder)",
    says: /at least one film folder/,
  },
  "claim file over 64 KiB": {
    make: (root) => fs.appendFileSync(path.join(root, CLAIMS, "first-claim.mdx"), "x".repeat(70 * 1024)),
    file: `${CLAIMS}/first-claim.mdx`,
    field: "(file)",
    says: /at most 64 KiB; this file is \d+ KiB/,
  },
  "claim body over 32 KiB": {
    make: (root) => {
      const file = path.join(root, CLAIMS, "first-claim.mdx");
      fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("The film shows it.", "The film shows it. ".repeat(2000)));
    },
    file: `${CLAIMS}/first-claim.mdx`,
    field: "body",
    says: /a body of at most 32 KiB/,
  },
};

describe("special files and names are refused by name, quickly, without being read", () => {
  for (const [kind, { make, file, field, says }] of Object.entries(REFUSED)) {
    // Only root may make a device node; CI runs as root.
    const run = kind === "character device" && process.getuid?.() !== 0 ? it.skip : it;
    run(kind, async () => {
      const root = tree();
      make(root);
      const { err, ms } = await refusal(root);
      expect(
        err.issues.some((i) => i.file.endsWith(file) && i.field === field),
        `no issue for ${file} / ${field} in:\n${err.message}`,
      ).toBe(true);
      expect(err.message).toMatch(says);
      expect(err.message).not.toContain("TOP-SECRET");
      expect(ms).toBeLessThan(1000);
    });
  }
});

describe("editor droppings are skipped with a warning, and the tree reads like the clean one", () => {
  const strip = (s: Awaited<ReturnType<typeof loadContent>>) => s.claims.map(({ file: _f, ...rest }) => rest);
  const DROPPINGS: Record<string, (root: string) => void> = {
    "emacs lock file (a dangling symlink)": (root) => fs.symlinkSync("user@host.1234:1700000000", path.join(root, CLAIMS, ".#first-claim.mdx")),
    "emacs autosave": (root) => fs.copyFileSync(path.join(GOOD, CLAIMS, "first-claim.mdx"), path.join(root, CLAIMS, "#first-claim.mdx#")),
    "backup file": (root) => fs.writeFileSync(path.join(root, CLAIMS, "first-claim.mdx~"), "half an edit"),
    "vim swap file": (root) => fs.writeFileSync(path.join(root, CLAIMS, ".first-claim.mdx.swp"), "\0\0binary"),
    "a file named ...mdx": (root) => fs.writeFileSync(path.join(root, CLAIMS, "...mdx"), "not a claim"),
    ".DS_Store": (root) => fs.writeFileSync(path.join(root, "sources/.DS_Store"), "\0"),
  };
  for (const [kind, make] of Object.entries(DROPPINGS)) {
    it(kind, async () => {
      const clean = await loadContent(GOOD, { compile: false });
      const root = tree();
      make(root);
      const site = await loadContent(root, { compile: false });
      expect(strip(site)).toEqual(strip(clean));
      expect(site.warnings.length).toBe(1);
      expect(site.warnings[0].expected).toMatch(/no hidden files or editor droppings here; skipped/);
    });
  }
});

describe("the content check command", () => {
  it("ends with exit code 1 and a message, never a hang or a stack trace, on a FIFO and a dangling link", () => {
    const root = tree();
    execFileSync("mkfifo", [path.join(root, "sources/pipe.json")]);
    fs.symlinkSync("/nonexistent", path.join(root, CLAIMS, "ghost.mdx"));
    fs.symlinkSync("/nonexistent", path.join(root, CLAIMS, ".#first-claim.mdx"));
    let status = 0;
    let out = "";
    try {
      execFileSync(process.execPath, ["--import", "tsx", "scripts/check-content.ts", root], { encoding: "utf8", stdio: "pipe", timeout: 60_000 });
    } catch (e) {
      const err = e as { status: number; stderr: string; stdout: string };
      status = err.status;
      out = err.stderr + err.stdout;
    }
    expect(status).toBe(1);
    expect(out).toMatch(/sources\/pipe\.json → \(file\): expected a regular \.json file; this is a FIFO/);
    expect(out).toMatch(/ghost\.mdx → \(file\): expected a regular \.mdx file; this is a symbolic link/);
    expect(out).not.toMatch(/\n\s+at .*:\d+:\d+/);
  }, 90_000);

  it("prints a warning for a skipped file and passes", () => {
    const root = tree();
    fs.writeFileSync(path.join(root, CLAIMS, "first-claim.mdx~"), "x");
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/check-content.ts", root], { encoding: "utf8", timeout: 60_000 });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Content OK: 2 claims/);
    expect(run.stderr).toMatch(/warning: .*first-claim\.mdx~ → \(file name\): expected no hidden files or editor droppings here; skipped/);
  }, 90_000);
});
