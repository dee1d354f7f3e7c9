import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SourceEntry } from "@/components/claims/source-entry";
import { VerdictBadge } from "@/components/claims/verdict-badge";
import { formatCount, formatDateSpan } from "@/lib/events/format";
import { getEvent, getEvents } from "@/lib/content";
import { absoluteUrl } from "@/lib/site/config";
import { pageMetadata } from "@/lib/site/metadata";
import { eventJsonLd } from "@/lib/structured-data/event";
import { jsonLdText } from "@/lib/structured-data/serialize";

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getEvents()).map((e) => ({ id: e.id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await getEvent((await params).id);
  if (!event) return {};
  const films = event.tellings.map((t) => t.film.title);
  const title = `${event.title}, ${formatDateSpan(event.date, event.dateTo)}`;
  const description = `${event.summary}${films.length ? ` How ${films.join(" and ")} show${films.length === 1 ? "s" : ""} it, against the sources.` : ""}`;
  return pageMetadata({ path: `/events/${event.id}`, title, shortTitle: event.title, description, type: "article", ownImage: true });
}

/** Citation marks for a paragraph: each a link to the numbered source below. */
function Cites({ cites, sourceTitle }: { cites: { n: number; at?: string }[]; sourceTitle: (n: number) => string }) {
  return (
    <>
      {cites.map((c) => {
        const label = `Source ${c.n}: ${sourceTitle(c.n)}${c.at ? `, ${c.at}` : ""}`;
        return (
          <span key={c.n + (c.at ?? "")} className="cite-ref">
            <a href={`#source-${c.n}`} aria-label={label} title={label}>
              [{c.n}]
            </a>
          </span>
        );
      })}
    </>
  );
}

export default async function EventPage({ params }: Props) {
  const event = await getEvent((await params).id);
  if (!event) notFound();
  const sourceTitle = (n: number) => event.refs.find((r) => r.n === n)?.source.title ?? "";
  const when = formatDateSpan(event.date, event.dateTo);
  const jsonLd = eventJsonLd({
    url: absoluteUrl(`/events/${event.id}`),
    title: event.title,
    date: event.date,
    dateTo: event.dateTo,
    place: event.place,
    summary: event.summary,
    people: event.people.map((p) => ({ name: p.person.name, url: absoluteUrl(`/characters/${p.person.id}`) })),
  });

  return (
    <article className="mx-auto grid max-w-5xl gap-10">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(jsonLd) }} />
      <nav aria-label="Breadcrumb" className="font-sans text-sm text-muted">
        <Link href="/events" className="underline">
          Events
        </Link>
        <span aria-hidden="true"> › </span>
        <span>{event.title}</span>
      </nav>

      <header className="grid gap-3 border-b border-rule pb-8">
        <p className="font-sans text-sm font-bold tracking-[0.16em] text-accent uppercase">Historical event</p>
        <h1 className="font-serif text-4xl leading-tight font-bold text-balance">{event.title}</h1>
        <p className="font-sans text-sm">
          <time dateTime={event.date} className="font-bold">
            {when}
          </time>
          {event.place && <span className="text-muted"> · {event.place}</span>}
        </p>
        <p className="max-w-measure font-serif text-xl leading-snug">{event.summary}</p>
        {event.tellings.length > 0 && (
          <p className="font-sans text-sm text-muted">
            Shown in{" "}
            {event.tellings.map((t, i) => (
              <span key={t.film.id}>
                {i > 0 && (i === event.tellings.length - 1 ? " and " : ", ")}
                <a href={`#film-${t.film.id}`} className="underline">
                  <cite>{t.film.title}</cite>
                </a>
              </span>
            ))}
            .
          </p>
        )}
      </header>

      <section id="record" aria-labelledby="record-h" className="grid scroll-mt-6 gap-4 border-t-4 border-record bg-panel p-5 sm:p-6">
        <h2 id="record-h" className="font-sans text-xs font-bold tracking-[0.16em] text-record uppercase">
          The record
        </h2>
        <div className="prose-body">
          {event.record.map((p, i) => (
            <p key={i}>
              {p.text}
              <Cites cites={p.cites} sourceTitle={sourceTitle} />
            </p>
          ))}
        </div>
        {event.counts.length > 0 && (
          <dl className="grid gap-x-4 gap-y-1 font-sans text-sm sm:grid-cols-[auto_1fr]">
            {event.counts.map((c) => (
              <div key={c.label} className="contents">
                <dt className="font-semibold first-letter:uppercase">{c.label}</dt>
                <dd>
                  {formatCount(c.min, c.max)}
                  {c.max !== undefined && c.max !== c.min && <span className="text-muted"> (the sources disagree)</span>}
                  <Cites cites={c.cites} sourceTitle={sourceTitle} />
                </dd>
              </div>
            ))}
          </dl>
        )}
        {event.people.length > 0 && (
          <div className="grid gap-1">
            <h3 className="font-sans text-sm font-semibold">Who</h3>
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-[0.95rem]">
              {event.people.map((p) => (
                <li key={p.person.id}>
                  <Link href={`/characters/${p.person.id}`} className="underline">
                    {p.person.name}
                  </Link>
                  {p.role && <span className="text-muted"> — {p.role}</span>}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      <section aria-labelledby="films-h" className="grid gap-4">
        <h2 id="films-h" className="border-b-2 border-ink pb-1 font-serif text-2xl font-bold">
          How the films tell it
        </h2>
        {event.tellings.length === 0 ? (
          <p className="text-muted">No claim about a film names this event yet.</p>
        ) : (
          <div className={`grid gap-6 ${event.tellings.length > 1 ? "md:grid-cols-2" : ""}`}>
            {event.tellings.map((t) => (
              <section
                key={t.film.id}
                id={`film-${t.film.id}`}
                aria-labelledby={`film-${t.film.id}-h`}
                className="grid scroll-mt-6 content-start gap-3 border-t-4 border-film bg-panel p-5"
              >
                <h3 id={`film-${t.film.id}-h`} className="font-serif text-xl font-bold">
                  <Link href={`/films/${t.film.id}`} className="underline">
                    <cite>{t.film.title}</cite>
                  </Link>{" "}
                  ({t.film.year})
                </h3>
                <ul className="grid gap-4">
                  {t.claims.map((c) => (
                    <li key={c.slug} className="grid gap-1">
                      <div>
                        <VerdictBadge verdict={c.verdict} size="sm" />
                      </div>
                      <Link href={`/claims/${c.slug}`} className="font-serif text-lg leading-snug font-semibold underline">
                        {c.title}
                      </Link>
                      <p className="text-[0.95rem] text-muted">{c.summary}</p>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        )}
      </section>

      <section id="sources" aria-labelledby="sources-h" className="scroll-mt-6">
        <h2 id="sources-h" className="mb-3 border-b border-ink pb-1 font-serif text-xl font-bold">
          Sources
        </h2>
        <ol className="grid gap-4">
          {event.refs.map((r) => (
            <li key={r.n} id={`source-${r.n}`} className="grid scroll-mt-6 grid-cols-[2rem_1fr] gap-1 rounded-sm p-1">
              <span className="font-sans font-bold text-accent tabular-nums">{r.n}.</span>
              <SourceEntry source={r.source} at={r.at} />
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
