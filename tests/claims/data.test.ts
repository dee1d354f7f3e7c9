import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { atomFeed, recentChanges } from "@/lib/data/changes";
import { claimsCsv, exportClaims } from "@/lib/data/claims-export";
import { GOOD } from "../content/fixture-tree";

describe("open data and the changes feed", async () => {
  const site = await loadContent(GOOD, { compile: false });
  site.claims[0].changes = [{ date: "2026-12-01", type: "correction", note: 'Fixed a date <"quoted"> & more' }];
  const data = exportClaims(site.claims, site.scenes, site.sources, (s) => `https://x.test/claims/${s}`);

  it("exports every claim with a schema version and resolved sources", () => {
    expect(data.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(data.count).toBe(site.claims.length);
    expect(data.claims[0]).toMatchObject({
      slug: "first-claim",
      verdict: "mostly-accurate",
      scene: { id: "opening", order: 1 },
      sources: [{ id: "doc-a", at: null, tier: "primary" }, { id: "book-b", at: "p. 12", tier: "scholarly" }],
    });
  });

  it("writes CSV with a header and one quoted row per claim", () => {
    const lines = claimsCsv(data.claims).trimEnd().split("\r\n");
    expect(lines[0]).toBe("slug,url,film,scene,scene_order,title,summary,verdict,liberties,people,dates,sources,reviewed");
    expect(lines).toHaveLength(site.claims.length + 1);
    expect(lines[1].startsWith('"first-claim","https://x.test/claims/first-claim","test-film","opening","1"')).toBe(true);
  });

  it("lists changes newest first and writes a well-formed Atom feed", () => {
    const entries = recentChanges(site.claims);
    expect(entries[0]).toMatchObject({ date: "2026-12-01", slug: "first-claim" });
    const xml = atomFeed(entries, { siteName: "Reel vs Record", siteUrl: "https://x.test" });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain("&lt;&quot;quoted&quot;&gt; &amp; more");
    expect(xml.match(/<entry>/g)).toHaveLength(entries.length);
    expect(xml).toContain("<title>Correction: ");
    expect(xml).toContain("<title>New claim: ");
  });

  it("keeps every feed entry's id when a newer change arrives", () => {
    const ids = (xml: string) => [...xml.matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1]).slice(1);
    const opts = { siteName: "Reel vs Record", siteUrl: "https://x.test" };
    const before = ids(atomFeed(recentChanges(site.claims), opts));
    const claims = site.claims.map((c, i) =>
      i === 1 ? { ...c, changes: [...c.changes, { date: "2026-12-02", type: "clarification" as const, note: "Made the date clearer." }] } : c,
    );
    const after = ids(atomFeed(recentChanges(claims), opts));
    expect(after).toHaveLength(before.length + 1);
    expect(after).toEqual(expect.arrayContaining(before));
    expect(new Set(after).size).toBe(after.length);
  });
});
