import { describe, expect, it } from "vitest";
import { shareLine } from "@/lib/claims/share-line";

describe("shareLine", () => {
  it("keeps a short summary whole", () => {
    expect(shareLine("Beria was shot in December 1953.")).toBe("Beria was shot in December 1953.");
  });

  it("cuts a long summary at the end of its first clause", () => {
    const s =
      "Beria was shot, but six months after his arrest and only after a closed trial by a special court of the USSR Supreme Court; the film's instant tribunal compresses half a year into an afternoon.";
    expect(shareLine(s)).toBe("Beria was shot, but six months after his arrest and only after a closed trial by a special court of the USSR Supreme Court.");
  });

  it("otherwise cuts at a word boundary with an ellipsis, never mid-word", () => {
    const s = "word ".repeat(60).trim();
    const line = shareLine(s, 50);
    expect(line.length).toBeLessThanOrEqual(50);
    expect(line).toMatch(/ word…$/);
  });

  it("does not take an initial for the end of a sentence", () => {
    // The initials sit where a clause end would be taken (past 60 characters, before the limit).
    const s = `The film's account of the Presidium meeting follows the memoirs dictated by N. S. Khrushchev in retirement, ${"and more ".repeat(20)}`;
    expect(s.indexOf("N. S.")).toBeGreaterThan(60);
    const line = shareLine(s, 120);
    expect(line).not.toMatch(/ N\.$| S\.$/);
    expect(line).toMatch(/^The film's account .* Khrushchev in retirement, and more.*…$/);
  });
});
