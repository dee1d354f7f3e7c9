import { createElement } from "react";
import { ImageResponse } from "next/og";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SHARE_SIZE, ShareCard } from "@/components/share/share-card";
import { shareImage } from "@/components/share/share-image";
import { shareText } from "@/lib/share/fonts";

// Share images are drawn during the build, which has no network. next/og
// fetches fonts and emoji images for characters its fonts lack; these tests
// make every fetch fail loudly and record it, then draw cards with Latin,
// Cyrillic and emoji text.

let fetches: string[] = [];
const realFetch = globalThis.fetch;
beforeEach(() => {
  fetches = [];
  vi.stubGlobal("fetch", (url: unknown, init?: RequestInit) => {
    // next/og loads its own WebAssembly from data: URLs; that is not the network.
    if (String(url).startsWith("data:")) return realFetch(url as string, init);
    fetches.push(String(url));
    return Promise.reject(new Error("no network in the build"));
  });
});
afterEach(() => vi.unstubAllGlobals());

const PNG = [0x89, 0x50, 0x4e, 0x47];
async function bytes(res: Response): Promise<Buffer> {
  return Buffer.from(await res.arrayBuffer());
}

describe("share images render offline for any accepted text", () => {
  const cards = {
    latin: { kicker: "The Film (2017)", title: "Beria is arrested at a Presidium meeting — “at once”", line: "Café, naïve, Ærø, ß: accents and ligatures." },
    cyrillic: { kicker: "Смерть Сталина", title: "Хрущёв и Берия: «арест на заседании»", line: "Источник: Известия, 5 марта 1953 г." },
    emoji: { kicker: "🎬 Film", title: "The crowd 😱 at the funeral 👨‍👩‍👧 🇷🇺", line: "Verdict ✅ mixed 🤷" },
  };
  for (const [kind, card] of Object.entries(cards)) {
    it(`draws a ${kind} card without fetching anything`, async () => {
      const png = await bytes(shareImage({ ...card, verdict: "mixed" }));
      expect([...png.subarray(0, 4)]).toEqual(PNG);
      expect(png.length).toBeGreaterThan(10_000);
      expect(fetches).toEqual([]);
    });
  }

  it("keeps Latin and Cyrillic text and drops only what the local fonts cannot draw", () => {
    expect(shareText(cards.cyrillic.title)).toBe(cards.cyrillic.title);
    expect(shareText(cards.latin.line)).toBe(cards.latin.line);
    expect(shareText(cards.emoji.title)).toBe("The crowd at the funeral");
    expect(shareText("Verdict ✅ mixed 🤷, really")).toBe("Verdict mixed, really");
  });

  it("would fetch without them: next/og's own fallback reaches for the network (so this test can fail)", async () => {
    const res = new ImageResponse(createElement(ShareCard, { ...cards.emoji, verdict: "mixed" }), SHARE_SIZE);
    await res.arrayBuffer().catch(() => undefined);
    expect(fetches.length).toBeGreaterThan(0);
  });
});

describe("every share image goes through shareImage()", () => {
  it("no route or component but share-image.tsx uses next/og directly", async () => {
    const fs = await import("node:fs");
    const path = await import("node:path");
    const walk = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    // A card drawn with ImageResponse alone would let next/og fetch fonts for a title's emoji.
    const direct = [...walk("app"), ...walk("components")]
      .filter((f) => /\.tsx?$/.test(f) && f !== path.join("components", "share", "share-image.tsx"))
      .filter((f) => /from "next\/og"/.test(fs.readFileSync(f, "utf8")));
    expect(direct).toEqual([]);
  });
});
