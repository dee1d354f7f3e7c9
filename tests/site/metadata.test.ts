import { afterEach, describe, expect, it, vi } from "vitest";
import { documentTitle, pageMetadata } from "@/lib/site/metadata";

afterEach(() => vi.unstubAllEnvs());

describe("the <title>", () => {
  it("adds the site's name when it fits in 70 characters", () => {
    expect(documentTitle("Method")).toBe("Method — Reel vs Record");
  });
  it("falls back to the short form, then to the title alone", () => {
    const long = "At a meeting of the Committee Khrushchev denounces Beria, and soldiers burst in";
    expect(documentTitle(long, "Khrushchev denounces Beria")).toBe("Khrushchev denounces Beria — Reel vs Record");
    expect(documentTitle("Reel vs Record: A Film against the historical record, at length")).toBe(
      "Reel vs Record: A Film against the historical record, at length",
    );
  });
  it("counts the escapes a validator sees, and cuts at a word as a last resort", () => {
    // 49 characters as text, but each ' is written &#x27; (6 characters) in the HTML.
    const quoted = "Beria's men and Stalin's guards and Vasily's team";
    expect(documentTitle(quoted)).toBe(quoted);
    const t = documentTitle("word ".repeat(30).trim());
    expect(t.length).toBeLessThanOrEqual(70);
    expect(t).toMatch(/word…$/);
  });
});

describe("page metadata", () => {
  it("gives every page a canonical link and Open Graph tags, absolute from SITE_URL", () => {
    vi.stubEnv("SITE_URL", "https://reelvsrecord.example/");
    const m = pageMetadata({ path: "/characters/beria", title: "Lavrentiy Beria", description: "About him.", type: "profile" });
    expect(m.alternates?.canonical).toBe("https://reelvsrecord.example/characters/beria");
    expect(m.openGraph).toMatchObject({
      type: "profile",
      url: "https://reelvsrecord.example/characters/beria",
      siteName: "Reel vs Record",
      locale: "en_GB",
      title: "Lavrentiy Beria",
    });
    expect(m.title).toEqual({ absolute: "Lavrentiy Beria — Reel vs Record" });
  });
});

describe("share images", () => {
  it("name the site's card on a page without its own, and leave a page's own image file alone", () => {
    vi.stubEnv("SITE_URL", "https://reelvsrecord.example");
    const list = pageMetadata({ path: "/method", title: "Method", description: "How." });
    expect(list.openGraph?.images).toEqual([
      expect.objectContaining({ url: "https://reelvsrecord.example/opengraph-image", alt: expect.stringMatching(/\w/) }),
    ]);
    const own = pageMetadata({ path: "/claims/x", title: "X", description: "Y", ownImage: true });
    expect(own.openGraph).not.toHaveProperty("images");
  });
});
