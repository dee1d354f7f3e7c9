import type { Metadata } from "next";
import { pageMetadata } from "@/lib/site/metadata";
import { Chronology } from "@/components/classroom/chronology";
import { NoScriptNotice } from "@/components/classroom/no-script-notice";
import { ViewPicker } from "@/components/classroom/view-picker";
import { catalogue } from "@/lib/classroom/catalogue";
import { buildChronology } from "@/lib/classroom/dates";
import { bySurname } from "@/lib/classroom/people";
import { getSite } from "@/lib/content";

export const metadata: Metadata = pageMetadata({
  path: "/dates",
  title: "Key dates",
  description:
    "Every dated fact in the record, by year and month, each linked to its claim, with the film's day beside it where the film moves it: a revision sheet.",
});

export default async function DatesPage() {
  const site = await getSite();
  const { vocab, labels } = catalogue(site);
  const entries = buildChronology(site);
  const people = bySurname(site.people).map((p) => ({ id: p.id, label: p.name }));
  const films = site.films.map((f) => ({ id: f.id, label: f.title }));
  // Births and deaths make everyone in the record a person one can choose here.
  const datesVocab = { ...vocab, characters: site.people.map((p) => p.id) };
  const datesLabels = { ...labels, characters: Object.fromEntries(site.people.map((p) => [p.id, p.name])) };
  return (
    <div className="mx-auto grid max-w-4xl gap-6">
      <header className="grid gap-3">
        <p className="font-sans text-sm font-bold tracking-[0.16em] text-accent uppercase">Classroom</p>
        <h1 className="font-serif text-4xl font-bold">Key dates</h1>
        <p className="max-w-measure font-serif text-xl leading-snug text-muted">
          Every date in the record, in order: when it happened, and the claim that sets it against the film. Where the film puts an event on another day, its
          day is given beside it. Print it as a revision sheet.
        </p>
      </header>
      <ViewPicker action="/dates" people={people} films={films} vocab={datesVocab} submit="Show these dates" />
      <NoScriptNotice what="list" />
      <Chronology entries={entries} vocab={datesVocab} labels={datesLabels} multiFilm={films.length > 1} />
    </div>
  );
}
