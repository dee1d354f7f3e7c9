import { ImageResponse } from "next/og";
import { SHARE_FONT_FAMILY, shareFonts, shareText } from "@/lib/share/fonts";
import { SHARE_SIZE, ShareCard, type ShareCardProps } from "./share-card";

/**
 * The one way to draw a share image. It hands next/og the local fonts and
 * keeps only text they can draw, so that next/og never reaches for its
 * network fallback (Google Fonts, an emoji CDN) whatever a title contains.
 */
export function shareImage(card: ShareCardProps): ImageResponse {
  const safe = {
    ...card,
    kicker: shareText(card.kicker),
    title: shareText(card.title),
    line: shareText(card.line),
    tallyCaption: card.tallyCaption && shareText(card.tallyCaption),
  };
  return new ImageResponse(<ShareCard {...safe} fontFamily={SHARE_FONT_FAMILY} />, { ...SHARE_SIZE, fonts: shareFonts() });
}
