import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CiteThis } from "@/components/claims/cite-this";
import { ShareTools } from "@/components/claims/share-tools";
import { SourceEntry } from "@/components/claims/source-entry";
import { VerdictBadge } from "@/components/claims/verdict-badge";
import { WhatOthersSaid } from "@/components/claims/what-others-said";
import { ClaimBody } from "@/components/mdx/claim-body";
import { filmLd } from "@/lib/films/credits";
import { claimReviewJsonLd } from "@/lib/structured-data/claim-review";
import { jsonLdText } from "@/lib/structured-data/serialize";
import { pageMetadata } from "@/lib/site/metadata";
import { CHANGE_LABELS } from "@/lib/data/changes";
import { LIBERTY_INFO, VERDICT_INFO } from "@/lib/claims/verdicts";
import { absoluteUrl, SITE_NAME, siteUrl } from "@/lib/site/config";
import { getClaim, getClaims } from "@/lib/content";
import { formatDate } from "@/lib/sources/format";

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getClaims()).map((c) => ({ slug: c.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const claim = await getClaim((await params).slug);
  if (!claim) return {};
  return pageMetadata({
    path: `/claims/${claim.slug}`,
    title: claim.title,
    shortTitle: claim.claimReviewed,
    description: claim.summary,
    type: "article",
    ownImage: true,
    publishedTime: claim.published ?? claim.reviewed,
    modifiedTime: lastModified(claim),
  });
}

function lastModified(claim: { reviewed: string; changes: { date: string }[] }): string {
  return [claim.reviewed, ...claim.changes.map((c) => c.date)].sort().at(-1) ?? claim.reviewed;
}

export default async function ClaimPage({ params }: Props) {
  const claim = await getClaim((await params).slug);
  if (!claim) notFound();
  const film = claim.filmInfo;
  const scene = claim.sceneInfo;
  const dates = [...claim.dates].sort((a, b) => a.date.localeCompare(b.date));
  const url = absoluteUrl(`/claims/${claim.slug}`);
  const jsonLd = claimReviewJsonLd({
    url,
    claimReviewed: claim.claimReviewed,
    verdict: claim.verdict,
    published: claim.published,
    modified: lastModified(claim),
    site: { name: SITE_NAME, url: siteUrl() },
    film: filmLd(film, absoluteUrl(`/films/${film.id}`)),
    scene: { title: scene.title, from: scene.minutes.from, to: scene.minutes.to },
  });
  const toc = [
    ["film", "In the film"],
    ["record", "In the record"],
    ...(claim.text.disagree ? [["disagreements", "Disagreements"]] : []),
    ...(claim.assessed.length ? [["others", "What others said"]] : []),
    ...(dates.length ? [["dates", "Dates"]] : []),
    ["sources", "Sources"],
    ["cite", "Share and cite"],
  ];

  return (
    <article className="mx-auto max-w-5xl">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(jsonLd) }} />
      <nav aria-label="Breadcrumb" className="mb-5 font-sans text-sm text-muted">
        <Link href="/claims" className="underline">
          Claims
        </Link>
        <span aria-hidden="true"> › </span>
        <Link href={`/films/${film.id}`} className="underline">
          <cite>{film.title}</cite>
        </Link>
        <span aria-hidden="true"> › </span>
        <span>{scene.act}</span>
      </nav>

      <header className="grid gap-4 border-b border-rule pb-8">
        <p className="font-sans text-sm text-muted">
          Scene {scene.order} of {film.scenes.length}: <strong className="text-ink">{scene.title}</strong>
          <span aria-hidden="true"> · </span>
          <span>
            about minutes {scene.minutes.from}–{scene.minutes.to}{" "}
            <abbr title="Minute marks are estimated from the order of scenes, not timed from the film">(approx.)</abbr>
          </span>
        </p>
        <div>
          <p className="font-sans text-xs font-bold tracking-[0.16em] text-film uppercase">The film shows</p>
          <h1 className="mt-1 max-w-measure font-serif text-3xl leading-tight font-bold text-balance sm:text-4xl">{claim.title}</h1>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <span className="sr-only">Verdict: </span>
          <VerdictBadge verdict={claim.verdict} size="lg" />
          <span className="text-sm text-muted">{VERDICT_INFO[claim.verdict].meaning}</span>
        </div>
        <p className="max-w-measure font-serif text-xl leading-snug">{claim.summary}</p>
        <dl className="grid gap-x-6 gap-y-2 font-sans text-sm sm:grid-cols-[auto_1fr]">
          {claim.liberties.length > 0 && (
            <>
              <dt className="font-semibold">Liberties taken</dt>
              <dd>
                <ul className="flex flex-wrap gap-2">
                  {claim.liberties.map((l) => (
                    <li key={l} className="rounded-sm border border-rule bg-panel px-2 py-0.5">
                      <strong>{LIBERTY_INFO[l].label}</strong>
                      <span className="text-muted"> — {LIBERTY_INFO[l].meaning}</span>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {claim.eventList.length > 0 && (
            <>
              <dt className="font-semibold">Events</dt>
              <dd>
                {claim.eventList.map((e, i) => (
                  <span key={e.id}>
                    {i > 0 && ", "}
                    <Link href={`/events/${e.id}`} className="underline">
                      {e.title}
                    </Link>
                  </span>
                ))}
              </dd>
            </>
          )}
          <dt className="font-semibold">People</dt>
          <dd>
            {claim.people.map((p, i) => (
              <span key={p.id}>
                {i > 0 && ", "}
                <Link href={`/characters/${p.id}`} className="underline">
                  {p.name}
                </Link>
              </span>
            ))}
          </dd>
        </dl>
      </header>

      <nav aria-label="On this page" className="mt-6 font-sans text-sm">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {toc.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`} className="underline decoration-rule hover:decoration-ink">
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <div className="mt-6">
        <ClaimBody claim={claim} />
      </div>

      <WhatOthersSaid items={claim.assessed} />

      <div className="mt-10 grid gap-10 md:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        {dates.length > 0 && (
          <section id="dates" aria-labelledby="dates-h" className="scroll-mt-6">
            <h2 id="dates-h" className="mb-3 border-b border-ink pb-1 font-serif text-xl font-bold">
              The dates
            </h2>
            <ol className="grid gap-3">
              {dates.map((d) => (
                <li key={d.date + d.label} className="grid gap-0.5 border-l-2 border-record pl-3">
                  <time dateTime={d.date} className="font-sans text-sm font-bold tabular-nums">
                    {formatDate(d.date)}
                  </time>
                  <span className="text-[0.95rem]">{d.label}</span>
                </li>
              ))}
            </ol>
          </section>
        )}
        <section id="sources" aria-labelledby="sources-h" className={`scroll-mt-6 ${dates.length ? "" : "md:col-span-2"}`}>
          <h2 id="sources-h" className="mb-3 border-b border-ink pb-1 font-serif text-xl font-bold">
            Sources
          </h2>
          <ol className="grid gap-4">
            {claim.refs.map((r) => (
              <li key={r.n} id={`source-${r.n}`} className="grid scroll-mt-6 grid-cols-[2rem_1fr] gap-1 rounded-sm p-1">
                <span className="font-sans font-bold text-accent tabular-nums">{r.n}.</span>
                <SourceEntry source={r.source} at={r.at} />
              </li>
            ))}
          </ol>
        </section>
      </div>

      <section id="cite" aria-labelledby="cite-h" className="mt-10 grid scroll-mt-6 grid-cols-[minmax(0,1fr)] gap-6 md:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <h2 id="cite-h" className="border-b border-ink pb-1 font-serif text-xl font-bold md:col-span-2">
          Share and cite
        </h2>
        <ShareTools url={url} title={claim.title} />
        <CiteThis claim={{ slug: claim.slug, title: claim.title, reviewed: claim.reviewed, url }} siteName={SITE_NAME} />
      </section>

      <section id="review" aria-labelledby="review-h" className="mt-10 border-t border-rule pt-5 font-sans text-sm text-muted">
        <h2 id="review-h" className="sr-only">
          Review history
        </h2>
        <p>
          Published <time dateTime={claim.published}>{formatDate(claim.published)}</time>. Last reviewed{" "}
          <time dateTime={claim.reviewed}>{formatDate(claim.reviewed)}</time>. {claim.changes.length === 0 ? "No corrections since publication." : null}
        </p>
        {claim.changes.length > 0 && (
          <ul className="mt-2 list-disc pl-5">
            {claim.changes.map((c) => (
              <li key={c.date + c.note}>
                <time dateTime={c.date}>{formatDate(c.date)}</time>, {CHANGE_LABELS[c.type].toLowerCase()}: {c.note}
              </li>
            ))}
          </ul>
        )}
        <p className="mt-2">
          See an error? Read how we{" "}
          <Link href="/method#corrections" prefetch={false} className="underline">
            correct claims
          </Link>
          .
        </p>
      </section>
    </article>
  );
}
