import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadFacts } from "@/lib/content/facts";
import { formatIssue } from "@/lib/content/errors";
import { listContentFiles } from "@/lib/content/read";

// Bad facts are reported with the file, the field and what was expected, like all content.

const refs = {
  people: new Set([
    "beria",
    "stalin",
    "molotov",
    "polina-zhemchuzhina",
    "khrushchev",
    "malenkov",
    "kaganovich",
    "bulganin",
    "svetlana-alliluyeva",
    "vasily-stalin",
  ]),
  sources: new Map([
    ["knight-beria", { tier: "scholarly" }],
    ["wikipedia-lavrentiy-beria", { tier: "reference" }],
    ["some-blog", { tier: "popular" }],
  ]),
  claims: new Set(["beria-arrest-timing"]),
};
const patterns = JSON.parse(fs.readFileSync("content/facts/patterns.json", "utf8"));
const fact = {
  id: "beria-arrest",
  kind: "arrest",
  date: "1953-06-26",
  record: "Arrested on 26 June 1953.",
  link: "/claims/beria-arrest-timing",
  sources: [{ id: "knight-beria" }, { id: "wikipedia-lavrentiy-beria" }],
};

function tree(files: Record<string, unknown>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "facts-"));
  fs.mkdirSync(path.join(root, "facts"));
  fs.writeFileSync(path.join(root, "facts", "patterns.json"), JSON.stringify(patterns));
  for (const [name, data] of Object.entries(files)) fs.writeFileSync(path.join(root, "facts", name), typeof data === "string" ? data : JSON.stringify(data));
  return root;
}
const problems = (files: Record<string, unknown>) => {
  const root = tree(files);
  const rel = (abs: string) => path.relative(root, abs);
  const list = (dir: string, ext: string) => listContentFiles(dir, ext, rel(dir)).names;
  try {
    return loadFacts(root, rel, refs, list).issues.map(formatIssue);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
};

describe("content/facts validation", () => {
  it("accepts a good file", () => {
    expect(problems({ "beria.json": { facts: [fact] } })).toEqual([]);
    expect(problems({ "beria.json": { facts: [{ ...fact, chair: ["Ivan Konev", "Konev"] }] } })).toEqual([]);
  });
  it("names the file and field of each mistake", () => {
    expect(problems({ "beria.json": { facts: [{ ...fact, date: "26 June 1953" }] } })).toEqual([
      "facts/beria.json → facts.0.date: expected a date written YYYY, YYYY-MM or YYYY-MM-DD",
    ]);
    expect(problems({ "beria.json": { facts: [{ ...fact, sources: [{ id: "knight-beria" }, { id: "no-such-source" }] }] } })).toEqual([
      'facts/beria.json → facts.0.sources.1.id: expected a source id from content/sources/; "no-such-source" does not exist',
    ]);
    expect(problems({ "beria.json": { facts: [{ ...fact, sources: [{ id: "some-blog" }, { id: "wikipedia-lavrentiy-beria" }] }] } })).toEqual([
      "facts/beria.json → facts.0.sources: expected at least one primary or scholarly source",
    ]);
    expect(problems({ "beria.json": { facts: [{ ...fact, link: "/claims/nowhere" }] } })).toEqual([
      'facts/beria.json → facts.0.link: expected a page that exists; there is no claim "nowhere"',
    ]);
    expect(problems({ "beria.json": { facts: [{ ...fact, kind: "appointment" }] } })).toEqual([
      'facts/beria.json → facts.0.post: expected a post id for a fact of kind "appointment"',
    ]);
    expect(problems({ "beria.json": { facts: [{ ...fact, kind: "appointment", post: "tsar" }] } })[0]).toMatch(
      /^facts\/beria\.json → facts\.0\.post: expected a post id from content\/facts\/patterns\.json .*"tsar" is not one$/,
    );
    expect(problems({ "beria.json": { facts: [{ ...fact, place: "atlantis" }] } })[0]).toMatch(
      /^facts\/beria\.json → facts\.0\.place: expected a place id from content\/facts\/patterns\.json places .*"atlantis" is not one$/,
    );
    expect(problems({ "amnesty.json": { facts: [fact] } })).toEqual([
      'facts/amnesty.json → names: expected the names readers use for "amnesty" (it is not a person id from content/people/, so it is a topic and needs names)',
    ]);
    expect(problems({ "beria.json": { facts: [{ ...fact, chair: [] }] } })).toEqual([
      "facts/beria.json → facts.0.chair: Too small: expected array to have >=1 items",
    ]);
    expect(problems({ "beria.json": "{ not json" })[0]).toMatch(/^facts\/beria\.json → \(file\): expected valid JSON/);
  });
});
