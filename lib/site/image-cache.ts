import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// Share images cost tens of milliseconds each to draw. Like compiled MDX,
// they are cached on disk by a hash of everything drawn on them, so a
// rebuild redraws only the cards whose text or verdict changed. Bump the
// version when the card's design changes.
const CARD_VERSION = "share-card v5 (local Noto Sans, tally cards)";
const DIR = path.join(/* turbopackIgnore: true */ process.cwd(), ".cache", "og");

export async function cachedPng(parts: unknown[], draw: () => Response): Promise<Response> {
  const key = crypto.createHash("sha256").update(JSON.stringify([CARD_VERSION, ...parts])).digest("hex");
  const file = path.join(/* turbopackIgnore: true */ DIR, `${key}.png`);
  const useCache = process.env.IMAGE_CACHE !== "off";
  let png: Buffer;
  if (useCache && fs.existsSync(/* turbopackIgnore: true */ file)) {
    png = fs.readFileSync(/* turbopackIgnore: true */ file);
  } else {
    png = Buffer.from(await draw().arrayBuffer());
    if (useCache) {
      fs.mkdirSync(/* turbopackIgnore: true */ DIR, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(/* turbopackIgnore: true */ tmp, png);
      fs.renameSync(/* turbopackIgnore: true */ tmp, file);
    }
  }
  return new Response(new Uint8Array(png), { headers: { "content-type": "image/png" } });
}
