import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SourceEntry } from "@/components/claims/source-entry";
import { VerdictBadge, VerdictIcon, verdictColor } from "@/components/claims/verdict-badge";
import { VERDICT_INFO } from "@/lib/claims/verdicts";
import { VerdictBar } from "@/components/claims/verdict-bar";
import { CompressionLine } from "@/components/timeline/compression-line";
import { basedOnLd, basedOnParts, filmLd, writerLabel } from "@/lib/films/credits";
import { movieJsonLd } from "@/lib/structured-data/movie";
import { sameAsPages } from "@/lib/structured-data/same-as";
import { jsonLdText } from "@/lib/structured-data/serialize";
import { pageMetadata } from "@/lib/site/metadata";
import { tallyVerdicts } from "@/lib/claims/tally";
import { absoluteUrl } from "@/lib/site/config";
import { getFilm, getFilms, getSources } from "@/lib/content";
import { formatDateSpan } from "@/lib/events/format";
import { formatDate } from "@/lib/sources/format";

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getFilms()).map((f) => ({ film: f.id }));
}

type Props = { params: Promise<{ film: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const film = await getFilm((await params).film);
  if (!film) return {};
  return pageMetadata({
    path: `/films/${film.id}`,
    title: `${film.title} (${film.year})`,
    description: `Credits and every scene of ${film.title}, each with its claims checked against the record.`,
    ownImage: true,
  });
}

export default async function FilmPage({ params }: Props) {
  const film = await getFilm((await params).film);
  if (!film) notFound();
  const claims = film.claims;

  const jsonLd = movieJsonLd({
    ...filmLd(film, absoluteUrl(`/films/${film.id}`)),
    runtimeMinutes: film.runtimeMinutes,
    countries: film.countries,
    cast: film.cast,
    basedOn: basedOnLd(film.basedOn),
    sameAs: sameAsPages({ name: film.title, sources: film.sources }, await getSources()),
  });
  const basedOn = film.basedOn && basedOnParts(film.basedOn);

  return (
    <div className="grid gap-10">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(jsonLd) }} />
      <header className="grid gap-3 border-b border-rule pb-8">
        <p className="font-sans text-sm font-bold tracking-[0.16em] text-accent uppercase">The film</p>
        <h1 className="font-serif text-4xl font-bold">
          <cite>{film.title}</cite> ({film.year})
        </h1>
        <dl className="grid max-w-3xl gap-x-4 gap-y-1 text-[0.95rem] sm:grid-cols-[9rem_1fr]">
          <dt className="font-semibold">Directed by</dt>
          <dd>{film.directors.join(", ")}</dd>
          <dt className="font-semibold">Written by</dt>
          <dd>{film.writers.map(writerLabel).join(", ")}</dd>
          {basedOn && (
            <>
              <dt className="font-semibold">Based on</dt>
              <dd>
                {basedOn.before}
                {basedOn.title && <cite>{basedOn.title}</cite>}
                {basedOn.after}
              </dd>
            </>
          )}
          <dt className="font-semibold">Running time</dt>
          <dd>{film.runtimeMinutes} minutes</dd>
          <dt className="font-semibold">Countries</dt>
          <dd>{film.countries.join(", ")}</dd>
        </dl>
      </header>

      <div className="grid gap-10 md:grid-cols-2">
        <section aria-labelledby="release-h">
          <h2 id="release-h" className="mb-3 border-b-2 border-ink pb-1 font-serif text-2xl font-bold">
            Release
          </h2>
          <ol className="grid gap-2">
            {film.releases.map((r) => (
              <li key={r.date + r.label} className="grid grid-cols-[9.5rem_1fr] gap-2">
                <time dateTime={r.date} className="font-sans text-sm font-bold tabular-nums">
                  {formatDate(r.date)}
                </time>
                <span>{r.label}</span>
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="cast-h">
          <h2 id="cast-h" className="mb-3 border-b-2 border-ink pb-1 font-serif text-2xl font-bold">
            Cast
          </h2>
          <ul className="grid gap-1 sm:grid-cols-2">
            {film.cast.map((m) => (
              <li key={m.actor}>
                {m.person ? (
                  <Link href={`/characters/${m.person}`} className="underline">
                    {m.role}
                  </Link>
                ) : (
                  m.role
                )}
                <span className="text-muted"> — {m.actor}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>

      <section aria-labelledby="score-h" className="rounded-md border border-rule bg-panel p-5">
        <h2 id="score-h" className="mb-4 font-serif text-xl font-bold">
          Scorecard
        </h2>
        <VerdictBar tally={tallyVerdicts(claims)} label={`Verdicts on all ${claims.length} claims`} />
        <div className="mt-5 border-t border-rule pt-4">
          <CompressionLine film={film} claims={claims} />
        </div>
      </section>

      {film.events.length > 0 && (
        <section aria-labelledby="film-events-h" className="grid gap-3">
          <h2 id="film-events-h" className="border-b-2 border-ink pb-1 font-serif text-2xl font-bold">
            Events it shows
          </h2>
          <p className="max-w-measure text-sm text-muted">Each told once from the sources, beside how every film that shows it tells it.</p>
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {film.events.map((e) => (
              <li key={e.id} className="border-l-2 border-record pl-3">
                <Link href={`/events/${e.id}`} className="underline">
                  {e.title}
                </Link>{" "}
                <span className="font-sans text-sm text-muted">
                  (<time dateTime={e.date}>{formatDateSpan(e.date, e.dateTo)}</time>)
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="scenes-h">
        <h2 id="scenes-h" className="mb-4 border-b-2 border-ink pb-1 font-serif text-2xl font-bold">
          Scene by scene
        </h2>
        <p className="mb-4 text-sm text-muted">Minute ranges are estimates from the order of scenes, not timed from the film.</p>
        <ol className="grid gap-5">
          {film.scenes.map((s) => {
            const here = claims.filter((c) => c.scene === s.id);
            return (
              <li key={s.id} id={`scene-${s.id}`} className="grid gap-2 border-l-2 border-film pl-4 sm:grid-cols-[12rem_1fr] sm:gap-6">
                <div>
                  <p className="font-sans text-xs text-muted">
                    {s.order}. {s.act} · about min. {s.minutes.from}–{s.minutes.to}
                  </p>
                  <h3 className="font-serif text-lg font-bold">{s.title}</h3>
                  {here.length > 0 && <SceneTally claims={here} />}
                </div>
                {here.length ? (
                  <ul className="grid gap-2">
                    {here.map((c) => (
                      <li key={c.slug} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                        <VerdictBadge verdict={c.verdict} size="sm" />
                        <Link href={`/claims/${c.slug}`} className="underline">
                          {c.title}
                        </Link>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="text-sm text-muted">No claims for this scene yet.</p>
                )}
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="film-sources-h">
        <h2 id="film-sources-h" className="mb-3 border-b-2 border-ink pb-1 font-serif text-2xl font-bold">
          Sources for the credits
        </h2>
        <ol className="grid list-decimal gap-3 pl-5">
          {film.refs.map((r) => (
            <li key={r.n}>
              <SourceEntry source={r.source} at={r.at} />
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

/** A scene's verdicts as a row of icons with counts: the per-scene scorecard. */
function SceneTally({ claims }: { claims: { verdict: Parameters<typeof tallyVerdicts>[0][number]["verdict"] }[] }) {
  const tally = tallyVerdicts(claims).filter((t) => t.count > 0);
  return (
    <p className="mt-1 flex flex-wrap gap-x-2 gap-y-1 font-sans text-xs">
      <span className="sr-only">Verdicts: {tally.map((t) => `${t.count} ${VERDICT_INFO[t.verdict].label.toLowerCase()}`).join(", ")}</span>
      {tally.map((t) => (
        <span key={t.verdict} className={`inline-flex items-center gap-0.5 ${verdictColor(t.verdict)}`} aria-hidden="true">
          <VerdictIcon verdict={t.verdict} className="h-3.5 w-3.5" />
          <span className="text-ink">{t.count}</span>
        </span>
      ))}
    </p>
  );
}
