import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { atomFeed, recentChanges } from "@/lib/data/changes";
import { claimsCsv, csvCell, exportClaims } from "@/lib/data/claims-export";
import { GOOD } from "../content/fixture-tree";

describe("open data and the changes feed", async () => {
  const site = await loadContent(GOOD, { compile: false });
  site.claims[0].changes = [{ date: "2026-12-01", type: "correction", note: 'Fixed a date <"quoted"> & more' }];
  const data = exportClaims(site.claims, site.films, site.scenes, site.sources, (s) => `https://x.test/claims/${s}`);

  it("exports every claim with a schema version and resolved sources", () => {
    expect(data.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(data.count).toBe(site.claims.length);
    expect(data.claims[0]).toMatchObject({
      slug: "first-claim",
      verdict: "mostly-accurate",
      film: "test-film",
      filmTitle: "Test Film",
      filmYear: 2020,
      events: ["the-event"],
      scene: { id: "opening", order: 1 },
      sources: [
        { id: "doc-a", at: null, tier: "primary" },
        { id: "book-b", at: "p. 12", tier: "scholarly" },
      ],
    });
  });

  it("writes CSV with a header and one quoted row per claim", () => {
    const lines = claimsCsv(data.claims).trimEnd().split("\r\n");
    expect(lines[0]).toBe("slug,url,film,scene,scene_order,title,summary,verdict,liberties,people,dates,sources,reviewed,film_title,events");
    expect(lines).toHaveLength(site.claims.length + 1);
    expect(lines[1].startsWith('"first-claim","https://x.test/claims/first-claim","test-film","opening","1"')).toBe(true);
    expect(lines[1].endsWith('"Test Film","the-event"')).toBe(true);
  });

  it("lists changes newest first and writes a well-formed Atom feed", () => {
    const entries = recentChanges(site.claims, site.films);
    expect(entries[0]).toMatchObject({ date: "2026-12-01", slug: "first-claim", film: { id: "test-film", title: "Test Film" } });
    const xml = atomFeed(entries, { siteName: "Reel vs Record", siteUrl: "https://x.test" });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain("&lt;&quot;quoted&quot;&gt; &amp; more");
    expect(xml.match(/<entry>/g)).toHaveLength(entries.length);
    // Each entry names its film.
    expect(xml.match(/<category term="test-film" label="Test Film"\/>/g)).toHaveLength(entries.length);
    expect(xml).toContain("<title>Correction: ");
    expect(xml).toContain("<title>New claim: ");
  });

  it("keeps every feed entry's id when a newer change arrives", () => {
    const ids = (xml: string) => [...xml.matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1]).slice(1);
    const opts = { siteName: "Reel vs Record", siteUrl: "https://x.test" };
    const before = ids(atomFeed(recentChanges(site.claims, site.films), opts));
    const claims = site.claims.map((c, i) =>
      i === 1 ? { ...c, changes: [...c.changes, { date: "2026-12-02", type: "clarification" as const, note: "Made the date clearer." }] } : c,
    );
    const after = ids(atomFeed(recentChanges(claims, site.films), opts));
    expect(after).toHaveLength(before.length + 1);
    expect(after).toEqual(expect.arrayContaining(before));
    expect(new Set(after).size).toBe(after.length);
  });
});

describe("outputs stay safe whatever text a claim holds", async () => {
  const site = await loadContent(GOOD, { compile: false });
  const HOSTILE = ['=HYPERLINK("https://evil.example","x")', "+1+2", "-2+3", "@SUM(A1)", "\tTabbed", "\rReturn"];

  it("neutralises every cell a spreadsheet would read as a formula (OWASP), and leaves ordinary text alone", () => {
    const claims = HOSTILE.map((title, i) => ({ ...site.claims[0], slug: `c-${i}`, title, summary: title }));
    const data = exportClaims(claims, site.films, site.scenes, site.sources, (s) => `https://x.test/claims/${s}`);
    const csv = claimsCsv(data.claims);
    for (const t of HOSTILE) {
      expect(csv).toContain(`"'${t.replace(/"/g, '""')}"`);
      expect(csv).not.toMatch(new RegExp(`(^|,)"${t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/"/g, '""')}`, "m"));
    }
    expect(csvCell("A title – with a dash")).toBe('"A title – with a dash"');
    expect(csvCell(1)).toBe('"1"');
  });

  it("writes a well-formed feed even for text XML cannot hold", () => {
    const nasty = "Bell\u0007 esc\u001b lone\ud800 nul\u0000 ]]> <b>&amp; \uffff end";
    const claims = [{ ...site.claims[0], title: nasty, changes: [{ date: "2026-12-01", type: "correction" as const, note: nasty }] }];
    const xml = atomFeed(recentChanges(claims, site.films), { siteName: "Reel vs Record", siteUrl: "https://x.test" });
    expect(XMLValidator.validate(xml)).toBe(true);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for the characters XML cannot hold
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(xml).toContain("]]&gt; &lt;b&gt;&amp;amp;");
  });
});
