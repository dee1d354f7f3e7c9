import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { frameworkNeeds, ownClientModules } from "@/lib/site/islands.cjs";

// The shape Next 16 writes for one route (.next/server/app/<route>/page_client-reference-manifest.js).
const manifest = (route: string, modules: string[]) =>
  `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST["${route}/page"] = ${JSON.stringify({
    moduleLoading: { prefix: "" },
    clientModules: Object.fromEntries(modules.map((m, i) => [m, { id: i, name: "*", chunks: [], async: false }])),
    entryCSSFiles: {},
  })};\n`;

const NEXT_OWN = [
  "[project]/node_modules/next/dist/esm/client/components/layout-router.js",
  "[project]/node_modules/next/dist/esm/client/components/layout-router.js <module evaluation>",
];

describe("which client modules of ours a route renders", () => {
  it("names our components and ignores Next's own and the development-only reloader", () => {
    expect(ownClientModules(manifest("/claims", [...NEXT_OWN, "[project]/components/layout/content-reload.tsx"]))).toEqual([]);
    expect(
      ownClientModules(
        manifest("/claims", [...NEXT_OWN, "[project]/components/claims/claim-finder.tsx", "[project]/components/claims/claim-finder.tsx <module evaluation>"]),
      ),
    ).toEqual(["components/claims/claim-finder.tsx"]);
  });

  it("reads the export's manifests too, built in a copy of the sources one folder down", () => {
    expect(ownClientModules(manifest("/claims/[slug]", [...NEXT_OWN, "[project]/.export-build/components/layout/content-reload.tsx"]))).toEqual([]);
    expect(ownClientModules(manifest("/claims", ["[project]/.export-build/components/claims/claim-finder.tsx"]))).toEqual([
      ".export-build/components/claims/claim-finder.tsx",
    ]);
  });

  it("says it cannot tell when the text is not a manifest", () => {
    expect(ownClientModules("")).toBeNull();
    expect(ownClientModules("globalThis.__RSC_MANIFEST['/x'] = {not json};")).toBeNull();
  });
});

describe("which pages of a build need the framework", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "islands-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  write(
    "prerender-manifest.json",
    JSON.stringify({
      routes: { "/": { srcRoute: "/" }, "/claims": { srcRoute: "/claims" }, "/claims/a": { srcRoute: "/claims/[slug]" }, "/quiz": { srcRoute: "/quiz" } },
    }),
  );
  write("server/app/page_client-reference-manifest.js", manifest("/", NEXT_OWN));
  write("server/app/claims/page_client-reference-manifest.js", manifest("/claims", [...NEXT_OWN, "[project]/components/claims/claim-finder.tsx"]));
  write("server/app/claims/[slug]/page_client-reference-manifest.js", manifest("/claims/[slug]", NEXT_OWN));
  // /quiz has no manifest at all: a page that might need its scripts keeps them.
  const needs = frameworkNeeds(dir);

  it("keeps the framework only where the route renders an island, or where it cannot tell", () => {
    expect(needs("/")).toBe(false);
    expect(needs("/claims/a")).toBe(false);
    expect(needs("/claims")).toBe(true);
    expect(needs("/quiz")).toBe(true);
    expect(needs("/not-prerendered")).toBe(true);
  });

  it("keeps it everywhere when the build's prerender manifest is missing", () => {
    expect(frameworkNeeds(path.join(dir, "nowhere"))("/")).toBe(true);
  });
});
