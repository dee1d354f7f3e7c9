import { buildRecord, type CheckRecord } from "../check/record";
import type { Fact } from "./facts-schema";
import { formatPartial } from "../check/interval";
import type { SiteContent } from "./load";

/** The checker's record from loaded content: people with their names, topics, facts and patterns. */
export function checkRecordOf(site: SiteContent): CheckRecord {
  if (!site.facts) throw new Error("content/facts/ is missing: the text checker needs its typed facts and patterns.json");
  const files = site.facts.files.map((f) => ({ subject: f.subject, names: f.names, facts: f.facts }));
  return buildRecord(
    site.people.map((p) => ({ id: p.id, name: p.name, aka: p.aka })),
    [...files, ...lifeFacts(site, files)],
    site.facts.patterns,
    site.films.map((f) => f.title),
  );
}

/**
 * Every person page states when its subject was born and died, with its sources: the checker knows those dates too
 * ("Zhukov died in 1972", "Vasily Stalin, born in 1925…"), unless a facts file already holds that kind for the person.
 */
function lifeFacts(site: SiteContent, files: { subject: string; facts: Fact[] }[]) {
  return site.people.map((p) => {
    const has = (kind: string) => files.some((f) => f.subject === p.id && f.facts.some((x) => x.kind === kind));
    const fact = (kind: "birth" | "death", date: string, verb: string): Fact => ({
      id: `${p.id}-${kind}-page`,
      kind,
      date,
      record: `${p.name} ${verb} ${date.length === 10 ? "on" : "in"} ${formatPartial(date)}.`,
      link: `/characters/${p.id}`,
      sources: p.sources,
    });
    const facts = [...(has("birth") ? [] : [fact("birth", p.born, "was born")]), ...(has("death") ? [] : [fact("death", p.died, "died")])];
    return { subject: p.id, names: [], facts };
  });
}
