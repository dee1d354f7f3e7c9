import { describe, expect, it } from "vitest";
import { shareLine } from "@/lib/claims/share-line";

describe("shareLine", () => {
  it("keeps a short summary whole", () => {
    expect(shareLine("Beria was shot in December 1953.")).toBe("Beria was shot in December 1953.");
  });

  it("cuts a long summary at the end of its first clause", () => {
    const s =
      "Beria was shot, but six months after his arrest and only after a closed trial by a special court of the USSR Supreme Court; the film's instant tribunal compresses half a year into an afternoon.";
    expect(shareLine(s)).toBe(
      "Beria was shot, but six months after his arrest and only after a closed trial by a special court of the USSR Supreme Court.",
    );
  });

  it("otherwise cuts at a word boundary with an ellipsis, never mid-word", () => {
    const s = "word ".repeat(60).trim();
    const line = shareLine(s, 50);
    expect(line.length).toBeLessThanOrEqual(50);
    expect(line).toMatch(/ word…$/);
  });

  it("does not take an initial for the end of a sentence", () => {
    const s = `Memoirs by N. S. Khrushchev ${"and more ".repeat(30)}`;
    expect(shareLine(s, 80)).toMatch(/…$/);
  });
});
