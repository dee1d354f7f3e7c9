import type { Metadata } from "next";
import Link from "next/link";
import { VerdictBar } from "@/components/claims/verdict-bar";
import { FilmSummary } from "@/components/films/film-summary";
import { tallyVerdicts } from "@/lib/claims/tally";
import { getClaims, getEvents, getFilms } from "@/lib/content";
import { formatDateSpan } from "@/lib/events/format";
import { SITE_NAME, siteUrl } from "@/lib/site/config";
import { pageMetadata } from "@/lib/site/metadata";
import { jsonLdText } from "@/lib/structured-data/serialize";
import { websiteJsonLd } from "@/lib/structured-data/site";

async function homeDescription() {
  const films = await getFilms();
  const named = films.map((f) => `${f.title} (${f.year})`).join(" and ");
  return `Scene by scene, ${named} set against the historical record: a verdict and the documentary sources for every claim.`;
}

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({ path: "/", title: `${SITE_NAME}: films against the historical record`, description: await homeDescription(), ownImage: true });
}

export default async function HomePage() {
  const [films, claims, events] = await Promise.all([getFilms(), getClaims(), getEvents()]);
  const sourceCount = new Set(claims.flatMap((c) => c.sources.map((s) => s.id))).size;
  const jsonLd = websiteJsonLd({ name: SITE_NAME, url: siteUrl(), description: await homeDescription() });
  const told = events.filter((e) => claims.some((c) => c.events.includes(e.id)));
  return (
    <div className="grid gap-12">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(jsonLd) }} />
      <section className="grid gap-6 border-b border-rule pb-10 md:grid-cols-[3fr_2fr] md:items-end">
        <div className="grid gap-4">
          <p className="font-sans text-sm font-bold tracking-[0.16em] text-accent uppercase">Films against history</p>
          <h1 className="font-serif text-4xl leading-[1.05] font-bold text-balance sm:text-5xl">What films get right, bend and invent about the past</h1>
          <p className="max-w-measure font-serif text-xl leading-snug text-muted">
            We take {films.length === 1 ? "a film" : `${films.length} films`} one claim at a time: what each shows, what the documents say, a verdict, and the
            sources behind every sentence. Where films tell the same history, they are checked against one shared record.
          </p>
          <p className="font-sans text-sm">
            <Link href="/claims" className="font-semibold underline">
              Browse all {claims.length} claims
            </Link>
            <span aria-hidden="true"> · </span>
            <Link href="/method" className="underline">
              How we check
            </Link>
          </p>
        </div>
        <div className="rounded-md border border-rule bg-panel p-5">
          <h2 className="mb-4 font-serif text-xl font-bold">Scorecard, all films</h2>
          <VerdictBar
            tally={tallyVerdicts(claims)}
            label={`Verdicts on ${claims.length} claims from ${films.length} film${films.length === 1 ? "" : "s"}, drawing on ${sourceCount} sources`}
          />
        </div>
      </section>

      <section aria-labelledby="films-h" id="films" className="grid scroll-mt-6 gap-6">
        <h2 id="films-h" className="border-b-2 border-ink pb-1 font-serif text-2xl font-bold">
          The films
        </h2>
        <ul className="grid gap-6 md:grid-cols-2">
          {films.map((f) => (
            <li key={f.id} className="grid">
              <FilmSummary film={f} />
            </li>
          ))}
        </ul>
      </section>

      {told.length > 0 && (
        <section aria-labelledby="events-h" className="grid gap-4">
          <h2 id="events-h" className="border-b-2 border-ink pb-1 font-serif text-2xl font-bold">
            One record, many films
          </h2>
          <p className="max-w-measure text-muted">The same events, told once from the sources, with how each film shows them.</p>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {told.map((e) => (
              <li key={e.id} className="grid gap-0.5 border-l-2 border-record pl-3">
                <Link href={`/events/${e.id}`} className="font-serif text-lg font-semibold underline">
                  {e.title}
                </Link>
                <span className="font-sans text-sm text-muted">
                  <time dateTime={e.date}>{formatDateSpan(e.date, e.dateTo)}</time>
                </span>
              </li>
            ))}
          </ul>
          <p className="font-sans text-sm">
            <Link href="/events" className="underline">
              Every event
            </Link>
          </p>
        </section>
      )}
    </div>
  );
}
