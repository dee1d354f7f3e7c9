import type { Verdict } from "../content/vocabulary";

// Film or record? The quiz collapses the six-step verdict scale to three
// answers a class can argue about. `unproven` has no right answer (the record
// cannot settle it), so those claims are left out of the quiz and counted, so
// the page can say how many and where to read them.

export const ANSWERS = ["true", "partly", "invented"] as const;
export type Answer = (typeof ANSWERS)[number];

export const ANSWER_LABEL: Record<Answer, string> = {
  true: "True to the record",
  partly: "Partly true",
  invented: "Invented",
};

const ANSWER_OF: Record<Verdict, Answer | undefined> = {
  accurate: "true",
  "mostly-accurate": "true",
  mixed: "partly",
  "mostly-inaccurate": "partly",
  invented: "invented",
  unproven: undefined,
};

export function answerFor(verdict: Verdict): Answer | undefined {
  return ANSWER_OF[verdict];
}

/** FNV-1a: turns a seed string into 32 bits, the same in every browser. */
function hash(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast and good enough to deal questions. */
function random(seed: string): () => number {
  let a = hash(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates driven by the seed: the same seed gives the same order everywhere. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const out = [...items];
  const next = random(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A fresh seed for the "shuffle" link: six base-36 characters. */
export function newSeed(rand: () => number = Math.random): string {
  return Math.floor(rand() * 36 ** 6)
    .toString(36)
    .padStart(6, "0");
}

export type QuizQuestion<T> = T & { answer: Answer };

/**
 * The questions for a set of claims, in the order given (film order) or, with
 * a seed, shuffled by it. Claims judged `unproven` are returned apart.
 */
export function buildQuiz<T extends { verdict: Verdict }>(items: readonly T[], seed = ""): { questions: QuizQuestion<T>[]; leftOut: T[] } {
  const questions: QuizQuestion<T>[] = [];
  const leftOut: T[] = [];
  for (const item of items) {
    const answer = answerFor(item.verdict);
    if (answer) questions.push({ ...item, answer });
    else leftOut.push(item);
  }
  return { questions: seed ? seededShuffle(questions, seed) : questions, leftOut };
}

export type QuizResult = { right: number; total: number; missed: string[] };

/** Score a set of answers given by question id (a claim's slug). */
export function scoreQuiz(questions: readonly { slug: string; answer: Answer }[], given: Readonly<Record<string, Answer>>): QuizResult {
  const missed = questions.filter((q) => given[q.slug] !== q.answer).map((q) => q.slug);
  return { right: questions.length - missed.length, total: questions.length, missed };
}

/** A line for the end of the quiz, honest at both ends of the scale. */
export function scoreLine({ right, total }: QuizResult): string {
  if (total === 0) return "No questions in this quiz.";
  const share = right / total;
  const verdict =
    share === 1
      ? "Every one right."
      : share >= 0.75
        ? "A sharp eye for the record."
        : share >= 0.5
          ? "More right than wrong."
          : "The film fooled you more often than not: that is what it is built to do.";
  return `You got ${right} of ${total} right. ${verdict}`;
}
