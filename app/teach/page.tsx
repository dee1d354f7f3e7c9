import type { Metadata } from "next";
import { pageMetadata } from "@/lib/site/metadata";
import Link from "next/link";
import { whosWho } from "@/lib/classroom/people";
import { getSite } from "@/lib/content";

export const metadata: Metadata = pageMetadata({
  path: "/teach",
  title: "For teachers",
  description:
    "How to use Reel vs Record with a class: before or after the film, the film-or-record quiz, printable worksheets with answer keys, and checking a text found online.",
});

const H2 = "mb-3 border-b-2 border-ink pb-1 font-serif text-2xl font-bold";

export default async function TeachPage() {
  const site = await getSite();
  // Ready-made views for the people with the most claims: the richest lessons.
  const leads = whosWho(site)
    .filter((p) => p.claims > 0)
    .sort((a, b) => b.claims - a.claims)
    .slice(0, 4);
  const film = site.films[0];

  return (
    <div className="mx-auto grid max-w-3xl gap-10">
      <header className="grid gap-3">
        <p className="font-sans text-sm font-bold tracking-[0.16em] text-accent uppercase">Classroom</p>
        <h1 className="font-serif text-4xl font-bold">For teachers</h1>
        <p className="font-serif text-xl leading-snug text-muted">
          A film about the past teaches two things at once: a story, and a habit of believing stories. This site is built to separate them, one claim at a time,
          and every page works on a phone, on a projector or on paper.
        </p>
      </header>

      <section aria-labelledby="start-h">
        <h2 id="start-h" className={H2}>
          In under a minute
        </h2>
        <ol className="grid list-decimal gap-2 pl-6">
          <li>
            Open the{" "}
            <Link href="/characters" className="underline">
              who’s who
            </Link>{" "}
            and choose a person, or start from{" "}
            <Link href="/claims" className="underline">
              all claims
            </Link>{" "}
            and filter them.
          </li>
          <li>
            Follow <strong>Print worksheet</strong>: the sheet has the questions, room to write, and the answer key on a page of its own.
          </li>
          <li>
            Follow <strong>Quiz</strong> for the same claims, and send its address to the class: everyone gets the same questions in the same order.
          </li>
        </ol>
      </section>

      <section aria-labelledby="ready-h">
        <h2 id="ready-h" className={H2}>
          Ready-made lessons
        </h2>
        <ul className="grid gap-4">
          {leads.map((p) => (
            <li key={p.id} className="grid gap-1 rounded-md border border-rule bg-panel p-4">
              <p className="font-serif text-lg font-semibold">
                {p.name} <span className="font-sans text-sm font-normal text-muted">({p.claims} claims)</span>
              </p>
              <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                <a href={`/worksheet?character=${p.id}`} className="underline">
                  Worksheet on {p.name}
                </a>
                <a href={`/quiz?character=${p.id}`} className="underline">
                  Quiz on {p.name}
                </a>
                <a href={`/dates?character=${p.id}`} className="underline">
                  Key dates for {p.name}
                </a>
              </p>
            </li>
          ))}
          <li className="grid gap-1 rounded-md border border-rule bg-panel p-4">
            <p className="font-serif text-lg font-semibold">What the film made up</p>
            <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              <a href="/worksheet?verdict=invented" className="underline">
                Worksheet on the invented scenes
              </a>
              <a href="/worksheet?verdict=accurate,mostly-accurate" className="underline">
                Worksheet on what it gets right
              </a>
            </p>
          </li>
          <li className="grid gap-1 rounded-md border border-rule bg-panel p-4">
            <p className="font-serif text-lg font-semibold">Everything at once</p>
            <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              <a href="/quiz" className="underline">
                The whole quiz
              </a>
              <a href="/dates" className="underline">
                Every key date, as a revision sheet
              </a>
              <a href="/timeline" className="underline">
                The film’s clock against the calendar
              </a>
            </p>
          </li>
        </ul>
      </section>

      <section aria-labelledby="before-h">
        <h2 id="before-h" className={H2}>
          Before or after watching
        </h2>
        <div className="grid gap-3">
          <p>
            <strong>Before</strong>, give the class the{" "}
            <Link href="/dates" className="underline">
              key dates
            </Link>{" "}
            and the{" "}
            <Link href="/characters" className="underline">
              who’s who
            </Link>
            , so they watch knowing who held which post and what the calendar was. Ask them to note every moment they doubt, and the minute it came.
          </p>
          <p>
            <strong>After</strong>, take their doubts one by one to the claims. Most will be there, each with what the film shows, what the record says and the
            sources in between. The quiz works well straight after the credits, while the scenes are fresh and before anyone has looked anything up.
          </p>
          {film && (
            <p>
              The{" "}
              <Link href={`/films/${film.id}`} className="underline">
                film’s page
              </Link>{" "}
              lists its scenes in order, with their claims, if you show only part of it.
            </p>
          )}
        </div>
      </section>

      <section aria-labelledby="quiz-h">
        <h2 id="quiz-h" className={H2}>
          The quiz
        </h2>
        <div className="grid gap-3">
          <p>
            Each question is a scene’s assertion. Pupils answer <em>true to the record</em>, <em>partly true</em> or <em>invented</em>, and then see the
            verdict, the reason in one line and a link to the whole claim. Our six-step scale folds into those three answers: accurate and mostly accurate count
            as true; mixed and mostly inaccurate as partly true. Claims the record cannot settle are left out, since there is no right answer.
          </p>
          <p>
            The order of the questions follows the film unless you shuffle them; a shuffled quiz keeps its order in its address, so the link you send is the
            quiz they get. With JavaScript off, the quiz is a list with each answer behind a button to open.
          </p>
        </div>
      </section>

      <section aria-labelledby="sheet-h">
        <h2 id="sheet-h" className={H2}>
          Worksheets
        </h2>
        <p>
          Any list of claims prints as a worksheet: the filters you chose in the title, each claim as a question with lines to write on and short references to
          the sources, and the answer key starting on a fresh page, so you can print the questions alone. Print from the browser, or save as PDF. Claim pages,
          person pages and the key dates print cleanly too, without menus and with link addresses written out.
        </p>
      </section>

      <section aria-labelledby="online-h">
        <h2 id="online-h" className={H2}>
          Checking a text found online
        </h2>
        <div className="grid gap-3">
          <p>
            Revision guides and blogs about the period repeat confident errors. A good exercise: give the class a page from one and ask them to check it here.
          </p>
          <ol className="grid list-decimal gap-2 pl-6">
            <li>Underline every statement of fact: a date, a number, a name, who did what.</li>
            <li>
              Search the{" "}
              <Link href="/claims" className="underline">
                claims
              </Link>{" "}
              for each and compare dates with the{" "}
              <Link href="/dates" className="underline">
                key dates
              </Link>
              .
            </li>
            <li>
              Ask what the text rests on. Our{" "}
              <Link href="/method#tiers" className="underline">
                tiers of sources
              </Link>{" "}
              explain why an archival document outweighs a popular history, and why a popular source is never enough on its own.
            </li>
            <li>Where historians disagree, the claim says so: a good answer names both sides.</li>
          </ol>
        </div>
      </section>
    </div>
  );
}
