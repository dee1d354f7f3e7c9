import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// Share images cost tens of milliseconds each to draw. Like compiled MDX,
// they are cached on disk by a hash of everything drawn on them, so a
// rebuild redraws only the cards whose text or verdict changed. The build
// draws them ahead of the routes, in parallel with the page build
// (scripts/share-images.ts); a route draws a card itself only when that step
// has not got to it yet. Bump the version when the card's design changes.
const CARD_VERSION = "share-card v6 (Satori and native resvg, local Noto Sans)";
// IMAGE_CACHE_DIR lets tests use a folder of their own.
const dir = () => process.env.IMAGE_CACHE_DIR || path.join(/* turbopackIgnore: true */ process.cwd(), ".cache", "og");

const useCache = () => process.env.IMAGE_CACHE !== "off";

/** Where the PNG for a card (everything drawn on it) lives in the cache. */
export function cardFile(parts: unknown[]): string {
  const key = crypto
    .createHash("sha256")
    .update(JSON.stringify([CARD_VERSION, ...parts]))
    .digest("hex");
  return path.join(/* turbopackIgnore: true */ dir(), `${key}.png`);
}

/** Writes a PNG into the cache atomically: a reader never sees half a file. */
export function storePng(file: string, png: Uint8Array) {
  fs.mkdirSync(/* turbopackIgnore: true */ path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  fs.writeFileSync(/* turbopackIgnore: true */ tmp, png);
  fs.renameSync(/* turbopackIgnore: true */ tmp, file);
}

export async function cachedPng(parts: unknown[], draw: () => Response): Promise<Response> {
  const file = cardFile(parts);
  let png: Buffer;
  if (useCache() && fs.existsSync(/* turbopackIgnore: true */ file)) {
    png = fs.readFileSync(/* turbopackIgnore: true */ file);
  } else {
    png = Buffer.from(await draw().arrayBuffer());
    if (useCache()) storePng(file, png);
  }
  return new Response(new Uint8Array(png), { headers: { "content-type": "image/png" } });
}

/**
 * Draws every card not yet in the cache, one after another (the page build
 * runs beside this on the other core). Returns how many were drawn and kept.
 */
export async function drawMissing<T>(cards: T[], draw: (card: T) => Promise<Uint8Array>): Promise<{ drawn: number; cached: number }> {
  let drawn = 0;
  for (const card of cards) {
    const file = cardFile([card]);
    if (fs.existsSync(/* turbopackIgnore: true */ file)) continue;
    storePng(file, await draw(card));
    drawn++;
  }
  return { drawn, cached: cards.length - drawn };
}
