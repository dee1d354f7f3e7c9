import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { sharePng } from "@/components/share/share-image";
import { loadContent } from "@/lib/content/load";
import { cachedShareCards, claimShareCard } from "@/lib/share/cards";
import { cachedPng, drawMissing } from "@/lib/site/image-cache";

// The build draws share images in a step of its own, ahead of the routes and
// only for cards that are new or changed; a route then reads its card from
// the cache instead of drawing it.

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "og-"));
  vi.stubEnv("IMAGE_CACHE_DIR", dir);
});
afterEach(() => {
  vi.unstubAllEnvs();
  fs.rmSync(dir, { recursive: true, force: true });
});

const film = { title: "The Film", year: 2017 };
const a = claimShareCard({ title: "A is arrested", summary: "He was.", verdict: "accurate" }, film);
const b = claimShareCard({ title: "B is shot", summary: "Later.", verdict: "mixed" }, film);
const fake = (card: { title: string }) => Promise.resolve(new Uint8Array(Buffer.from(`png of ${card.title}`)));

describe("the share-image step", () => {
  it("draws only the cards not already drawn, and redraws a card whose words change", async () => {
    const draw = vi.fn(fake);
    expect(await drawMissing([a, b], draw)).toEqual({ drawn: 2, cached: 0 });
    expect(await drawMissing([a, b], draw)).toEqual({ drawn: 0, cached: 2 });
    const edited = { ...b, line: "Six months later." };
    expect(await drawMissing([a, edited], draw)).toEqual({ drawn: 1, cached: 1 });
    expect(draw.mock.calls.map(([c]) => c.title)).toEqual(["A is arrested", "B is shot", "B is shot"]);
  });

  it("leaves the routes a card to read, not to draw", async () => {
    await drawMissing([a], fake);
    const draw = vi.fn(() => new Response("drawn by the route"));
    const res = await cachedPng([a], draw);
    expect(Buffer.from(await res.arrayBuffer()).toString()).toBe("png of A is arrested");
    expect(draw).not.toHaveBeenCalled();
  });

  it("covers every claim, person, film and event of the real content, each claim's card naming its own film", async () => {
    const site = await loadContent(path.join(import.meta.dirname, "..", "..", "content"), { compile: false });
    const cards = cachedShareCards(site);
    expect(cards).toHaveLength(site.claims.length + site.people.length + site.films.length + site.events.length);
    expect(site.films.length).toBeGreaterThan(1);
    for (const film of site.films) {
      const claim = site.claims.find((c) => c.film === film.id)!;
      expect(cards.find((c) => c.title === claim.title && c.verdict)?.kicker).toBe(`${film.title} (${film.year})`);
    }
  });

  it("draws a 1200×630 PNG with the native renderer", async () => {
    const png = Buffer.from(await sharePng(a));
    expect([...png.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});
