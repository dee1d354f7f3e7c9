// Writes tests/fixtures/schemaorg/vocabulary.json: every schema.org class with
// its parents and its own properties, read from the pinned schema-dts package
// (its schema.d.ts is generated from the schema.org release named in its
// package.json). The structured-data tests check every expanded JSON-LD term
// against this file, offline. Run after bumping schema-dts:
//   npx tsx scripts/schemaorg-vocabulary.ts
import fs from "node:fs";
import path from "node:path";

const root = path.join(import.meta.dirname, "..");
const pkgDir = path.join(root, "node_modules", "schema-dts");
const dts = fs.readFileSync(path.join(pkgDir, "dist", "schema.d.ts"), "utf8");
const version = JSON.parse(fs.readFileSync(path.join(pkgDir, "package.json"), "utf8")).version as string;

type ClassInfo = { parents: string[]; properties: string[] };
const classes: Record<string, ClassInfo> = {};
const strip = (base: string) => base.trim().replace(/Base$/, "");

// interface MovieBase extends CreativeWorkBase { "actor"?: …; … }
for (const m of dts.matchAll(/^(?:export )?interface (\w+)Base extends ([^{]+)\{\n([\s\S]*?)^\}/gm)) {
  const parents = m[2]
    .split(",")
    .map(strip)
    .filter((p) => p && !p.startsWith("Partial<"));
  const properties = [...m[3].matchAll(/^ {4}"([^"@]+)"\?:/gm)].map((p) => p[1]);
  classes[m[1]] = { parents: [...new Set(parents)], properties };
}
// A class with no properties of its own: export interface MovieClipLeaf extends ClipBase { "@type": "MovieClip"; }
for (const m of dts.matchAll(/^export interface (\w+)Leaf extends (\w+)Base \{\n {4}"@type": "([^"]+)";/gm)) {
  if (!classes[m[3]]) classes[m[3]] = { parents: [m[2]], properties: [] };
}
// Every "@type" a value may carry must be a class we know.
const missing = [...dts.matchAll(/"@type": "([^"]+)"/g)].map((m) => m[1]).filter((t) => !classes[t]);
for (const t of new Set(missing)) {
  const leaf = new RegExp(`^export type ${t}Leaf[^=]*= Omit<(\\w+)Base`, "m").exec(dts);
  classes[t] = { parents: leaf && leaf[1] !== t ? [leaf[1]] : [], properties: classes[t]?.properties ?? [] };
}

const out = {
  provenance: `Derived by scripts/schemaorg-vocabulary.ts from schema-dts ${version} (npm, dist/schema.d.ts), which is generated from the schema.org vocabulary. Do not edit by hand.`,
  classes: Object.fromEntries(Object.entries(classes).sort(([a], [b]) => a.localeCompare(b))),
};
const file = path.join(root, "tests", "fixtures", "schemaorg", "vocabulary.json");
fs.writeFileSync(file, `${JSON.stringify(out, null, 0).replace(/\},"/g, '},\n"')}\n`);
console.log(
  `${Object.keys(classes).length} classes, ${Object.values(classes).reduce((n, c) => n + c.properties.length, 0)} properties → ${path.relative(root, file)}`,
);
