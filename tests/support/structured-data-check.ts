import fs from "node:fs";
import path from "node:path";
import jsonld from "jsonld";

// Offline checks for JSON-LD: expand it with the real `jsonld` processor (the
// schema.org context is served from a pinned file; any other URL is refused,
// so no test reaches the network), then check every expanded class and
// property against the pinned schema.org vocabulary, including that each
// property belongs to the node's class or one of its ancestors.

const dir = path.join(import.meta.dirname, "..", "fixtures", "schemaorg");
const CONTEXT = JSON.parse(fs.readFileSync(path.join(dir, "context.jsonld"), "utf8"));
const VOCAB: Record<string, { parents: string[]; properties: string[] }> = JSON.parse(fs.readFileSync(path.join(dir, "vocabulary.json"), "utf8")).classes;
const SCHEMA = "http://schema.org/";
const CONTEXT_URLS = new Set([
  "https://schema.org",
  "https://schema.org/",
  "http://schema.org",
  "http://schema.org/",
  "https://schema.org/docs/jsonldcontext.json",
]);

const documentLoader = async (url: string) => {
  if (!CONTEXT_URLS.has(url)) throw new Error(`refused to load ${url}: the structured-data tests never reach the network`);
  return { contextUrl: undefined, documentUrl: url, document: CONTEXT };
};

function ancestors(cls: string, seen = new Set<string>()): Set<string> {
  if (seen.has(cls)) return seen;
  seen.add(cls);
  for (const p of VOCAB[cls]?.parents ?? []) ancestors(p, seen);
  return seen;
}

const allProperties = new Set(Object.values(VOCAB).flatMap((c) => c.properties));

function propertiesOf(types: string[]): Set<string> {
  const classes = new Set(types.flatMap((t) => [...ancestors(t)]));
  return new Set([...classes].flatMap((c) => VOCAB[c]?.properties ?? []));
}

type Node = Record<string, unknown>;

function checkNode(node: Node, where: string, errors: string[], roleOf?: string) {
  const types = ((node["@type"] as string[] | undefined) ?? []).map((iri) => {
    if (!iri.startsWith(SCHEMA) || !VOCAB[iri.slice(SCHEMA.length)]) errors.push(`${where}: @type ${iri} is not a schema.org class`);
    return iri.slice(SCHEMA.length);
  });
  // A Role (e.g. PerformanceRole) repeats the property it qualifies, so that property is allowed on it.
  const isRole = types.some((t) => ancestors(t).has("Role"));
  const allowed = types.length ? propertiesOf(types) : allProperties;
  for (const [key, values] of Object.entries(node)) {
    if (key.startsWith("@")) continue;
    const name = key.startsWith(SCHEMA) ? key.slice(SCHEMA.length) : undefined;
    if (!name || !allProperties.has(name)) {
      errors.push(`${where}: ${key} is not a schema.org property`);
    } else if (!allowed.has(name) && !(isRole && name === roleOf)) {
      errors.push(`${where}: ${name} is not a property of ${types.join(", ")}`);
    }
    for (const [i, v] of (values as unknown[]).entries()) {
      if (v && typeof v === "object" && !("@value" in v)) checkNode(v as Node, `${where}.${name ?? key}[${i}]`, errors, name);
    }
  }
}

/** Every problem a strict consumer would have with this JSON-LD document; empty when it is clean. */
export async function structuredDataErrors(doc: object): Promise<string[]> {
  let expanded: Node[];
  try {
    // @types/jsonld describes jsonld 1.x; version 9 takes `safe` and returns a promise.
    const expand = jsonld.expand as unknown as (d: object, o: { documentLoader: typeof documentLoader; safe: boolean }) => Promise<Node[]>;
    expanded = await expand(doc, { documentLoader, safe: true });
  } catch (e) {
    return [`JSON-LD expansion failed: ${e instanceof Error ? e.message : String(e)}`];
  }
  if (expanded.length === 0) return ["JSON-LD expanded to nothing: no @context or no typed node"];
  const errors: string[] = [];
  expanded.forEach((node, i) => {
    checkNode(node, `node ${i}`, errors);
  });
  return errors;
}

/** The JSON-LD blocks of an HTML page, parsed. */
export function jsonLdBlocks(html: string): object[] {
  return [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
}
