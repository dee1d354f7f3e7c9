import { describe, expect, it } from "vitest";
import { agreementSentence, agreementShare, countAgreement, pieceName, tallyPieces } from "@/lib/claims/assessments";

const claims = [
  {
    slug: "concert",
    title: "The concert is played twice",
    assessments: [
      { source: "vulture", stance: "Says it probably happened.", agree: "partly" as const, why: "No corroboration." },
      { source: "crikey", stance: "Dates it to 1944.", agree: "yes" as const },
    ],
  },
  { slug: "no-critics", title: "Nobody wrote about this", assessments: [] },
  {
    slug: "photo",
    title: "Malenkov restages a photograph",
    assessments: [{ source: "vulture", stance: "No record of it.", agree: "yes" as const }],
  },
  {
    slug: "arrest",
    title: "Beria is arrested after the funeral",
    assessments: [{ source: "vulture", stance: "Says he was arrested in July.", agree: "no" as const, why: "The plenum dates it to 26 June." }],
  },
];

describe("tallying the published pieces", () => {
  it("gathers each piece's points across claims, in claim order, with the claim they belong to", () => {
    const pieces = tallyPieces(claims);
    expect(pieces.map((p) => p.source)).toEqual(["crikey", "vulture"]);
    const vulture = pieces.find((p) => p.source === "vulture")!;
    expect(vulture.points.map((p) => p.claim.slug)).toEqual(["concert", "photo", "arrest"]);
    expect(vulture.counts).toEqual({ yes: 1, partly: 1, no: 1 });
    expect(vulture.agreement).toBeCloseTo(0.5);
  });

  it("orders pieces by the key the caller gives, such as the byline", () => {
    const names: Record<string, string> = { vulture: "a vulture", crikey: "z crikey" };
    expect(tallyPieces(claims, (s) => names[s]).map((p) => p.source)).toEqual(["vulture", "crikey"]);
  });

  it("counts full agreement as one, partial as a half, and nothing as zero", () => {
    expect(agreementShare({ yes: 2, partly: 0, no: 0 })).toBe(1);
    expect(agreementShare({ yes: 0, partly: 2, no: 0 })).toBe(0.5);
    expect(agreementShare({ yes: 0, partly: 0, no: 3 })).toBe(0);
    expect(agreementShare({ yes: 0, partly: 0, no: 0 })).toBe(0);
    expect(countAgreement([{ agree: "no" }, { agree: "yes" }, { agree: "no" }])).toEqual({ yes: 1, partly: 0, no: 2 });
  });

  it("says the counts in a sentence a reader can take in, leaving out the empty ones", () => {
    expect(agreementSentence({ yes: 3, partly: 1, no: 1 })).toBe("5 points: we agree on 3, partly agree on 1, disagree on 1");
    expect(agreementSentence({ yes: 1, partly: 0, no: 0 })).toBe("1 point: we agree on 1");
    expect(agreementSentence({ yes: 0, partly: 0, no: 2 })).toBe("2 points: we disagree on 2");
  });

  it("names a piece by its byline and publication, or by the publication alone when unsigned", () => {
    expect(pieceName({ authors: ["Guy Rundle"], container: "Crikey", title: "x" })).toBe("Guy Rundle, Crikey");
    expect(pieceName({ authors: [], container: "Vulture", title: "x" })).toBe("Vulture");
    expect(pieceName({ authors: [], title: "An untitled essay" })).toBe("An untitled essay");
  });
});
