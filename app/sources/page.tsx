import type { Metadata } from "next";
import { pageMetadata } from "@/lib/site/metadata";
import Link from "next/link";
import { SourceEntry } from "@/components/claims/source-entry";
import { TIER_INFO, TIER_ORDER } from "@/lib/claims/verdicts";
import { getCitingClaims, getClaims, getSources } from "@/lib/content";
import { authorLine } from "@/lib/sources/format";

export const metadata: Metadata = pageMetadata({
  path: "/sources",
  title: "Sources",
  description: "The bibliography behind every claim, grouped by tier: primary documents, scholarship, journalism, reference works and popular texts.",
});

export default async function SourcesPage() {
  const [sources, citing, claims] = await Promise.all([getSources(), getCitingClaims(), getClaims()]);
  // Published accuracy pieces we assess (rather than cite) are listed on /critics.
  const assessed = new Set(claims.flatMap((c) => c.assessments.map((a) => a.source)));
  const sortKey = (s: (typeof sources)[number]) => `${authorLine(s.authors) || s.container || ""} ${s.title}`.toLowerCase();
  return (
    <div className="grid gap-10">
      <header className="grid gap-2">
        <h1 className="font-serif text-4xl font-bold">Sources</h1>
        <p className="max-w-measure text-muted">
          All {sources.length} works we cite, grouped by tier. We cite the canonical publication — the book, the archival document or the publisher’s own page —
          never a mirror or an unofficial copy. Where only a copy was available to us, the entry carries no link. See{" "}
          <Link href="/method#tiers" className="underline">
            how we weigh sources
          </Link>
          .
        </p>
        <nav aria-label="Tiers" className="font-sans text-sm">
          {TIER_ORDER.map((t, i) => (
            <span key={t}>
              {i > 0 && <span aria-hidden="true"> · </span>}
              <a href={`#${t}`} className="underline">
                {TIER_INFO[t].label}
              </a>
            </span>
          ))}
        </nav>
      </header>
      {TIER_ORDER.map((tier) => {
        const list = sources.filter((s) => s.tier === tier).sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
        if (list.length === 0) return null;
        return (
          <section key={tier} id={tier} aria-labelledby={`${tier}-h`} className="scroll-mt-6">
            <h2 id={`${tier}-h`} className="border-b-2 border-ink pb-1 font-serif text-2xl font-bold">
              {TIER_INFO[tier].label} <span className="font-sans text-base font-normal text-muted">· {list.length}</span>
            </h2>
            <p className="mt-2 mb-4 max-w-measure text-sm text-muted">{TIER_INFO[tier].meaning}</p>
            <ul className="grid gap-6">
              {list.map((s) => {
                const claims = citing.get(s.id) ?? [];
                return (
                  <li key={s.id} id={`src-${s.id}`} className="grid gap-1 border-b border-rule pb-5 last:border-0">
                    <SourceEntry source={s} />
                    {assessed.has(s.id) && (
                      <p className="text-sm">
                        <Link href={`/critics#${s.id}`} className="underline">
                          What it says, and whether we agree
                        </Link>
                      </p>
                    )}
                    {claims.length > 0 && (
                      <details className="text-sm">
                        <summary className="cursor-pointer text-muted">
                          Cited by {claims.length} claim{claims.length === 1 ? "" : "s"}
                        </summary>
                        <ul className="mt-1 list-disc pl-5">
                          {claims.map((c) => (
                            <li key={c.slug}>
                              <Link href={`/claims/${c.slug}`} className="underline">
                                {c.title}
                              </Link>
                            </li>
                          ))}
                        </ul>
                      </details>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
