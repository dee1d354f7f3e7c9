import { describe, expect, it } from "vitest";
import { bySurname, surname, tallyWords, whosWho } from "@/lib/classroom/people";
import { shortRef, worksheetTitle } from "@/lib/classroom/worksheet";
import { VERDICT_INFO } from "@/lib/claims/verdicts";

const labels = Object.fromEntries(Object.entries(VERDICT_INFO).map(([k, v]) => [k, v.label])) as Record<keyof typeof VERDICT_INFO, string>;

describe("who's who", () => {
  it("sorts by surname", () => {
    expect(surname("Lavrentiy Beria")).toBe("Beria");
    expect(surname("Cher")).toBe("Cher");
    expect(bySurname([{ name: "Zed Adams" }, { name: "Amy Young" }, { name: "Bob Adams" }]).map((p) => p.name)).toEqual([
      "Bob Adams",
      "Zed Adams",
      "Amy Young",
    ]);
  });

  it("gives each person their films, actors and tally", () => {
    const who = whosWho({
      people: [
        { id: "alpha", name: "Ann Alpha", aka: [], born: "1899", died: "1953", posts1953: ["Minister", "Deputy"] },
        { id: "gamma", name: "Gil Gamma", aka: ["G. Gamma"], born: "1901", died: "1970", posts1953: ["Marshal"] },
      ],
      films: [
        { id: "film-a", title: "Film A", year: 2017, cast: [{ person: "alpha", actor: "X" }] },
        {
          id: "film-b",
          title: "Film B",
          year: 2020,
          cast: [
            { person: "gamma", actor: "Y" },
            { person: "alpha", actor: "Z" },
          ],
        },
      ],
      claims: [
        { film: "film-a", characters: ["alpha"], verdict: "mixed" },
        { film: "film-a", characters: ["alpha", "gamma"], verdict: "invented" },
      ],
    });
    expect(who.map((w) => w.name)).toEqual(["Ann Alpha", "Gil Gamma"]);
    expect(who[0].portrayals.map((p) => `${p.actor} in ${p.filmTitle}`)).toEqual(["X in Film A", "Z in Film B"]);
    expect(who[0].role1953).toBe("Minister");
    expect(who[0].claims).toBe(2);
    expect(tallyWords(who[0].tally, labels)).toBe("1 mixed, 1 invented");
    // Gamma is cast only in film B but a film-A claim concerns him: he belongs to both.
    expect(who[1].films).toEqual(["film-b", "film-a"]);
  });
});

describe("worksheet references", () => {
  it("cuts a source to a short reference a pupil can look up", () => {
    expect(shortRef({ authors: ["Simon Sebag Montefiore"], title: "Stalin: The Court of the Red Tsar", date: "2003" }, "Epilogue")).toBe(
      "Montefiore, Stalin: The Court of the Red Tsar (2003), Epilogue",
    );
    expect(shortRef({ authors: ["A B", "C D", "E F"], title: "T", date: "1990-02" })).toBe("B et al., T (1990)");
    expect(shortRef({ authors: ["A B", "Central Committee of the CPSU"], title: "T" })).toBe("B and Central Committee of the CPSU, T");
    expect(shortRef({ authors: [], title: "Lavrentiy Beria", container: "Wikipedia" })).toBe("Wikipedia, Lavrentiy Beria");
    expect(shortRef({ authors: [], title: "Decree" })).toBe("Decree");
  });

  it("titles the worksheet by its view", () => {
    expect(worksheetTitle([])).toBe("Film or record? Every claim");
    expect(worksheetTitle(["Person: Ann Alpha"])).toBe("Film or record? Person: Ann Alpha");
  });
});
