import { describe, expect, it } from "vitest";
import { formatCount, formatDateSpan } from "@/lib/events/format";

describe("formatDateSpan", () => {
  it("writes one day, or a span within a month, a year, or across years", () => {
    expect(formatDateSpan("1953-03-05")).toBe("5 March 1953");
    expect(formatDateSpan("1953-03-05", "1953-03-05")).toBe("5 March 1953");
    expect(formatDateSpan("1953-03-05", "1953-03-09")).toBe("5–9 March 1953");
    expect(formatDateSpan("1953-02-28", "1953-03-05")).toBe("28 February – 5 March 1953");
    expect(formatDateSpan("1952-12-31", "1953-01-02")).toBe("31 December 1952 – 2 January 1953");
  });
  it("keeps each end's own precision", () => {
    expect(formatDateSpan("1953-06", "1953-12-23")).toBe("June 1953 – 23 December 1953");
    expect(formatDateSpan("1939", "1953")).toBe("1939 – 1953");
  });
});

describe("formatCount", () => {
  it("gives a range as the sources give it, and one number alone", () => {
    expect(formatCount(100, 2000)).toBe("100 to 2,000");
    expect(formatCount(3)).toBe("3");
    expect(formatCount(5, 5)).toBe("5");
  });
});
