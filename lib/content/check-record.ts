import { buildRecord, type CheckRecord } from "../check/record";
import type { SiteContent } from "./load";

/** The checker's record from loaded content: people with their names, topics, facts and patterns. */
export function checkRecordOf(site: SiteContent): CheckRecord {
  if (!site.facts) throw new Error("content/facts/ is missing: the text checker needs its typed facts and patterns.json");
  return buildRecord(
    site.people.map((p) => ({ id: p.id, name: p.name, aka: p.aka })),
    site.facts.files.map((f) => ({ subject: f.subject, names: f.names, facts: f.facts })),
    site.facts.patterns,
  );
}
