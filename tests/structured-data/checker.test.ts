import { describe, expect, it } from "vitest";
import { structuredDataErrors } from "../support/structured-data-check";

// The checker itself must fail on what a strict consumer rejects, or the
// clean results elsewhere mean nothing.
describe("the offline structured-data checker", () => {
  it("rejects a property schema.org does not have (the old partOfMovie)", async () => {
    const errors = await structuredDataErrors({ "@context": "https://schema.org", "@type": "Clip", name: "x", partOfMovie: { "@type": "Movie", name: "y" } });
    expect(errors).toEqual(["node 0: http://schema.org/partOfMovie is not a schema.org property"]);
  });
  it("rejects a class schema.org does not have", async () => {
    expect(await structuredDataErrors({ "@context": "https://schema.org", "@type": "Moovie", name: "x" })).toEqual([
      "node 0: @type http://schema.org/Moovie is not a schema.org class",
      "node 0: name is not a property of Moovie",
    ]);
  });
  it("rejects a real property on a class that does not take it", async () => {
    expect(await structuredDataErrors({ "@context": "https://schema.org", "@type": "Person", name: "x", duration: "PT1M" })).toEqual([
      "node 0: duration is not a property of Person",
    ]);
  });
  it("accepts a property inherited from an ancestor, and a Role repeating its property", async () => {
    expect(
      await structuredDataErrors({
        "@context": "https://schema.org",
        "@type": "MovieClip",
        name: "x",
        isPartOf: { "@type": "Movie", name: "y", actor: { "@type": "PerformanceRole", actor: { "@type": "Person", name: "z" }, characterName: "w" } },
      }),
    ).toEqual([]);
  });
  it("refuses to fetch any context but schema.org's", async () => {
    const [error] = await structuredDataErrors({ "@context": "https://example.org/context.jsonld", "@type": "Thing" });
    expect(error).toMatch(/^JSON-LD expansion failed/);
  });
});
