import type { Metadata } from "next";
import { pageMetadata } from "@/lib/site/metadata";
import Link from "next/link";
import { VerdictBadge } from "@/components/claims/verdict-badge";
import { RATING_SCALE, VERDICT_RATING } from "@/lib/structured-data/claim-review";
import { LIBERTY_INFO, TIER_INFO, TIER_ORDER, VERDICT_INFO, VERDICT_ORDER } from "@/lib/claims/verdicts";
import { DATA_LICENCE, DATA_LICENCE_URL, DATA_SCHEMA_VERSION } from "@/lib/data/claims-export";
import { LIBERTIES } from "@/lib/content/schema";

export const metadata: Metadata = pageMetadata({
  path: "/method",
  title: "Method",
  description: "How Reel vs Record checks a film: the verdict scale, the tiers of sources, the checking process and the corrections policy.",
});

const H2 = "mb-3 border-b-2 border-ink pb-1 font-serif text-2xl font-bold";

export default function MethodPage() {
  return (
    <div className="mx-auto grid max-w-3xl gap-12">
      <header className="grid gap-3">
        <h1 className="font-serif text-4xl font-bold">How we check</h1>
        <p className="font-serif text-xl leading-snug text-muted">
          A film-versus-history site with a wrong date is worse than none. These are the rules every claim on this site follows.
        </p>
      </header>

      <section id="verdicts" aria-labelledby="verdicts-h" className="scroll-mt-6">
        <h2 id="verdicts-h" className={H2}>
          The verdict scale
        </h2>
        <p className="mb-4">
          Each claim gets one verdict. It judges what the film shows against what the record says — not whether the film is good, and not whether the licence is
          justified. A satire needs licence; we simply mark where it was taken.
        </p>
        <dl className="grid gap-4">
          {VERDICT_ORDER.map((v) => (
            <div key={v} className="grid gap-2 sm:grid-cols-[14rem_1fr] sm:items-center">
              <dt>
                <VerdictBadge verdict={v} />
              </dt>
              <dd>{VERDICT_INFO[v].meaning}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-4 text-sm text-muted">Every verdict is shown as a word and a distinct shape, never by colour alone.</p>
        <h3 id="ratings" className="mt-6 mb-2 font-serif text-lg font-bold">
          Verdicts as numbers
        </h3>
        <p className="mb-3 text-sm">
          Each claim page carries schema.org <code>ClaimReview</code> data for search engines and fact-check tools. Its rating runs from {RATING_SCALE.worst}{" "}
          (worst) to {RATING_SCALE.best} (best); the verdict’s word travels with the number and is the authority. <em>Unproven</em> gets no number at all: the
          record can neither confirm nor refute the claim, so it is not a point between accurate and invented, and a number would make it look like
          <em>Mixed</em>. Its rating carries only the word.
        </p>
        <table className="w-full max-w-md border-collapse text-sm">
          <thead>
            <tr className="border-b border-ink text-left">
              <th scope="col" className="py-1">
                Verdict
              </th>
              <th scope="col" className="py-1">
                ratingValue
              </th>
            </tr>
          </thead>
          <tbody>
            {VERDICT_ORDER.map((v) => (
              <tr key={v} className="border-b border-rule">
                <td className="py-1">{VERDICT_INFO[v].label}</td>
                <td className="py-1 tabular-nums">{VERDICT_RATING[v] ?? "none (word only)"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section id="liberties" aria-labelledby="liberties-h" className="scroll-mt-6">
        <h2 id="liberties-h" className={H2}>
          Kinds of liberty
        </h2>
        <p className="mb-4">Besides the verdict, we name the kinds of licence a scene takes. A claim may take several, or none.</p>
        <dl className="grid gap-2 sm:grid-cols-[10rem_1fr]">
          {LIBERTIES.map((l) => (
            <div key={l} className="contents">
              <dt className="font-semibold">{LIBERTY_INFO[l].label}</dt>
              <dd className="mb-2 sm:mb-0">{LIBERTY_INFO[l].meaning}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section id="tiers" aria-labelledby="tiers-h" className="scroll-mt-6">
        <h2 id="tiers-h" className={H2}>
          Tiers of sources
        </h2>
        <dl className="grid gap-3">
          {TIER_ORDER.map((t) => (
            <div key={t}>
              <dt className="font-semibold">{TIER_INFO[t].label}</dt>
              <dd className="text-muted">{TIER_INFO[t].meaning}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-4">
          Every claim rests on at least two sources, and at least one of them is primary or scholarly. We cite the canonical publication: a book with its
          chapter or page where we know it, an archival document by its date and author, or the publisher’s own web address. We never link to mirrors, reposts
          or unofficial copies; when we read a passage in such a copy, we cite the original work without a link. The full list is on the{" "}
          <Link href="/sources" className="underline">
            sources page
          </Link>
          .
        </p>
      </section>

      <section id="checking" aria-labelledby="checking-h" className="scroll-mt-6">
        <h2 id="checking-h" className={H2}>
          How a claim is checked
        </h2>
        <ol className="grid list-decimal gap-2 pl-5">
          <li>
            We state what the film shows as plainly as we can, from the film and its script. Minute marks are estimates from the order of scenes and are always
            marked as approximate.
          </li>
          <li>We gather the record: documents of the time, the memoirs of those present, and the historians who have worked in the archives.</li>
          <li>
            Every date and number is checked against at least two of the claim’s sources before it is published. Where only one source gives a detail, the page
            says so in plain words.
          </li>
          <li>Where sources disagree — on a time, a toll, a date — the page says so and gives each version with who gives it. We do not quietly pick one.</li>
          <li>
            Where the record cannot settle a question, the verdict is <em>unproven</em>, and we say what would settle it.
          </li>
          <li>
            Popular accounts are cited to show a variant or an error. When a detail is known to us only from one popular account, we either leave it out or say
            on the page that only that account gives it; such a detail never decides a verdict.
          </li>
        </ol>
      </section>

      <section id="others" aria-labelledby="others-h" className="scroll-mt-6">
        <h2 id="others-h" className={H2}>
          What others said
        </h2>
        <p>
          Readers often arrive having read another accuracy check of the film — a newspaper fact-check, a review, a historian’s essay. Each claim page has a
          section, <em>What others said</em>, listing the published pieces that judged the same point: what each says, in our words, with a link to the
          publication itself, and whether our sources bear it out. Where we partly or wholly disagree, we say why and which of our sources we rely on. Where a
          piece is better supported than we were, we change our verdict and record the change on the claim. We cite these pieces where they first appeared; when
          we could read one only in a repost, its entry says so. All the pieces, with how often we agree with each, are on the{" "}
          <Link href="/critics" className="underline">
            What others said page
          </Link>
          .
        </p>
      </section>

      <section id="corrections" aria-labelledby="corrections-h" className="scroll-mt-6">
        <h2 id="corrections-h" className={H2}>
          Corrections policy
        </h2>
        <p>
          When we get something wrong we correct it openly. Each claim page shows the date it was last reviewed and a dated list of every change to its facts,
          verdict or sources. We do not silently rewrite a verdict: a changed verdict is always recorded with its reason. Typographical fixes that change no
          fact are not listed. All changes across the site are listed on the{" "}
          <Link href="/changes" className="underline">
            changes page
          </Link>
          , which has an{" "}
          <a href="/changes.xml" className="underline">
            Atom feed
          </a>
          .
        </p>
      </section>

      <section id="data" aria-labelledby="data-h" className="scroll-mt-6">
        <h2 id="data-h" className={H2}>
          Open data
        </h2>
        <p>
          Every claim — verdict, liberties, people, scene, dates and sources — is available as{" "}
          <a href="/data/claims.json" className="underline">
            JSON
          </a>{" "}
          (schema version {DATA_SCHEMA_VERSION}) and as{" "}
          <a href="/data/claims.csv" className="underline">
            CSV
          </a>
          , rebuilt with the site. The data and our text are published under the{" "}
          <a href={DATA_LICENCE_URL} className="underline">
            {DATA_LICENCE}
          </a>
          : reuse them with credit to Reel vs Record and a link to the claim. The sources we cite remain under their own terms.
        </p>
      </section>
    </div>
  );
}
