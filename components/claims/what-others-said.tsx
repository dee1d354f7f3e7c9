import Link from "next/link";
import { AGREEMENT_INFO, pieceName } from "@/lib/claims/assessments";
import type { Source } from "@/lib/content";
import type { Agreement, Assessment } from "@/lib/content/schema";
import { formatDate } from "@/lib/sources/format";

/** Agreement as a word and a shape (tick, half, cross), never colour alone. */
export function AgreementTag({ agree }: { agree: Agreement }) {
  const mark = agree === "yes" ? "✓" : agree === "partly" ? "◐" : "✗";
  return (
    <span className="inline-flex items-center gap-1 rounded-sm border border-ink px-1.5 py-px font-sans text-xs font-bold whitespace-nowrap">
      <span aria-hidden="true">{mark}</span>
      {AGREEMENT_INFO[agree].label}
    </span>
  );
}

export function PieceCitation({ source }: { source: Source }) {
  return (
    <>
      <strong className="font-sans">{pieceName(source)}</strong>
      {", "}
      {source.url ? (
        <a href={source.url} className="underline" rel="noopener noreferrer">
          “{source.title}”
        </a>
      ) : (
        <>“{source.title}”</>
      )}
      {source.date && <>, {formatDate(source.date)}</>}
    </>
  );
}

/** The published pieces that judged this claim's point, and whether our sources bear them out. */
export function WhatOthersSaid({ items }: { items: (Assessment & { piece: Source })[] }) {
  if (items.length === 0) return null;
  return (
    <section id="others" aria-labelledby="others-h" className="mt-10 scroll-mt-6">
      <h2 id="others-h" className="mb-3 border-b border-ink pb-1 font-serif text-xl font-bold">
        What others said
      </h2>
      <p className="mb-4 max-w-measure text-sm text-muted">
        Published pieces that judged this same point, in our words, and whether our sources bear them out. See{" "}
        <Link href="/critics" className="underline">
          every piece and how often we agree
        </Link>
        .
      </p>
      <ul className="grid gap-5">
        {items.map((a) => (
          <li key={a.source} className="grid max-w-measure gap-1 border-l-2 border-rule pl-3">
            <p className="text-sm">
              <PieceCitation source={a.piece} />
            </p>
            <p>{a.stance}</p>
            <p className="text-[0.95rem]">
              <AgreementTag agree={a.agree} />
              {a.why && <span className="ml-2">{a.why}</span>}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
