import type { Metadata } from "next";
import { pageMetadata } from "@/lib/site/metadata";
import { absoluteUrl } from "@/lib/site/config";
import Link from "next/link";
import { getSite } from "@/lib/content";
import { CHANGE_LABELS, recentChanges } from "@/lib/data/changes";
import { formatDate } from "@/lib/sources/format";

export const metadata: Metadata = {
  ...pageMetadata({
    path: "/changes",
    title: "Changes and corrections",
    description: "Every new claim and every correction on Reel vs Record, newest first.",
  }),
  alternates: { canonical: absoluteUrl("/changes"), types: { "application/atom+xml": "/changes.xml" } },
};

export default async function ChangesPage() {
  const site = await getSite();
  const entries = recentChanges(site.claims, site.films);
  const corrections = entries.filter((e) => e.type === "correction").length;
  return (
    <div className="mx-auto grid max-w-3xl gap-6">
      <header className="grid gap-2">
        <h1 className="font-serif text-4xl font-bold">Changes and corrections</h1>
        <p className="text-muted">
          Every claim published and every correction or clarification made, newest first: {corrections} correction{corrections === 1 ? "" : "s"} so far. Follow
          them with the{" "}
          <a href="/changes.xml" className="underline">
            Atom feed
          </a>
          . Our{" "}
          <Link href="/method#corrections" className="underline">
            corrections policy
          </Link>{" "}
          says how we decide.
        </p>
      </header>
      <ol className="grid gap-3">
        {entries.map((e) => (
          <li key={e.key} className="grid gap-1 border-b border-rule pb-3 sm:grid-cols-[9rem_1fr]">
            <time dateTime={e.date} className="font-sans text-sm font-bold tabular-nums">
              {formatDate(e.date)}
            </time>
            <div>
              <Link href={`/claims/${e.slug}`} className="font-serif underline">
                {e.title}
              </Link>
              <p className="text-sm text-muted">
                {e.film && (
                  <>
                    <cite>{e.film.title}</cite>.{" "}
                  </>
                )}
                {e.type === "new" ? e.note : `${CHANGE_LABELS[e.type]}: ${e.note}`}
              </p>
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
