import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimCard } from "@/components/claims/claim-card";
import { SourceEntry } from "@/components/claims/source-entry";
import { VerdictBadge } from "@/components/claims/verdict-badge";
import { VerdictBar } from "@/components/claims/verdict-bar";
import { toCardData } from "@/lib/claims/card-data";
import { tallyVerdicts } from "@/lib/claims/tally";
import { getPeople, getPerson, getSources } from "@/lib/content";
import { formatDateSpan } from "@/lib/events/format";
import { absoluteUrl } from "@/lib/site/config";
import { pageMetadata } from "@/lib/site/metadata";
import { personJsonLd } from "@/lib/structured-data/person";
import { sameAsPages } from "@/lib/structured-data/same-as";
import { jsonLdText } from "@/lib/structured-data/serialize";
import { formatDate } from "@/lib/sources/format";

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getPeople()).map((p) => ({ id: p.id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const person = await getPerson(id);
  if (!person) return {};
  const films = person.portrayals.map((p) => `${p.film.title} (${p.film.year})`);
  const onScreen = films.length ? `in ${films.join(" and ")} ` : "on screen ";
  return pageMetadata({
    path: `/characters/${id}`,
    title: person.name,
    description: `${person.name} ${onScreen}and in the historical record: every claim about them, with sources.`,
    type: "profile",
    ownImage: true,
  });
}

export default async function CharacterPage({ params }: Props) {
  const person = await getPerson((await params).id);
  if (!person) notFound();
  const people = await getPeople();
  const { portrayals, claims, claimsByFilm } = person;
  const several = claimsByFilm.length > 1;
  const countIn = (filmId: string) => claimsByFilm.find((g) => g.film.id === filmId)?.claims.length ?? 0;
  const jsonLd = personJsonLd({
    ...person,
    url: absoluteUrl(`/characters/${person.id}`),
    description: person.fate,
    sameAs: sameAsPages(person, await getSources()),
  });

  return (
    <div className="grid gap-10">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(jsonLd) }} />
      <header className="grid gap-3 border-b border-rule pb-8">
        <p className="font-sans text-sm font-bold tracking-[0.16em] text-accent uppercase">Character</p>
        <h1 className="font-serif text-4xl font-bold">{person.name}</h1>
        {portrayals.length === 1 && (
          <p className="max-w-measure font-serif text-xl text-muted">
            Played by <strong className="text-ink">{portrayals[0].actor}</strong> in <cite>{portrayals[0].film.title}</cite> ({portrayals[0].film.year})
          </p>
        )}
        <p className="flex flex-wrap gap-x-4 gap-y-1 font-sans text-sm print:hidden">
          <a href={`/worksheet?character=${person.id}`} className="font-semibold underline">
            Print worksheet
          </a>
          <a href={`/quiz?character=${person.id}`} className="underline">
            Quiz on {person.name}
          </a>
          <a href={`/dates?character=${person.id}`} className="underline">
            Key dates
          </a>
          <Link href="/characters" className="underline">
            Who’s who
          </Link>
        </p>
      </header>

      {portrayals.length > 0 && (
        <section aria-labelledby="portrayals-h" className="grid gap-4">
          <h2 id="portrayals-h" className="border-b-2 border-ink pb-1 font-serif text-2xl font-bold">
            {portrayals.length > 1 ? `${portrayals.length} films, side by side` : "The portrayal"}
          </h2>
          <ul className={`grid gap-4 ${portrayals.length > 1 ? "md:grid-cols-2" : ""}`}>
            {portrayals.map((p) => (
              <li key={p.film.id + p.actor} className="grid content-start gap-2 rounded-md border border-rule bg-panel p-4">
                <h3 className="font-serif text-xl font-bold">
                  <Link href={`/films/${p.film.id}`} className="underline">
                    <cite>{p.film.title}</cite>
                  </Link>{" "}
                  ({p.film.year})
                </h3>
                <p>
                  Played by <strong>{p.actor}</strong>
                  {p.role !== person.name && <span className="text-muted"> as {p.role}</span>}
                </p>
                {p.verdictClaim ? (
                  <div className="grid gap-1">
                    <p className="flex flex-wrap items-center gap-2">
                      <span className="font-sans text-sm font-semibold">The portrayal:</span>
                      <VerdictBadge verdict={p.verdictClaim.verdict} size="sm" />
                    </p>
                    <p>
                      <Link href={`/claims/${p.verdictClaim.slug}`} className="underline">
                        {p.verdictClaim.summary}
                      </Link>
                    </p>
                  </div>
                ) : (
                  <p className="text-sm text-muted">No overall verdict on this portrayal yet; see the claims below.</p>
                )}
                {countIn(p.film.id) > 0 && (
                  <p className="font-sans text-sm text-muted">
                    <a href={`#claims-${p.film.id}-h`} className="underline">
                      {countIn(p.film.id)} claim{countIn(p.film.id) === 1 ? "" : "s"} about {person.name} in this film
                    </a>
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <div className="grid gap-10 md:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <section aria-labelledby="real-h" className="grid content-start gap-4">
          <h2 id="real-h" className="border-b-2 border-ink pb-1 font-serif text-2xl font-bold">
            The real person
          </h2>
          <dl className="grid grid-cols-[6rem_1fr] gap-x-3 gap-y-2 text-[0.95rem]">
            <dt className="font-semibold">Born</dt>
            <dd>
              {formatDate(person.born)}
              {person.bornPlace && `, ${person.bornPlace}`}
            </dd>
            <dt className="font-semibold">Died</dt>
            <dd>
              {formatDate(person.died)}
              {person.diedPlace && `, ${person.diedPlace}`}
            </dd>
            <dt className="font-semibold">In March 1953</dt>
            <dd>
              <ul className="grid gap-1">
                {person.posts1953.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </dd>
            <dt className="font-semibold">Afterwards</dt>
            <dd>{person.fate}</dd>
          </dl>
          {person.events.length > 0 && (
            <div className="grid gap-1">
              <h3 className="font-sans text-sm font-semibold">Events</h3>
              <ul className="grid gap-1 text-[0.95rem]">
                {person.events.map((e) => (
                  <li key={e.id}>
                    <Link href={`/events/${e.id}`} className="underline">
                      {e.title}
                    </Link>{" "}
                    <span className="text-sm text-muted">
                      (<time dateTime={e.date}>{formatDateSpan(e.date, e.dateTo)}</time>)
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <details className="text-sm">
            <summary className="cursor-pointer font-semibold">Sources for these facts ({person.refs.length})</summary>
            <ol className="mt-2 grid list-decimal gap-3 pl-5">
              {person.refs.map((r) => (
                <li key={r.n}>
                  <SourceEntry source={r.source} at={r.at} />
                </li>
              ))}
            </ol>
          </details>
        </section>

        <section aria-labelledby="claims-h" className="grid content-start gap-5">
          <h2 id="claims-h" className="border-b-2 border-ink pb-1 font-serif text-2xl font-bold">
            On screen against the record
          </h2>
          {claims.length > 0 ? (
            <>
              <VerdictBar
                tally={tallyVerdicts(claims)}
                label={`Verdicts on the ${claims.length} claim${claims.length === 1 ? "" : "s"} about ${person.name}${several ? `, in ${claimsByFilm.length} films` : ""}`}
              />
              {claimsByFilm.map((g) => (
                <section key={g.film.id} aria-labelledby={`claims-${g.film.id}-h`} className="grid gap-3">
                  <h3 id={`claims-${g.film.id}-h`} className="font-serif text-xl font-bold">
                    In <cite>{g.film.title}</cite> ({g.film.year}){" "}
                    <span className="font-sans text-base font-normal text-muted">
                      · {g.claims.length} claim{g.claims.length === 1 ? "" : "s"}
                    </span>
                  </h3>
                  <ul className="grid gap-4 sm:grid-cols-2">
                    {g.claims.map((c) => (
                      <li key={c.slug}>
                        <ClaimCard claim={toCardData(c, people)} headingLevel={4} />
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </>
          ) : (
            <p className="text-muted">
              No claims about {person.name} yet.{" "}
              <Link href="/claims" className="underline">
                Browse all claims
              </Link>
              .
            </p>
          )}
        </section>
      </div>
    </div>
  );
}
