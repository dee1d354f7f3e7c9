import type { ClaimFrontmatter, Film, Person, Scene } from "../content/schema";

// One chronology of every dated fact in the record: the dates claims give,
// historical events (content/events, where a tree has them), and people's
// births and deaths. Built on the server, filtered in the
// browser by film and person, grouped by year and month for reading.

export type ChronologyLink = {
  href: string;
  text: string;
  film?: string;
  /** The day the film puts this on (its scene's estimated story date), when that is another day. */
  filmDate?: string;
  scene?: string;
};

export type ChronologyEntry = {
  /** YYYY, YYYY-MM or YYYY-MM-DD; its length is its precision. */
  date: string;
  /** An event's end, or the latest date where sources disagree. */
  dateTo?: string;
  label: string;
  kind: "record" | "event" | "born" | "died";
  links: ChronologyLink[];
  films: string[];
  people: string[];
};

type ClaimInput = Pick<ClaimFrontmatter, "film" | "scene" | "characters" | "dates" | "title"> & { slug: string; events?: string[] };

/** An event as content/events/<id>.json describes it (the fields the chronology reads). */
export type EventInput = { id: string; title: string; date: string; dateTo?: string; people: { person: string }[] };

export type ChronologyInput = {
  films: Pick<Film, "id" | "cast">[];
  scenes: Map<string, Scene[]>;
  people: Pick<Person, "id" | "name" | "born" | "died" | "bornPlace" | "diedPlace">[];
  claims: ClaimInput[];
  events?: EventInput[];
};

export function buildChronology({ films, scenes, people, claims, events = [] }: ChronologyInput): ChronologyEntry[] {
  const byKey = new Map<string, ChronologyEntry>();
  const add = (e: ChronologyEntry) => {
    // Two claims may give the same fact in the same words: one line, two links.
    const key = `${e.kind}|${e.date}|${e.label.toLowerCase()}`;
    const seen = byKey.get(key);
    if (!seen) return void byKey.set(key, e);
    for (const l of e.links) if (!seen.links.some((s) => s.href === l.href)) seen.links.push(l);
    seen.films = [...new Set([...seen.films, ...e.films])];
    seen.people = [...new Set([...seen.people, ...e.people])];
  };

  for (const c of claims) {
    const scene = scenes.get(c.film)?.find((s) => s.id === c.scene);
    for (const d of c.dates) {
      const filmDate = scene?.storyDate && scene.storyDate !== d.date ? scene.storyDate : undefined;
      add({
        date: d.date,
        label: d.label,
        kind: "record",
        links: [{ href: `/claims/${c.slug}`, text: c.title, film: c.film, filmDate, scene: filmDate ? scene?.title : undefined }],
        films: [c.film],
        people: [...c.characters],
      });
    }
  }

  for (const ev of events) {
    // An event belongs to the films whose claims name it.
    const naming = claims.filter((c) => c.events?.includes(ev.id));
    add({
      date: ev.date,
      ...(ev.dateTo ? { dateTo: ev.dateTo } : {}),
      label: ev.title,
      kind: "event",
      links: [{ href: `/events/${ev.id}`, text: ev.title }],
      films: [...new Set(naming.map((c) => c.film))],
      people: [...new Set([...ev.people.map((x) => x.person), ...naming.flatMap((c) => c.characters)])],
    });
  }

  for (const p of people) {
    const inFilms = films.filter((f) => f.cast.some((m) => m.person === p.id)).map((f) => f.id);
    const link = [{ href: `/characters/${p.id}`, text: p.name }];
    add({ date: p.born, label: `${p.name} is born${p.bornPlace ? ` in ${p.bornPlace}` : ""}`, kind: "born", links: link, films: inFilms, people: [p.id] });
    add({ date: p.died, label: `${p.name} dies${p.diedPlace ? ` in ${p.diedPlace}` : ""}`, kind: "died", links: link, films: inFilms, people: [p.id] });
  }

  return [...byKey.values()].sort((a, b) => a.date.localeCompare(b.date) || kindRank(a) - kindRank(b) || a.label.localeCompare(b.label));
}

// On one day, a birth reads before the events and a death after them.
const kindRank = (e: ChronologyEntry) => (e.kind === "born" ? 0 : e.kind === "died" ? 2 : 1);

/** OR within films and within people, AND across the two; empty means all. */
export function filterChronology(entries: ChronologyEntry[], f: { film: readonly string[]; character: readonly string[] }): ChronologyEntry[] {
  return entries.filter(
    (e) => (f.film.length === 0 || e.films.some((x) => f.film.includes(x))) && (f.character.length === 0 || e.people.some((x) => f.character.includes(x))),
  );
}

export type MonthGroup = { month: string; entries: ChronologyEntry[] };
export type YearGroup = { year: string; months: MonthGroup[] };

/** Year, then month ("" holds facts known only to the year). Input must be sorted. */
export function groupByYearMonth(entries: ChronologyEntry[]): YearGroup[] {
  const years: YearGroup[] = [];
  for (const e of entries) {
    const year = e.date.slice(0, 4);
    const month = e.date.length >= 7 ? e.date.slice(0, 7) : "";
    let y = years.at(-1);
    if (!y || y.year !== year) years.push((y = { year, months: [] }));
    let m = y.months.at(-1);
    if (!m || m.month !== month) y.months.push((m = { month, entries: [] }));
    m.entries.push(e);
  }
  return years;
}
