import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

// Fonts for the share images, shipped in node_modules (@fontsource/noto-sans),
// and the text those fonts can draw. next/og downloads a font or an emoji
// image from the network for any character its fonts lack; the site is built
// without a network, so every string on a share card goes through shareText()
// first and keeps only what the local fonts cover. Emoji and scripts beyond
// Latin, Greek and Cyrillic are dropped from the picture (the page keeps them).

const FAMILY = "Noto Sans";
const SUBSETS = ["latin", "latin-ext", "cyrillic", "cyrillic-ext", "greek"] as const;
const WEIGHTS = [400, 700, 800] as const;

export type ShareFont = { name: string; data: Buffer; weight: (typeof WEIGHTS)[number]; style: "normal" };
// Satori keeps one font per name and weight, so each subset gets a name of its
// own; the card names the Latin one, and Satori falls back to the others glyph by glyph.
const nameOf = (subset: (typeof SUBSETS)[number]) => (subset === "latin" ? FAMILY : `${FAMILY} ${subset}`);

let loaded: { fonts: ShareFont[]; covered: Set<number> } | undefined;

/**
 * The font files, found as Node finds a package: in node_modules here or in a
 * folder above. The export is built in a copy of the sources (.export-build/)
 * whose packages resolve from the project around it.
 */
function fontDir(): string {
  for (let at = process.cwd(); ; at = path.dirname(at)) {
    const dir = path.join(/* turbopackIgnore: true */ at, "node_modules", "@fontsource", "noto-sans", "files");
    if (fs.existsSync(/* turbopackIgnore: true */ dir)) return dir;
    if (path.dirname(at) === at) throw new Error(`The share-image fonts (@fontsource/noto-sans) are not installed above ${process.cwd()}`);
  }
}

function load() {
  if (loaded) return loaded;
  const dir = fontDir();
  const fonts: ShareFont[] = [];
  const covered = new Set<number>();
  for (const weight of WEIGHTS) {
    for (const subset of SUBSETS) {
      const data = fs.readFileSync(/* turbopackIgnore: true */ path.join(dir, `noto-sans-${subset}-${weight}-normal.woff`));
      fonts.push({ name: nameOf(subset), data, weight, style: "normal" });
      // Every weight has the same subsets, so the 400s tell what all can draw.
      if (weight === 400) for (const cp of woffCodepoints(data)) covered.add(cp);
    }
  }
  loaded = { fonts, covered };
  return loaded;
}

/** The fonts to hand to ImageResponse. */
export function shareFonts(): ShareFont[] {
  return load().fonts;
}

export const SHARE_FONT_FAMILY = FAMILY;

/**
 * Text as a share card can draw it offline: NFC-normalised, every grapheme
 * the local fonts cannot draw in full (emoji, CJK, control characters)
 * removed, and the spaces left behind closed up.
 */
export function shareText(text: string, covered: ReadonlySet<number> = load().covered): string {
  const out: string[] = [];
  for (const { segment } of new Intl.Segmenter("en", { granularity: "grapheme" }).segment(text.normalize("NFC"))) {
    if (/^\s+$/u.test(segment)) out.push(" ");
    else if ([...segment].every((ch) => covered.has(ch.codePointAt(0)!))) out.push(segment);
  }
  return out
    .join("")
    .replace(/ {2,}/g, " ")
    .replace(/ ([,.;:!?])/g, "$1")
    .trim();
}

/** Code points a WOFF 1.0 font maps to a glyph, read from its cmap table. */
export function woffCodepoints(woff: Buffer): Set<number> {
  if (woff.toString("latin1", 0, 4) !== "wOFF") throw new Error("not a WOFF 1.0 font");
  const numTables = woff.readUInt16BE(12);
  let cmap: Buffer | undefined;
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    if (woff.toString("latin1", at, at + 4) !== "cmap") continue;
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    cmap = compLength < origLength ? zlib.inflateSync(raw) : raw;
  }
  if (!cmap) throw new Error("font has no cmap table");
  return cmapCodepoints(cmap);
}

function cmapCodepoints(cmap: Buffer): Set<number> {
  const out = new Set<number>();
  const n = cmap.readUInt16BE(2);
  const subtables = Array.from({ length: n }, (_, i) => ({
    platform: cmap.readUInt16BE(4 + i * 8),
    encoding: cmap.readUInt16BE(6 + i * 8),
    offset: cmap.readUInt32BE(8 + i * 8),
  }));
  // Prefer the full-Unicode table (format 12), then the BMP table (format 4).
  const pick = (format: number) => subtables.find((t) => (t.platform === 3 || t.platform === 0) && cmap.readUInt16BE(t.offset) === format);
  const t12 = pick(12);
  if (t12) {
    const groups = cmap.readUInt32BE(t12.offset + 12);
    for (let g = 0; g < groups; g++) {
      const at = t12.offset + 16 + g * 12;
      const [start, end, glyph] = [cmap.readUInt32BE(at), cmap.readUInt32BE(at + 4), cmap.readUInt32BE(at + 8)];
      for (let cp = start; cp <= end; cp++) if (glyph + (cp - start) !== 0) out.add(cp);
    }
    return out;
  }
  const t4 = pick(4);
  if (!t4) throw new Error("font has no Unicode cmap subtable");
  const base = t4.offset;
  const segCount = cmap.readUInt16BE(base + 6) / 2;
  const ends = base + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  for (let s = 0; s < segCount; s++) {
    const end = cmap.readUInt16BE(ends + s * 2);
    const start = cmap.readUInt16BE(starts + s * 2);
    const delta = cmap.readInt16BE(deltas + s * 2);
    const rangeOffset = cmap.readUInt16BE(rangeOffsets + s * 2);
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (cp + delta) & 0xffff;
      else {
        const at = rangeOffsets + s * 2 + rangeOffset + (cp - start) * 2;
        glyph = cmap.readUInt16BE(at);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) out.add(cp);
    }
  }
  return out;
}
