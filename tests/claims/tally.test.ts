import { describe, expect, it } from "vitest";
import { groupRuns } from "@/lib/claims/tally";

describe("groupRuns", () => {
  it("keeps film order when a film returns to an act, labelling the return", () => {
    const scenes = [
      { s: 1, act: "Moscow" },
      { s: 2, act: "Screening room" },
      { s: 3, act: "Home" },
      { s: 4, act: "Screening room" },
      { s: 5, act: "Screening room" },
    ];
    const groups = groupRuns(scenes, (x) => x.act);
    expect(groups.map((g) => [g.label, g.items.map((x) => x.s)])).toEqual([
      ["Moscow", [1]],
      ["Screening room", [2]],
      ["Home", [3]],
      ["Screening room (continued)", [4, 5]],
    ]);
    expect(new Set(groups.map((g) => g.id)).size).toBe(groups.length);
  });
});
