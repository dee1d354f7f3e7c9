import fs from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { getMDXComponent } from "mdx-bundler/client";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { GOOD, treeWith } from "./fixture-tree";

describe("loadContent on a good tree", () => {
  it("resolves films, scenes, people, sources and claims, in film order", async () => {
    const site = await loadContent(GOOD);
    expect(site.films.map((f) => f.id)).toEqual(["test-film"]);
    expect(site.scenes.get("test-film")?.map((s) => s.id)).toEqual(["opening", "ending"]);
    expect(site.people.map((p) => p.id)).toEqual(["alpha", "beta"]);
    expect(site.claims.map((c) => c.slug)).toEqual(["first-claim", "second-claim"]);
    const first = site.claims[0];
    expect(first.verdict).toBe("mostly-accurate");
    expect(first.sources).toEqual([{ id: "doc-a" }, { id: "book-b", at: "p. 12" }]);
    expect(first.changes).toEqual([]);
    expect(first.events).toEqual(["the-event"]);
    expect(site.events.map((e) => e.id)).toEqual(["the-event"]);
    expect(site.events[0].counts[0]).toMatchObject({ min: 3, max: 5 });
    expect(first.code).toContain("InTheFilm");
  });

  it("reads a file with a byte-order mark, CRLF endings and trailing blanks exactly like the clean one", async () => {
    const clean = await loadContent(GOOD);
    const awkward = await loadContent(treeWith("awkward"));
    const raw = fs.readFileSync(path.join(import.meta.dirname, "../fixtures/awkward/content/films/test-film/claims/first-claim.mdx"), "utf8");
    expect(raw.startsWith("\uFEFF")).toBe(true);
    expect(raw).toContain("\r\n");
    const strip = ({ file: _f, ...rest }: (typeof clean.claims)[number]) => rest;
    expect(strip(awkward.claims[0])).toEqual(strip(clean.claims[0]));
  });

  it("accepts typographic quotes and dashes in text", async () => {
    const root = treeWith();
    const file = path.join(root, "films/test-film/claims/first-claim.mdx");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("The film shows it.", "The film shows “it” — twice."));
    const site = await loadContent(root);
    const Body = getMDXComponent(site.claims[0].code);
    const pass = ({ children }: { children?: unknown }) => createElement("section", null, children as never);
    const html = renderToStaticMarkup(createElement(Body, { components: { InTheFilm: pass, InTheRecord: pass, SourcesDisagree: pass, Cite: () => null } }));
    expect(html).toContain("<p>The film shows “it” — twice.</p>");
  });
});
