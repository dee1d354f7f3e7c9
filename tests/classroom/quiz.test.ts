import { describe, expect, it } from "vitest";
import { answerFor, buildQuiz, newSeed, scoreLine, scoreQuiz, seededShuffle } from "@/lib/classroom/quiz";
import { VERDICTS } from "@/lib/content/vocabulary";
import { ITEMS } from "./fixture";

describe("the quiz", () => {
  it("maps the verdict scale to three answers and leaves unproven without one", () => {
    expect(Object.fromEntries(VERDICTS.map((v) => [v, answerFor(v)]))).toEqual({
      accurate: "true",
      "mostly-accurate": "true",
      mixed: "partly",
      "mostly-inaccurate": "partly",
      invented: "invented",
      unproven: undefined,
    });
  });

  it("keeps film order without a seed and sets unproven claims apart", () => {
    const { questions, leftOut } = buildQuiz(ITEMS);
    expect(questions.map((q) => q.slug)).toEqual(["a1", "a2", "b1", "b2"]);
    expect(questions.map((q) => q.answer)).toEqual(["true", "partly", "invented", "partly"]);
    expect(leftOut.map((q) => q.slug)).toEqual(["a3"]);
  });

  it("deals the same order for the same seed, and another for another seed", () => {
    const many = Array.from({ length: 30 }, (_, i) => i);
    expect(seededShuffle(many, "abc")).toEqual(seededShuffle(many, "abc"));
    expect(seededShuffle(many, "abc")).not.toEqual(seededShuffle(many, "abd"));
    expect(seededShuffle(many, "abc")).not.toEqual(many);
    expect([...seededShuffle(many, "abc")].sort((a, b) => a - b)).toEqual(many);
    // Pinned, so a change to the shuffle (which would break links teachers sent) fails here.
    expect(seededShuffle([1, 2, 3, 4, 5, 6], "class7")).toEqual([2, 4, 1, 6, 3, 5]);
  });

  it("makes seeds the URL accepts", () => {
    expect(newSeed(() => 0)).toBe("000000");
    expect(newSeed(() => 0.999999)).toMatch(/^[a-z0-9]{6}$/);
  });

  it("scores answers and names the missed questions", () => {
    const { questions } = buildQuiz(ITEMS);
    const r = scoreQuiz(questions, { a1: "true", a2: "invented", b1: "invented" });
    expect(r).toEqual({ right: 2, total: 4, missed: ["a2", "b2"] });
    expect(scoreLine(r)).toMatch(/^You got 2 of 4 right\./);
    expect(scoreLine({ right: 0, total: 0, missed: [] })).toBe("No questions in this quiz.");
  });
});
