import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimCard } from "@/components/claims/claim-card";
import { SourceEntry } from "@/components/claims/source-entry";
import { VerdictBadge } from "@/components/claims/verdict-badge";
import { VerdictBar } from "@/components/claims/verdict-bar";
import { toCardData } from "@/lib/claims/card-data";
import { tallyVerdicts } from "@/lib/claims/tally";
import { getSite } from "@/lib/content";
import { absoluteUrl } from "@/lib/site/config";
import { pageMetadata } from "@/lib/site/metadata";
import { personJsonLd } from "@/lib/structured-data/person";
import { sameAsPages } from "@/lib/structured-data/same-as";
import { jsonLdText } from "@/lib/structured-data/serialize";
import { formatDate } from "@/lib/sources/format";

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getSite()).people.map((p) => ({ id: p.id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const site = await getSite();
  const p = site.people.find((x) => x.id === id);
  if (!p) return {};
  const films = site.films.filter((f) => f.cast.some((m) => m.person === id)).map((f) => f.title);
  const onScreen = films.length ? `in ${films.join(" and ")} ` : "on screen ";
  return pageMetadata({
    path: `/characters/${id}`,
    title: p.name,
    description: `${p.name} ${onScreen}and in the historical record: every claim about them, with sources.`,
    type: "profile",
    ownImage: true,
  });
}

export default async function CharacterPage({ params }: Props) {
  const { id } = await params;
  const site = await getSite();
  const person = site.people.find((p) => p.id === id);
  if (!person) notFound();
  const claims = site.claims.filter((c) => c.characters.includes(id));
  const castings = site.films.flatMap((f) => f.cast.filter((m) => m.person === id).map((m) => ({ film: f, ...m })));
  const sources = new Map(site.sources.map((s) => [s.id, s]));
  const jsonLd = personJsonLd({ ...person, url: absoluteUrl(`/characters/${id}`), description: person.fate, sameAs: sameAsPages(person, site.sources) });

  return (
    <div className="grid gap-10">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(jsonLd) }} />
      <header className="grid gap-3 border-b border-rule pb-8">
        <p className="font-sans text-sm font-bold tracking-[0.16em] text-accent uppercase">Character</p>
        <h1 className="font-serif text-4xl font-bold">{person.name}</h1>
        {castings.map((c) => {
          const portrayal = c.portrayal ? site.claims.find((cl) => cl.slug === c.portrayal) : undefined;
          return (
            <div key={c.film.id} className="grid max-w-measure gap-2">
              <p className="font-serif text-xl text-muted">
                Played by <strong className="text-ink">{c.actor}</strong> in <cite>{c.film.title}</cite> ({c.film.year})
              </p>
              {portrayal && (
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-sans text-sm font-semibold">The portrayal:</span>
                  <VerdictBadge verdict={portrayal.verdict} size="sm" />
                  <Link href={`/claims/${portrayal.slug}`} className="underline">{portrayal.summary}</Link>
                </p>
              )}
            </div>
          );
        })}
        <p className="flex flex-wrap gap-x-4 gap-y-1 font-sans text-sm print:hidden">
          <a href={`/worksheet?character=${person.id}`} className="font-semibold underline">Print worksheet</a>
          <a href={`/quiz?character=${person.id}`} className="underline">Quiz on {person.name}</a>
          <a href={`/dates?character=${person.id}`} className="underline">Key dates</a>
          <Link href="/characters" className="underline">Who’s who</Link>
        </p>
      </header>

      <div className="grid gap-10 md:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <section aria-labelledby="real-h" className="grid content-start gap-4">
          <h2 id="real-h" className="border-b-2 border-ink pb-1 font-serif text-2xl font-bold">The real person</h2>
          <dl className="grid grid-cols-[6rem_1fr] gap-x-3 gap-y-2 text-[0.95rem]">
            <dt className="font-semibold">Born</dt>
            <dd>{formatDate(person.born)}{person.bornPlace && `, ${person.bornPlace}`}</dd>
            <dt className="font-semibold">Died</dt>
            <dd>{formatDate(person.died)}{person.diedPlace && `, ${person.diedPlace}`}</dd>
            <dt className="font-semibold">In March 1953</dt>
            <dd>
              <ul className="grid gap-1">
                {person.posts1953.map((p) => <li key={p}>{p}</li>)}
              </ul>
            </dd>
            <dt className="font-semibold">Afterwards</dt>
            <dd>{person.fate}</dd>
          </dl>
          <details className="text-sm">
            <summary className="cursor-pointer font-semibold">Sources for these facts ({person.sources.length})</summary>
            <ol className="mt-2 grid list-decimal gap-3 pl-5">
              {person.sources.map((r) => (
                <li key={r.id}><SourceEntry source={sources.get(r.id)!} at={r.at} /></li>
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
              <VerdictBar tally={tallyVerdicts(claims)} label={`Verdicts on the ${claims.length} claim${claims.length === 1 ? "" : "s"} about ${person.name}`} />
              <ul className="grid gap-4 sm:grid-cols-2">
                {claims.map((c) => (
                  <li key={c.slug}><ClaimCard claim={toCardData(c, site.people)} /></li>
                ))}
              </ul>
            </>
          ) : (
            <p className="text-muted">No claims about {person.name} yet. <Link href="/claims" className="underline">Browse all claims</Link>.</p>
          )}
        </section>
      </div>
    </div>
  );
}
