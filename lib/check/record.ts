import type { Fact, FactKind, Patterns } from "../content/facts-schema";
import { factInterval, OPEN_HI, OPEN_LO, type Interval } from "./interval";

// The record the checker works from: people with every name a reader may use,
// topics, typed facts and the patterns. It is plain data (JSON-serialisable)
// so the /check page can ship it as a static file and the engine can run in
// the browser exactly as it runs in Node.

export type RecordPerson = { id: string; name: string; aka: string[] };
export type RecordTopic = { id: string; names: string[] };
export type CheckFact = Fact & { subject: string };
/** `works`: titles of films and books ("The Death of Stalin"), which name no event though their words may. */
export type CheckRecord = { people: RecordPerson[]; topics: RecordTopic[]; facts: CheckFact[]; patterns: Patterns; works?: string[] };

export type FactFileInput = { subject: string; names: string[]; facts: Fact[] };

export function buildRecord(people: RecordPerson[], files: FactFileInput[], patterns: Patterns, works: string[] = []): CheckRecord {
  const personIds = new Set(people.map((p) => p.id));
  return {
    people: people.map(({ id, name, aka }) => ({ id, name, aka })),
    topics: files.filter((f) => !personIds.has(f.subject)).map((f) => ({ id: f.subject, names: f.names })),
    facts: files.flatMap((f) => f.facts.map((fact) => ({ ...fact, subject: f.subject }))),
    patterns,
    works,
  };
}

export type Tenure = { subject: string; post: string; span: Interval; facts: CheckFact[] };

/**
 * Who held each post when, from appointment, dismissal, "held" and death
 * facts. A start without an end runs to the holder's death (or stays open);
 * a "held" fact without an appointment means "held it then, since some
 * earlier time".
 */
export function tenures(facts: CheckFact[], singleHolder: Set<string> = new Set()): Tenure[] {
  const out: Tenure[] = [];
  const bySubjectPost = new Map<string, CheckFact[]>();
  for (const f of facts) {
    if (!f.post) continue;
    const key = `${f.subject}|${f.post}`;
    bySubjectPost.set(key, [...(bySubjectPost.get(key) ?? []), f]);
  }
  for (const [key, list] of bySubjectPost) {
    const [subject, post] = key.split("|");
    const death = facts.find((f) => f.subject === subject && f.kind === "death");
    const deathEnd = death ? factInterval(death.date, death.dateTo).hi : OPEN_HI;
    const starts = list.filter((f) => f.kind === "appointment").sort((a, b) => a.date.localeCompare(b.date));
    const ends = list.filter((f) => f.kind === "dismissal").sort((a, b) => a.date.localeCompare(b.date));
    const held = list.filter((f) => f.kind === "held");
    for (const s of starts) {
      const lo = factInterval(s.date, s.dateTo).lo;
      const end = ends.find((e) => factInterval(e.date, e.dateTo).hi >= lo);
      out.push({ subject, post, span: { lo, hi: end ? factInterval(end.date, end.dateTo).hi : deathEnd }, facts: end ? [s, end] : [s] });
    }
    if (!starts.length) {
      for (const h of held)
        out.push({ subject, post, span: { lo: OPEN_LO, hi: Math.max(factInterval(h.date, h.dateTo).hi, deathEnd === OPEN_HI ? 0 : deathEnd) }, facts: [h] });
      for (const e of ends) if (!held.length) out.push({ subject, post, span: { lo: OPEN_LO, hi: factInterval(e.date, e.dateTo).hi }, facts: [e] });
    }
  }
  // A post with one holder at a time passes on: a tenure with no recorded end stops when the next holder starts.
  for (const t of out) {
    if (!singleHolder.has(t.post) || t.facts.some((f) => f.kind === "dismissal")) continue;
    const next = out.filter((o) => o.post === t.post && o.subject !== t.subject && o.span.lo > t.span.lo).sort((a, b) => a.span.lo - b.span.lo)[0];
    if (next && next.span.lo <= t.span.hi) t.span = { lo: t.span.lo, hi: next.span.lo };
  }
  return out;
}

export function factsOf(record: CheckRecord, subject: string, kind: FactKind): CheckFact[] {
  return record.facts.filter((f) => f.subject === subject && f.kind === kind);
}
