import type { Metadata } from "next";
import { pageMetadata } from "@/lib/site/metadata";
import { NoScriptNotice } from "@/components/classroom/no-script-notice";
import { Quiz } from "@/components/classroom/quiz";
import { ViewPicker } from "@/components/classroom/view-picker";
import { catalogue } from "@/lib/classroom/catalogue";
import { bySurname } from "@/lib/classroom/people";
import { getSite } from "@/lib/content";

export const metadata: Metadata = pageMetadata({
  path: "/quiz",
  title: "Quiz: film or record?",
  description:
    "A quiz drawn from our claims: for each scene, is the film true to the record, partly true, or invented? The verdict, the reason and the sources follow each answer.",
});

export default async function QuizPage() {
  const site = await getSite();
  const { items, vocab, labels } = catalogue(site);
  const people = bySurname(site.people.filter((p) => vocab.characters.includes(p.id))).map((p) => ({ id: p.id, label: p.name }));
  const films = site.films.map((f) => ({ id: f.id, label: f.title }));
  return (
    <div className="mx-auto grid max-w-3xl gap-6">
      <header className="grid gap-3">
        <p className="font-sans text-sm font-bold tracking-[0.16em] text-accent uppercase">Classroom</p>
        <h1 className="font-serif text-4xl font-bold">Film or record?</h1>
        <p className="max-w-measure font-serif text-xl leading-snug text-muted">
          Each question is something a film shows. Decide whether it is true to the record, partly true, or invented, then see our verdict, the reason in one
          line, and the claim with its sources.
        </p>
      </header>
      <ViewPicker action="/quiz" people={people} films={films} vocab={vocab} submit="Make this quiz" />
      <NoScriptNotice what="quiz" />
      <Quiz items={items.map(({ refs: _refs, ...q }) => q)} vocab={vocab} labels={labels} multiFilm={films.length > 1} />
    </div>
  );
}
