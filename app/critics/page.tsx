import type { Metadata } from "next";
import { pageMetadata } from "@/lib/site/metadata";
import Link from "next/link";
import { AgreementTag, PieceCitation } from "@/components/claims/what-others-said";
import { AGREEMENT_INFO, AGREEMENT_ORDER, agreementSentence, countAgreement, pieceName, tallyPieces } from "@/lib/claims/assessments";
import { getClaims, getSources } from "@/lib/content";

export const metadata: Metadata = pageMetadata({
  path: "/critics",
  title: "What others said",
  description:
    "The published accuracy pieces on the film — reviews, fact-checks and historians' essays — point by point, and how often our sources bear them out.",
});

export default async function CriticsPage() {
  const [claims, sources] = await Promise.all([getClaims(), getSources()]);
  const byId = new Map(sources.map((s) => [s.id, s]));
  const pieces = tallyPieces(claims, (id) => pieceName(byId.get(id)!).toLowerCase());
  const all = countAgreement(pieces.flatMap((p) => p.points));
  return (
    <div className="mx-auto grid max-w-4xl gap-10">
      <header className="grid gap-3">
        <h1 className="font-serif text-4xl font-bold">What others said</h1>
        <p className="max-w-measure font-serif text-xl leading-snug text-muted">
          Journalists and historians have published their own accuracy checks of the film. Here is each piece, every point it makes that one of our claims
          judges, and whether our sources bear it out.
        </p>
        <p className="max-w-measure">
          {pieces.length} pieces, {agreementSentence(all)}. Where we disagree, the claim page gives our reasons and sources. Where a piece is better supported
          than we were, we change our verdict and record the change on the claim. How we weigh these pieces is set out in our{" "}
          <Link href="/method#others" className="underline">
            method
          </Link>
          .
        </p>
        <dl className="grid gap-1 text-sm sm:grid-cols-[11rem_1fr]">
          {AGREEMENT_ORDER.map((a) => (
            <div key={a} className="contents">
              <dt>
                <AgreementTag agree={a} />
              </dt>
              <dd className="mb-1 text-muted sm:mb-0">{AGREEMENT_INFO[a].meaning}</dd>
            </div>
          ))}
        </dl>
      </header>

      <section aria-labelledby="pieces-h">
        <h2 id="pieces-h" className="sr-only">
          Published pieces
        </h2>
        <ul className="grid gap-10">
          {pieces.map((p) => {
            const piece = byId.get(p.source)!;
            const headingId = `piece-${p.source}`;
            return (
              <li key={p.source}>
                <section aria-labelledby={headingId} id={p.source} className="scroll-mt-6">
                  <h2 id={headingId} className="border-b-2 border-ink pb-1 font-serif text-2xl font-bold">
                    {pieceName(piece)}
                  </h2>
                  <p className="mt-2 text-sm">
                    <PieceCitation source={piece} />
                  </p>
                  {piece.note && <p className="mt-1 text-sm text-muted">{piece.note}</p>}
                  <p className="mt-2 font-sans text-sm font-semibold">{agreementSentence(p.counts)}.</p>
                  <ul className="mt-3 grid gap-4">
                    {p.points.map((pt) => (
                      <li key={pt.claim.slug} className="grid gap-1 border-l-2 border-rule pl-3">
                        <p className="text-sm">
                          On{" "}
                          <Link href={`/claims/${pt.claim.slug}#others`} className="underline">
                            {pt.claim.title}
                          </Link>
                        </p>
                        <p>{pt.stance}</p>
                        <p className="text-[0.95rem]">
                          <AgreementTag agree={pt.agree} />
                          {pt.why && <span className="ml-2">{pt.why}</span>}
                        </p>
                      </li>
                    ))}
                  </ul>
                </section>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
