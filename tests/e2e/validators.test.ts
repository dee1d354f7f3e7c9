import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { HTML_VALIDATE_CONFIG } from "../support/html-validate-config";
import { jsonLdBlocks, structuredDataErrors } from "../support/structured-data-check";
import { baseUrl } from "./browser";

// Every page the sitemap lists, as served, through real validators, offline:
// html-validate (recommended rules) on the HTML; the jsonld processor and the
// pinned schema.org vocabulary on the structured data; and the tags a link
// preview needs. One test per page type, each over all its pages.

const sitemap = await (await fetch(`${baseUrl()}/sitemap.xml`)).text();
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
const pages = new Map(await Promise.all(paths.map(async (p) => [p, await (await fetch(baseUrl() + p)).text()] as const)));

const DETAIL: { name: string; match: (p: string) => boolean; jsonLd: string[]; og: string }[] = [
  { name: "home", match: (p) => p === "/", jsonLd: ["WebSite"], og: "website" },
  { name: "claim", match: (p) => /^\/claims\/[^/]+$/.test(p), jsonLd: ["ClaimReview"], og: "article" },
  { name: "film", match: (p) => /^\/films\/[^/]+$/.test(p), jsonLd: ["Movie"], og: "website" },
  { name: "character", match: (p) => /^\/characters\/[^/]+$/.test(p), jsonLd: ["Person"], og: "profile" },
  { name: "event", match: (p) => /^\/events\/[^/]+$/.test(p), jsonLd: ["Event"], og: "article" },
];
// Every other page in the sitemap (lists, timelines, classroom, method…) is checked as a list page, so
// no page the sitemap names goes unvalidated.
const TYPES = [...DETAIL, { name: "list", match: (p: string) => !DETAIL.some((t) => t.match(p)), jsonLd: [] as string[], og: "website" }];

const html = new HtmlValidate(HTML_VALIDATE_CONFIG);

function meta(doc: string, key: string): string | undefined {
  const tag = [...doc.matchAll(/<meta [^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`property="${key}"`) || t.includes(`name="${key}"`));
  return tag?.match(/content="([^"]*)"/)?.[1];
}

describe.each(TYPES)("$name pages", (type) => {
  const mine = [...pages].filter(([p]) => type.match(p));

  it.runIf(mine.length > 0 || type.name !== "event")("are in the sitemap", () => {
    expect(mine.length).toBeGreaterThan(0);
  });

  it.runIf(mine.length > 0)("pass html-validate's recommended rules", async () => {
    const problems: string[] = [];
    for (const [p, doc] of mine) {
      const report = await html.validateString(doc, p);
      for (const r of report.results) for (const m of r.messages) problems.push(`${p}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  it.runIf(mine.length > 0)("carry JSON-LD that expands to schema.org terms only", async () => {
    const problems: string[] = [];
    for (const [p, doc] of mine) {
      const blocks = jsonLdBlocks(doc);
      const types = blocks.map((b) => (b as { "@type"?: string })["@type"]);
      if (JSON.stringify(types) !== JSON.stringify(type.jsonLd))
        problems.push(`${p}: JSON-LD types ${JSON.stringify(types)}, expected ${JSON.stringify(type.jsonLd)}`);
      for (const b of blocks) for (const e of await structuredDataErrors(b)) problems.push(`${p}: ${e}`);
    }
    expect(problems).toEqual([]);
  });

  it.runIf(mine.length > 0)("unfurl: canonical link, Open Graph, title, description and an image with alt text", () => {
    const problems: string[] = [];
    for (const [p, doc] of mine) {
      const canonical = doc.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
      if (!canonical || new URL(canonical).pathname !== p) problems.push(`${p}: canonical ${canonical}`);
      if (meta(doc, "og:url") !== canonical) problems.push(`${p}: og:url ${meta(doc, "og:url")} is not the canonical URL`);
      if (meta(doc, "og:type") !== type.og) problems.push(`${p}: og:type ${meta(doc, "og:type")}, expected ${type.og}`);
      if (meta(doc, "og:site_name") !== "Reel vs Record") problems.push(`${p}: og:site_name ${meta(doc, "og:site_name")}`);
      if (!meta(doc, "og:locale")) problems.push(`${p}: no og:locale`);
      for (const key of ["og:title", "description", "og:description", "og:image:alt", "twitter:card"]) if (!meta(doc, key)) problems.push(`${p}: no ${key}`);
      const image = meta(doc, "og:image");
      if (!image?.startsWith(`${new URL(canonical ?? "http://x").origin}/`)) problems.push(`${p}: og:image ${image} is not absolute on the site`);
      const title = doc.match(/<title>([^<]*)<\/title>/)?.[1] ?? "";
      if (!title || title.length > 70) problems.push(`${p}: <title> "${title}" (${title.length} characters)`);
    }
    expect(problems).toEqual([]);
  });
});
