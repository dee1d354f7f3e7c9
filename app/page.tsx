import type { Metadata } from "next";
import Link from "next/link";
import { ClaimsByAct } from "@/components/claims/claims-by-act";
import { VerdictBar } from "@/components/claims/verdict-bar";
import { CompressionLine } from "@/components/timeline/compression-line";
import { tallyVerdicts } from "@/lib/claims/tally";
import { getMainFilm, getSite } from "@/lib/content";
import { SITE_NAME, siteUrl } from "@/lib/site/config";
import { pageMetadata } from "@/lib/site/metadata";
import { jsonLdText } from "@/lib/structured-data/serialize";
import { websiteJsonLd } from "@/lib/structured-data/site";

async function homeDescription() {
  const film = await getMainFilm();
  return `Scene by scene, ${film.title} (${film.year}) set against the historical record: a verdict and the documentary sources for every claim.`;
}

export async function generateMetadata(): Promise<Metadata> {
  const film = await getMainFilm();
  return pageMetadata({ path: "/", title: `${SITE_NAME}: ${film.title} against the historical record`, description: await homeDescription(), ownImage: true });
}

export default async function HomePage() {
  const site = await getSite();
  const film = await getMainFilm();
  const claims = site.claims.filter((c) => c.film === film.id);
  const sourceCount = new Set(claims.flatMap((c) => c.sources.map((s) => s.id))).size;
  const jsonLd = websiteJsonLd({ name: SITE_NAME, url: siteUrl(), description: await homeDescription() });
  return (
    <div className="grid gap-12">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(jsonLd) }} />
      <section className="grid gap-6 border-b border-rule pb-10 md:grid-cols-[3fr_2fr] md:items-end">
        <div className="grid gap-4">
          <p className="font-sans text-sm font-bold tracking-[0.16em] text-accent uppercase">Film against history</p>
          <h1 className="font-serif text-4xl leading-[1.05] font-bold text-balance sm:text-5xl">
            What <cite className="italic">{film.title}</cite> gets right, bends and invents
          </h1>
          <p className="max-w-measure font-serif text-xl leading-snug text-muted">
            {film.directors.join(" and ")}’s {film.year} satire squeezes the months of Kremlin intrigue after Stalin’s death into a few frantic days. We take
            the film one claim at a time: what it shows, what the documents say, a verdict, and the sources behind every
            sentence.
          </p>
          <p className="font-sans text-sm">
            <Link href="/claims" className="font-semibold underline">Browse all {claims.length} claims</Link>
            <span aria-hidden="true"> · </span>
            <Link href="/method" className="underline">How we check</Link>
          </p>
        </div>
        <div className="rounded-md border border-rule bg-panel p-5">
          <h2 className="mb-4 font-serif text-xl font-bold">Scorecard</h2>
          <VerdictBar tally={tallyVerdicts(claims)} label={`Verdicts on ${claims.length} claims, drawing on ${sourceCount} sources`} />
          <div className="mt-5 border-t border-rule pt-4">
            <CompressionLine claims={claims} scenes={film.scenes} />
          </div>
        </div>
      </section>
      <section aria-labelledby="all-claims-h" className="grid gap-6">
        <h2 id="all-claims-h" className="sr-only">The claims, in film order</h2>
        <ClaimsByAct claims={claims} scenes={film.scenes} people={site.people} />
      </section>
    </div>
  );
}
