import { Resvg } from "@resvg/resvg-js";
import { cloneElement, type ReactElement } from "react";
import satori from "satori";
import { SHARE_FONT_FAMILY, shareFonts, shareText } from "@/lib/share/fonts";
import { SHARE_SIZE, ShareCard, type ShareCardProps } from "./share-card";

/**
 * The one way to draw a share image: Satori lays the card out as SVG with the
 * local fonts, and resvg's native build (not next/og's WebAssembly copy, about
 * twice as slow here) paints it. Only text the local fonts can draw is kept,
 * and Satori is given no way to load anything else, so drawing a card never
 * reaches for the network whatever a title contains.
 */
export function shareImage(card: ShareCardProps): Response {
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      try {
        controller.enqueue(await sharePng(card));
        controller.close();
      } catch (e) {
        controller.error(e);
      }
    },
  });
  return new Response(body, { headers: { "content-type": "image/png" } });
}

/** The card as PNG bytes. */
export async function sharePng(card: ShareCardProps): Promise<Uint8Array> {
  const safe = {
    ...card,
    kicker: shareText(card.kicker),
    title: shareText(card.title),
    line: shareText(card.line),
    tallyCaption: card.tallyCaption && shareText(card.tallyCaption),
  };
  // next/og sizes the card's root box with its padding inside (border-box); Satori on its own does not.
  const root = ShareCard({ ...safe, fontFamily: SHARE_FONT_FAMILY }) as ReactElement<{ style: object }>;
  const svg = await satori(cloneElement(root, { style: { ...root.props.style, boxSizing: "border-box" } }), { ...SHARE_SIZE, fonts: shareFonts() });
  return new Resvg(svg, { fitTo: { mode: "width", value: SHARE_SIZE.width }, font: { loadSystemFonts: false } }).render().asPng();
}
