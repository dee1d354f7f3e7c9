import type { Verdict } from "../content/vocabulary";
import { tallyVerdicts, type Tally } from "../claims/tally";

// Who's who: every real person in the record with the films and actors that
// portray them and the tally of their claims.

/**
 * The name a class list sorts by. Our people are written "Given Surname", so
 * the surname is the last word; a name of one word is its own surname.
 */
export function surname(name: string): string {
  return name.trim().split(/\s+/).at(-1) ?? name;
}

export function bySurname<T extends { name: string }>(people: readonly T[]): T[] {
  return [...people].sort((a, b) => surname(a.name).localeCompare(surname(b.name)) || a.name.localeCompare(b.name));
}

export type WhoEntry = {
  id: string;
  name: string;
  aka: string[];
  born: string;
  died: string;
  /** Who they were in March 1953: their first post. */
  role1953: string;
  portrayals: { film: string; filmTitle: string; year: number; actor: string }[];
  films: string[];
  tally: Tally;
  claims: number;
};

type Input = {
  people: { id: string; name: string; aka: string[]; born: string; died: string; posts1953: string[] }[];
  films: { id: string; title: string; year: number; cast: { person?: string; actor: string }[] }[];
  claims: { film: string; characters: string[]; verdict: Verdict }[];
};

export function whosWho({ people, films, claims }: Input): WhoEntry[] {
  return bySurname(people).map((p) => {
    const theirs = claims.filter((c) => c.characters.includes(p.id));
    const portrayals = films.flatMap((f) =>
      f.cast.filter((m) => m.person === p.id).map((m) => ({ film: f.id, filmTitle: f.title, year: f.year, actor: m.actor })),
    );
    return {
      id: p.id,
      name: p.name,
      aka: p.aka,
      born: p.born,
      died: p.died,
      role1953: p.posts1953[0],
      portrayals,
      // A person belongs to a film they are cast in or that makes claims about them.
      films: [...new Set([...portrayals.map((x) => x.film), ...theirs.map((c) => c.film)])],
      tally: tallyVerdicts(theirs),
      claims: theirs.length,
    };
  });
}

/** "3 accurate, 2 mixed, 1 invented": the tally in words, zeros left out. */
export function tallyWords(tally: Tally, labels: Record<Verdict, string>): string {
  return tally
    .filter((t) => t.count > 0)
    .map((t) => `${t.count} ${labels[t.verdict].toLowerCase()}`)
    .join(", ");
}
