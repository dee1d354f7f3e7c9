"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { CopyButton } from "@/components/claims/copy-button";
import { VerdictBadge } from "@/components/claims/verdict-badge";
import type { CatalogueItem } from "@/lib/classroom/catalogue";
import { ANSWER_LABEL, ANSWERS, buildQuiz, newSeed, scoreLine, scoreQuiz, type Answer, type QuizQuestion } from "@/lib/classroom/quiz";
import { describeView, viewToQuery, type ClassroomView, type ViewLabels, type ViewVocabulary } from "@/lib/classroom/view";
import { writeUrl } from "@/lib/site/url-state";
import { useClassroomView } from "./use-classroom-view";

type QuizItem = Pick<
  CatalogueItem,
  "slug" | "title" | "summary" | "verdict" | "liberties" | "characters" | "scene" | "order" | "film" | "filmTitle" | "sceneTitle"
>;
type Question = QuizQuestion<QuizItem>;

type Props = { items: QuizItem[]; vocab: ViewVocabulary; labels: ViewLabels; multiFilm: boolean };

/**
 * Film or record? Prerendered (and without JavaScript) it is every question
 * with its answer behind a disclosure. In the browser it reads the view from
 * the address and asks one question at a time.
 */
export function Quiz({ items, vocab, labels, multiFilm }: Props) {
  const { view, setView, ready, selected } = useClassroomView(items, vocab);
  const quiz = useMemo(() => buildQuiz(selected, view.seed), [selected, view.seed]);
  const all = useMemo(() => buildQuiz(items), [items]);

  if (!ready) return <QuizList questions={all.questions} leftOut={all.leftOut.length} multiFilm={multiFilm} />;

  const shuffle = () => {
    const next = { ...view, seed: newSeed() };
    writeUrl(window.location.pathname + viewToQuery(next), "push");
    setView(next);
  };
  const filmOrder = () => {
    const next = { ...view, seed: "" };
    writeUrl(window.location.pathname + viewToQuery(next), "push");
    setView(next);
  };
  return (
    <QuizRunner
      // A new view (a shuffle, back or forward) starts the quiz again.
      key={viewToQuery(view)}
      questions={quiz.questions}
      leftOut={quiz.leftOut.length}
      view={view}
      filters={describeView({ ...view, seed: "" }, labels)}
      multiFilm={multiFilm}
      onShuffle={shuffle}
      onFilmOrder={filmOrder}
    />
  );
}

function LeftOut({ n }: { n: number }) {
  if (!n) return null;
  return (
    <p className="text-sm text-muted">
      {n} claim{n === 1 ? " is" : "s are"} left out because the record cannot settle {n === 1 ? "it" : "them"} (verdict “unproven”): there is no right answer to
      give.{" "}
      <a href="/claims?verdict=unproven" className="underline">
        Read the unproven claims
      </a>
      .
    </p>
  );
}

function Where({ q, multiFilm }: { q: QuizItem; multiFilm: boolean }) {
  return (
    <p className="font-sans text-sm text-muted">
      {multiFilm && (
        <>
          <cite>{q.filmTitle}</cite> ·{" "}
        </>
      )}
      Scene: {q.sceneTitle}
    </p>
  );
}

function QuizList({ questions, leftOut, multiFilm }: { questions: Question[]; leftOut: number; multiFilm: boolean }) {
  return (
    <div className="grid gap-6">
      <p className="max-w-measure">
        {questions.length} questions. For each, decide: is what the film shows <strong>true to the record</strong>, <strong>partly true</strong>, or{" "}
        <strong>invented</strong>? Then open the answer.
      </p>
      <LeftOut n={leftOut} />
      <ol className="grid gap-4">
        {questions.map((q, i) => (
          <li key={q.slug} className="quiz-question grid gap-2 rounded-md border border-rule bg-panel p-4">
            <Where q={q} multiFilm={multiFilm} />
            <h2 className="font-serif text-lg leading-snug font-semibold">
              <span className="font-sans text-sm font-bold text-muted">Question {i + 1}. </span>
              {q.title}
            </h2>
            <details className="text-[0.95rem]">
              <summary className="cursor-pointer py-1 font-sans text-sm font-semibold">Show the answer</summary>
              <AnswerText q={q} />
            </details>
          </li>
        ))}
      </ol>
    </div>
  );
}

function AnswerText({ q }: { q: Question }) {
  return (
    <div className="mt-2 grid gap-2">
      <p className="flex flex-wrap items-center gap-2">
        <strong>{ANSWER_LABEL[q.answer]}.</strong> Our verdict: <VerdictBadge verdict={q.verdict} size="sm" />
      </p>
      <p>{q.summary}</p>
      <p>
        <a href={`/claims/${q.slug}`} className="underline">
          Read the claim and its sources
        </a>
      </p>
    </div>
  );
}

type RunnerProps = {
  questions: Question[];
  leftOut: number;
  view: ClassroomView;
  filters: string[];
  multiFilm: boolean;
  onShuffle: () => void;
  onFilmOrder: () => void;
};

function QuizRunner({ questions, leftOut, view, filters, multiFilm, onShuffle, onFilmOrder }: RunnerProps) {
  const [at, setAt] = useState(0);
  const [given, setGiven] = useState<Record<string, Answer>>({});
  const [choice, setChoice] = useState<Answer | null>(null);
  const [checked, setChecked] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const done = at >= questions.length;
  const result = useMemo(() => scoreQuiz(questions.slice(0, Object.keys(given).length), given), [questions, given]);

  // Focus follows the quiz to the next question or the summary, but not on first load.
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [at]);

  const check = () => {
    if (!choice) return;
    setGiven((g) => ({ ...g, [questions[at].slug]: choice }));
    setChecked(true);
  };
  const next = () => {
    moved.current = true;
    setAt((n) => n + 1);
    setChoice(null);
    setChecked(false);
  };
  const restart = () => {
    moved.current = true;
    setAt(0);
    setGiven({});
    setChoice(null);
    setChecked(false);
  };

  const orderLine = (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <span className="text-muted">{view.seed ? "Questions shuffled." : "Questions in film order."}</span>
      <button type="button" onClick={onShuffle} className="underline">
        {view.seed ? "Shuffle again" : "Shuffle the questions"}
      </button>
      {view.seed && (
        <button type="button" onClick={onFilmOrder} className="underline">
          Back to film order
        </button>
      )}
    </p>
  );

  if (questions.length === 0) {
    return (
      <div className="grid gap-3" data-quiz="ready">
        <p className="font-serif text-lg font-semibold">No questions for this choice of claims.</p>
        <LeftOut n={leftOut} />
        <p>
          <a href="/quiz" className="underline">
            Take the quiz on every claim
          </a>
        </p>
      </div>
    );
  }

  if (done) {
    const final = scoreQuiz(questions, given);
    return (
      <section aria-labelledby="score-h" className="grid max-w-3xl gap-5" data-quiz="done">
        <h2 id="score-h" ref={heading} tabIndex={-1} className="font-serif text-3xl font-bold">
          Your score: {final.right} of {final.total}
        </h2>
        <p className="font-serif text-xl">{scoreLine(final)}</p>
        <ol className="grid gap-3">
          {questions.map((q, i) => {
            const right = given[q.slug] === q.answer;
            return (
              <li key={q.slug} className="grid gap-1 border-l-4 pl-3" style={{ borderColor: right ? "var(--v-accurate)" : "var(--v-invented)" }}>
                <p className="font-semibold">
                  {i + 1}.{" "}
                  <a href={`/claims/${q.slug}`} className="underline">
                    {q.title}
                  </a>
                </p>
                <p className="text-sm">
                  <strong>{right ? "Right" : "Missed"}:</strong> you said {given[q.slug] ? ANSWER_LABEL[given[q.slug]].toLowerCase() : "nothing"}
                  {right ? "" : `; the record says ${ANSWER_LABEL[q.answer].toLowerCase()}`}.
                </p>
              </li>
            );
          })}
        </ol>
        <ShareQuiz view={view} />
        <div className="flex flex-wrap items-center gap-4">
          <button type="button" onClick={restart} className="rounded-sm border border-ink px-3 py-2 font-semibold">
            Take it again
          </button>
          {orderLine}
        </div>
      </section>
    );
  }

  const q = questions[at];
  const right = checked && given[q.slug] === q.answer;
  return (
    <div className="grid max-w-3xl gap-4" data-quiz="running">
      {filters.length > 0 && <p className="text-sm text-muted">Claims chosen: {filters.join("; ")}.</p>}
      <div className="flex flex-wrap items-baseline justify-between gap-2 font-sans text-sm">
        <p className="font-semibold">
          Question {at + 1} of {questions.length}
        </p>
        <p role="status" aria-live="polite">
          {checked && <span className="sr-only">{right ? "Right. " : "Not quite. "}</span>}
          Score: {result.right} of {result.total}
        </p>
      </div>
      <section aria-labelledby="q-h" className="grid gap-4 rounded-md border border-rule bg-panel p-4 sm:p-6">
        <Where q={q} multiFilm={multiFilm} />
        <p className="font-sans text-xs font-bold tracking-[0.16em] text-film uppercase">The film shows</p>
        <h2 id="q-h" ref={heading} tabIndex={-1} className="font-serif text-2xl leading-snug font-bold text-balance">
          {q.title}
        </h2>
        <fieldset className="grid gap-2" disabled={checked}>
          <legend className="mb-2 font-sans font-semibold">Is this true to the record?</legend>
          {ANSWERS.map((a) => (
            <label
              key={a}
              className={`flex min-h-11 cursor-pointer items-center gap-3 rounded-sm border px-3 py-2 ${choice === a ? "border-ink" : "border-rule"}`}
            >
              <input type="radio" name="answer" value={a} checked={choice === a} onChange={() => setChoice(a)} className="h-5 w-5 accent-[var(--accent)]" />
              <span>{ANSWER_LABEL[a]}</span>
            </label>
          ))}
        </fieldset>
        {!checked ? (
          <button
            type="button"
            onClick={check}
            disabled={!choice}
            className="justify-self-start rounded-sm border border-ink bg-ink px-4 py-2 font-semibold text-paper disabled:opacity-60"
          >
            Check answer
          </button>
        ) : (
          <div className="grid gap-3">
            <div className="grid gap-2 border-l-4 pl-3" style={{ borderColor: right ? "var(--v-accurate)" : "var(--v-invented)" }}>
              <p className="font-serif text-xl font-bold">{right ? "Right." : "Not quite."}</p>
              <AnswerText q={q} />
            </div>
            <button type="button" onClick={next} className="justify-self-start rounded-sm border border-ink bg-ink px-4 py-2 font-semibold text-paper">
              {at + 1 < questions.length ? "Next question" : "See your score"}
            </button>
          </div>
        )}
      </section>
      <LeftOut n={leftOut} />
      {orderLine}
      <details className="text-sm">
        <summary className="cursor-pointer py-1 font-semibold">Send this quiz to a class</summary>
        <ShareQuiz view={view} />
      </details>
    </div>
  );
}

/** The quiz's address: the same link gives everyone the same questions in the same order. */
function ShareQuiz({ view }: { view: ClassroomView }) {
  const url = window.location.origin + window.location.pathname + viewToQuery(view);
  return (
    <div className="grid gap-2 rounded-md border border-rule bg-panel p-4">
      <label htmlFor="quiz-link" className="font-sans text-sm font-semibold">
        Send this quiz to a class: the same link gives everyone the same questions in the same order
      </label>
      <input
        id="quiz-link"
        readOnly
        value={url}
        onFocus={(e) => e.currentTarget.select()}
        className="w-full rounded-sm border border-rule bg-paper px-2 py-1.5 font-mono text-sm"
      />
      <CopyButton text={url} label="Copy quiz link" />
    </div>
  );
}
