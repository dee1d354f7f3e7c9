import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ContentError } from "@/lib/content/errors";
import { loadContent } from "@/lib/content/load";
import { treeWith } from "./fixture-tree";

// One mistake gets one message: files that refer to a broken file are not
// reported again for it, and two mistakes in one file are both reported.

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function issuesOf(edit: (root: string) => void) {
  const root = treeWith();
  made.push(root);
  edit(root);
  try {
    await loadContent(root, { compile: false });
  } catch (e) {
    if (e instanceof ContentError) return e.issues.map((i) => `${i.file.slice(root.length + 1)} → ${i.field}`);
    throw e;
  }
  throw new Error("expected the content to be refused");
}

const edit = (root: string, file: string, from: string, to: string) => {
  const abs = path.join(root, file);
  fs.writeFileSync(abs, fs.readFileSync(abs, "utf8").replace(from, to));
};

describe("no follow-on errors", () => {
  it("a broken film.json is reported once, not again by every claim on that film", async () => {
    const issues = await issuesOf((root) => edit(root, "films/test-film/film.json", '"year": 2020', '"year": "2020"'));
    expect(issues).toEqual(["films/test-film/film.json → year"]);
  });

  it("a broken scenes.json is reported once, not as a missing file or missing scenes", async () => {
    const issues = await issuesOf((root) => edit(root, "films/test-film/scenes.json", '"order": 1', '"order": "one"'));
    expect(issues).toEqual(["films/test-film/scenes.json → 0.order"]);
  });

  it("a broken claim named as a portrayal is not also called missing", async () => {
    const issues = await issuesOf((root) => {
      edit(root, "films/test-film/film.json", '"role": "Alpha" }', '"role": "Alpha", "portrayal": "first-claim" }');
      edit(root, "films/test-film/claims/first-claim.mdx", "verdict: mostly-accurate", "verdict: mostly");
    });
    expect(issues).toEqual(["films/test-film/claims/first-claim.mdx → verdict"]);
  });

  it("reports every bad field of one file, and bad files side by side, in one run", async () => {
    const issues = await issuesOf((root) => {
      edit(root, "films/test-film/claims/first-claim.mdx", "verdict: mostly-accurate", "verdict: mostly");
      edit(root, "films/test-film/claims/first-claim.mdx", "reviewed: 2026-11-23", "reviewed: 2999-01-01");
      edit(root, "films/test-film/claims/second-claim.mdx", '<Cite id="web-c" />', "<Cite id={1} />");
      edit(root, "people/alpha.json", '"died": "1970"', '"died": "1890"');
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        "films/test-film/claims/first-claim.mdx → verdict",
        "films/test-film/claims/first-claim.mdx → reviewed",
        "films/test-film/claims/second-claim.mdx → body.<Cite id> (line 18)",
        "people/alpha.json → died",
      ]),
    );
  });
});
