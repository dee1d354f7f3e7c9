import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError } from "@/lib/content/errors";
import { loadContent } from "@/lib/content/load";
import { BAD_KINDS, treeWith } from "./fixture-tree";

const CLAIM = "films/test-film/claims/first-claim.mdx";

// Each bad fixture: the file the message must name, the field, and the words
// that tell the author what was expected.
const EXPECTED: Record<string, { file: string; field: string; says: RegExp }> = {
  "unknown-film": { file: CLAIM, field: "film", says: /"no-such-film" does not exist/ },
  "unknown-scene": { file: CLAIM, field: "scene", says: /scene id of test-film \(opening, ending\); "no-such-scene" does not exist/ },
  "unknown-person": { file: CLAIM, field: "characters.1", says: /"gamma" does not exist/ },
  "unknown-source": { file: CLAIM, field: "sources.1.id", says: /"no-such-source" does not exist/ },
  "misspelt-verdict": { file: CLAIM, field: "verdict", says: /expected one of .*"mostly-accurate"/ },
  "liberty-off-scale": { file: CLAIM, field: "liberties.1", says: /expected one of .*"compressed"/ },
  "one-source": { file: CLAIM, field: "sources", says: /at least two sources/ },
  "claim-reviewed-missing": { file: CLAIM, field: "claimReviewed", says: /expected the film's claim stated in a short sentence of your own/ },
  "claim-reviewed-too-long": { file: CLAIM, field: "claimReviewed", says: /at most 75 characters: state the claim in a short sentence/ },
  "no-primary-or-scholarly": { file: CLAIM, field: "sources", says: /at least one primary or scholarly source; all are popular/ },
  "duplicate-slug": { file: "films/test-film/claims/first-claim.mdx", field: "(slug)", says: /"first-claim" is also .*other-film/ },
  "invalid-date": { file: CLAIM, field: "dates.0.date", says: /real calendar date written YYYY-MM-DD/ },
  "missing-film-section": { file: CLAIM, field: "body.<InTheFilm>", says: /an <InTheFilm> section|a <InTheFilm> section/ },
  "missing-record-section": { file: CLAIM, field: "body.<InTheRecord>", says: /<InTheRecord> section/ },
  "cite-not-listed": { file: CLAIM, field: 'body.<Cite id="web-c"> (line 23)', says: /a source listed in this claim's frontmatter sources \(doc-a, book-b\)/ },
  "mdx-import": { file: CLAIM, field: "body (line 21)", says: /no import or export statements/ },
  "mdx-export": { file: CLAIM, field: "body (line 21)", says: /no import or export statements/ },
  "unknown-tag": { file: CLAIM, field: "body.<Quote> (line 23)", says: /one of the tags <InTheFilm>, <InTheRecord>, <SourcesDisagree>, <Cite>/ },
  "mdx-syntax-error": { file: CLAIM, field: "body (line 23)", says: /valid MDX: Expected a closing tag for `<em>` before the end of `paragraph`/ },
  "malformed-yaml": { file: CLAIM, field: "frontmatter", says: /valid YAML at line \d+/ },
  "missing-frontmatter": { file: CLAIM, field: "frontmatter", says: /YAML block between '---' lines/ },
  "misspelt-field": { file: CLAIM, field: "(file)", says: /Unrecognized key: "verdikt"/ },
  "uncited-source": { file: CLAIM, field: "sources.0.id", says: /"doc-a" is never cited/ },
  "content-outside-section": { file: CLAIM, field: "body (line 27)", says: /found a paragraph outside them/ },
  "expression-in-body": { file: CLAIM, field: "body (line 23)", says: /no \{…\} expressions/ },
  "invalid-json": { file: "sources/doc-a.json", field: "(file)", says: /valid JSON/ },
  "invalid-utf8": { file: "sources/doc-a.json", field: "(file)", says: /not valid UTF-8/ },
  "unknown-tier": { file: "sources/doc-a.json", field: "tier", says: /expected one of "primary"\|"scholarly"/ },
  "bad-person-date": { file: "people/alpha.json", field: "born", says: /date written YYYY, YYYY-MM or YYYY-MM-DD/ },
  "person-unknown-source": { file: "people/beta.json", field: "sources.0.id", says: /"no-such-book" does not exist/ },
  "cast-unknown-person": { file: "films/test-film/film.json", field: "cast.0.person", says: /"omega" does not exist/ },
  "assessment-unknown-source": { file: CLAIM, field: "assessments.1.source", says: /a source id from content\/sources\/; "no-such-piece" does not exist/ },
  "assessment-without-why": { file: CLAIM, field: "assessments.0.why", says: /expected a "why" when agree is "partly"/ },
  "assessment-twice": { file: CLAIM, field: "assessments.1.source", says: /each source once; "web-c" is listed twice/ },
  "unknown-event": { file: CLAIM, field: "events.0", says: /an event id from content\/events\/; "no-such-event" does not exist/ },
  "event-one-source": { file: "events/the-event.json", field: "sources", says: /at least two sources/ },
  "event-no-primary-or-scholarly": { file: "events/the-event.json", field: "sources", says: /at least one primary or scholarly source; all are popular/ },
  "event-source-not-listed": {
    file: "events/the-event.json",
    field: "record.0.sources.1.id",
    says: /a source listed in this event's sources \(doc-a, book-b\); "web-c" is not/,
  },
  "event-unknown-person": { file: "events/the-event.json", field: "people.0.person", says: /"omega" does not exist/ },
  "event-bad-date": { file: "events/the-event.json", field: "date", says: /date written YYYY, YYYY-MM or YYYY-MM-DD/ },
  "event-misspelt-field": { file: "events/the-event.json", field: "(file)", says: /Unrecognized key: "sumary"/ },
  "scene-id-in-two-films": {
    file: "films/test-film/scenes.json",
    field: "0.id",
    says: /a scene id no other film uses; "opening" is also a scene of other-film/,
  },
  "published-moved": { file: CLAIM, field: "published", says: /2026-11-20, the date recorded in .*published\.json: a claim's published date never moves/ },
  "unrecorded-claim": { file: "published.json", field: "second-claim", says: /an entry for every claim; add "second-claim": "2026-11-23"/ },
  "published-after-reviewed": { file: CLAIM, field: "published", says: /a date on or before reviewed \(2026-11-23\)/ },
  "change-untyped": { file: CLAIM, field: "changes.0.type", says: /expected one of "new"\|"correction"\|"clarification"/ },
  "scene-without-approximate": { file: "films/test-film/scenes.json", field: "0.minutes.approximate", says: /expected true/ },
  "cite-duplicate-id": { file: CLAIM, field: "body.<Cite id> (line 23)", says: /one id attribute; found it twice/ },
  "cite-with-children": { file: CLAIM, field: "body.<Cite> (line 23)", says: /a self-closing tag/ },
  "section-attribute": { file: CLAIM, field: "body.<InTheFilm> (line 21)", says: /no attributes on <InTheFilm>; found data-x/ },
  "section-spread": { file: CLAIM, field: "body.<InTheRecord> (line 27)", says: /no attributes on <InTheRecord>; found a spread attribute/ },
  "javascript-link": {
    file: CLAIM,
    field: "body.link (line 23)",
    says: /https:\/\/ or http:\/\/ address or a site path starting with \/; found "javascript:alert\(1\)"/,
  },
  "data-link": { file: CLAIM, field: "body.link (line 23)", says: /found "data:text\/html/ },
  "protocol-relative-link": { file: CLAIM, field: "body.link (line 23)", says: /found "\/\/evil\.example\/x"/ },
  "external-image": { file: CLAIM, field: "body (line 23)", says: /found an image \(claims carry no images\)/ },
  "link-definition": { file: CLAIM, field: "body (line 25)", says: /found a link definition/ },
  "heading-in-body": { file: CLAIM, field: "body (line 23)", says: /found a heading/ },
  "emphasis-run": { file: CLAIM, field: "body (line 23)", says: /at most 100 markup characters .* in one paragraph and 400 in the body/ },
  "markup-spread": { file: CLAIM, field: "body (line 41)", says: /and 400 in the body/ },
  "long-list": { file: CLAIM, field: "body (line 125)", says: /at most 100 lines in lists and quotes/ },
  "deep-nesting": { file: CLAIM, field: "body (line 29)", says: /nested at most 4 deep; this line is 5 deep/ },
  "future-reviewed": { file: CLAIM, field: "reviewed", says: /a date from 1800 to today, not in the future/ },
  "date-before-1800": { file: CLAIM, field: "dates.0.date", says: /a date from 1800 to today/ },
  "event-in-9999": { file: CLAIM, field: "dates.0.date", says: /a date from 1800 to today/ },
  "control-char-escaped": { file: CLAIM, field: "title", says: /text without control characters; found U\+001B/ },
  "control-char-raw": { file: CLAIM, field: "(file) (line 23)", says: /no control characters; found U\+0007/ },
  "bidi-override": { file: CLAIM, field: "(file) (line 2)", says: /no control characters; found U\+202E/ },
  "too-many-sources": { file: CLAIM, field: "sources", says: /at most 30 sources on one claim/ },
  "yaml-duplicate-key": { file: CLAIM, field: "frontmatter", says: /valid YAML at line 9 \(Map keys must be unique\)/ },
  "yaml-alias-bomb": { file: CLAIM, field: "frontmatter", says: /valid YAML \(Excessive alias count/ },
  "title-too-long": { file: CLAIM, field: "title", says: /<=140 characters/ },
  "several-bad-fields": { file: CLAIM, field: "dates.0.date", says: /→ verdict: Invalid option/ },
  "duplicate-json-key": { file: "sources/doc-a.json", field: "(file)", says: /each key once; "tier" appears twice/ },
  "unknown-source-field": { file: "sources/doc-a.json", field: "(file)", says: /Unrecognized key: "tiers"/ },
  "lone-surrogate": { file: "sources/doc-a.json", field: "title", says: /found U\+D800/ },
  "died-before-born": { file: "people/beta.json", field: "died", says: /born to be before died/ },
  "scene-beyond-runtime": { file: "films/test-film/scenes.json", field: "[id=ending].minutes.to", says: /within the film's runtime of 90 minutes; found 200/ },
  "file-name-with-space": {
    file: "films/test-film/claims/my claim.mdx",
    field: "(file name)",
    says: /lower-case ASCII letters and digits in words joined by single hyphens/,
  },
  "file-name-upper-case": { file: "films/test-film/claims/Third-Claim.mdx", field: "(file name)", says: /lower-case ASCII/ },
  "film-folder-bad-name": { file: "films/Test Film", field: "(file name)", says: /lower-case ASCII/ },
  "source-file-wrong-extension": { file: "sources/notes.txt", field: "(file name)", says: /only <id>\.json files in this folder/ },
};

async function errorOf(root: string): Promise<ContentError> {
  try {
    await loadContent(root, { compile: false });
  } catch (e) {
    if (e instanceof ContentError) return e;
    throw e;
  }
  throw new Error("expected the content to be refused, but it loaded");
}

describe("content validation refuses each kind of bad content with a precise message", () => {
  it("has an expectation for every bad fixture on disk, and a fixture for every expectation", () => {
    expect(BAD_KINDS).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const kind of Object.keys(EXPECTED)) {
    it(kind, async () => {
      const root = treeWith(`bad/${kind}`);
      const { file, field, says } = EXPECTED[kind];
      const cpu = process.cpuUsage();
      const err = await errorOf(root);
      // Every refusal is quick, the pathological ones included (issue 12: under a second).
      // CPU time, not wall-clock, so a busy machine does not fail the test.
      const used = process.cpuUsage(cpu);
      expect((used.user + used.system) / 1000).toBeLessThan(1000);
      const issue = err.issues.find((i) => i.file.endsWith(file) && i.field === field);
      expect(issue, `no issue for ${file} / ${field} in:\n${err.message}`).toBeDefined();
      expect(err.message).toMatch(says);
      // The formatted message puts file, field and expectation on one line.
      const line = err.message.split("\n").find((l) => l.includes(file) && l.includes(`→ ${field}:`));
      expect(line).toBeDefined();
      fs.rmSync(root, { recursive: true, force: true });
    });
  }

  it("refuses a file too large to be a claim", async () => {
    const root = treeWith();
    const file = path.join(root, "sources", "huge.json");
    fs.writeFileSync(file, JSON.stringify({ kind: "book", tier: "popular", title: "x".repeat(600 * 1024) }));
    const err = await errorOf(root);
    expect(err.message).toMatch(/sources\/huge\.json → \(file\): expected at most 512 KiB; this file is 600 KiB/);
  });

  it("leaves nothing behind when it refuses content: no compiled output is written", async () => {
    const cache = path.join(process.cwd(), ".cache", "mdx");
    const before = fs.existsSync(cache) ? fs.readdirSync(cache).length : 0;
    const root = treeWith("bad/unknown-source");
    // A claim that would compile to new code if anything were compiled.
    const other = path.join(root, "films/test-film/claims/second-claim.mdx");
    fs.writeFileSync(other, fs.readFileSync(other, "utf8").replace("Nothing of the sort.", `Nothing of the sort, ${Date.now()}.`));
    await expect(loadContent(root)).rejects.toBeInstanceOf(ContentError);
    expect(fs.existsSync(cache) ? fs.readdirSync(cache).length : 0).toBe(before);
  });

  it("reports every problem at once, not just the first", async () => {
    const root = treeWith("bad/unknown-film");
    fs.cpSync(path.join(import.meta.dirname, "../fixtures/bad/invalid-json/content"), root, { recursive: true });
    const err = await errorOf(root);
    expect(err.issues.map((i) => i.field)).toEqual(expect.arrayContaining(["film", "(file)"]));
  });
});
