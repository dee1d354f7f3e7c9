"use client";

import { useMemo } from "react";
import { VerdictBadge } from "@/components/claims/verdict-badge";
import type { CatalogueItem } from "@/lib/classroom/catalogue";
import { ANSWER_LABEL, ANSWERS, answerFor } from "@/lib/classroom/quiz";
import { describeView, type ViewLabels, type ViewVocabulary } from "@/lib/classroom/view";
import { worksheetTitle } from "@/lib/classroom/worksheet";
import { useClassroomView } from "./use-classroom-view";

type Props = { items: CatalogueItem[]; vocab: ViewVocabulary; labels: ViewLabels; multiFilm: boolean };

// On paper the record may also have no answer, so the sheet offers it.
const CHOICES = [...ANSWERS.map((a) => ANSWER_LABEL[a]), "The record cannot settle it"];

/**
 * A worksheet for the view in the address (the same parameters as /claims):
 * questions with room to write, then an answer key that prints on a page of
 * its own. Prerendered, and without JavaScript, it holds every claim.
 */
export function Worksheet({ items, vocab, labels, multiFilm }: Props) {
  const { view, ready, selected } = useClassroomView(items, vocab);
  const filters = ready ? describeView(view, labels) : [];
  const shown = ready ? selected : items;
  const title = worksheetTitle(filters);
  // The way back to the finder keeps the view, less the quiz's seed.
  const claimsQuery = useMemo(() => {
    if (!ready) return "";
    const q = new URLSearchParams(window.location.search);
    q.delete("seed");
    return q.size ? `?${q}` : "";
  }, [ready]);

  return (
    <div className="worksheet grid gap-8" data-worksheet={ready ? "ready" : "static"}>
      <header className="grid gap-3 border-b-2 border-ink pb-5">
        <p className="font-sans text-sm font-bold tracking-[0.16em] text-accent uppercase">Worksheet · Reel vs Record</p>
        <h1 className="font-serif text-3xl font-bold text-balance">{title}</h1>
        <p className="text-sm">
          {shown.length} question{shown.length === 1 ? "" : "s"}
          {filters.length === 0 && ready ? ": every claim on the site" : ""}.
        </p>
        <div className="flex flex-wrap items-center gap-3 print:hidden">
          {ready && (
            <button type="button" onClick={() => window.print()} className="rounded-sm border border-ink bg-ink px-4 py-2 font-semibold text-paper">
              Print worksheet
            </button>
          )}
          <a href={`/claims${claimsQuery}`} className="text-sm underline">
            Change the claims on this sheet
          </a>
        </div>
        <p className="ws-fill hidden gap-6 font-sans print:flex" aria-hidden="true">
          <span>Name ____________________</span>
          <span>Class ________</span>
          <span>Date ____________</span>
        </p>
        <p className="max-w-measure">
          Each question is something a film shows. Decide whether it is true to the record, partly true, invented, or something the record cannot settle; tick
          one and give your reason. The sources listed are where the answer can be checked.
        </p>
      </header>

      {shown.length === 0 ? (
        <p className="font-serif text-lg font-semibold">
          No claim matches this choice.{" "}
          <a href="/worksheet" className="underline">
            A worksheet on every claim
          </a>
          .
        </p>
      ) : (
        <>
          <section aria-labelledby="ws-q-h" className="grid gap-4">
            <h2 id="ws-q-h" className="font-serif text-2xl font-bold">
              Questions
            </h2>
            <ol className="grid gap-4">
              {shown.map((q, i) => (
                <li key={q.slug} className="ws-question grid gap-2 rounded-md border border-rule bg-panel p-4">
                  <p className="font-sans text-sm text-muted">
                    {multiFilm && (
                      <>
                        <cite>{q.filmTitle}</cite> ·{" "}
                      </>
                    )}
                    Scene: {q.sceneTitle}
                  </p>
                  <h3 className="font-serif text-lg leading-snug font-semibold">
                    {i + 1}. The film shows: {q.title}
                  </h3>
                  <span className="sr-only">Choose one:</span>
                  <ul className="flex flex-wrap gap-x-5 gap-y-1 text-[0.95rem]">
                    {CHOICES.map((c) => (
                      <li key={c}>
                        <span aria-hidden="true">☐ </span>
                        {c}
                      </li>
                    ))}
                  </ul>
                  <p className="text-[0.95rem] font-semibold">Why?</p>
                  <div className="ws-lines" aria-hidden="true">
                    <span />
                    <span />
                    <span />
                  </div>
                  <p className="text-sm">
                    <span className="font-semibold">Sources to check: </span>
                    {q.refs.join("; ")}.
                  </p>
                </li>
              ))}
            </ol>
          </section>

          <section aria-labelledby="ws-key-h" className="ws-key grid gap-4 border-t-2 border-ink pt-6">
            <h2 id="ws-key-h" className="font-serif text-2xl font-bold">
              Answer key
            </h2>
            <ol className="grid gap-3">
              {shown.map((q, i) => {
                const a = answerFor(q.verdict);
                return (
                  <li key={q.slug} className="ws-answer grid gap-1">
                    <p className="flex flex-wrap items-center gap-2 font-semibold">
                      <span>
                        {i + 1}. {a ? ANSWER_LABEL[a] : CHOICES[3]}.
                      </span>
                      <span className="sr-only">Verdict:</span>
                      <VerdictBadge verdict={q.verdict} size="sm" />
                    </p>
                    <p className="text-[0.95rem]">{q.summary}</p>
                    <p className="text-sm">
                      <a href={`/claims/${q.slug}`} className="underline">
                        The claim and its sources
                      </a>
                    </p>
                  </li>
                );
              })}
            </ol>
          </section>
        </>
      )}
    </div>
  );
}
