import { SHARE_SIZE } from "@/components/share/share-card";
import { shareImage } from "@/components/share/share-image";
import { tallyVerdicts } from "@/lib/claims/tally";
import { getClaims, getFilms } from "@/lib/content";

export const size = SHARE_SIZE;
export const contentType = "image/png";
export const dynamic = "force-static";
export { SITE_IMAGE_ALT as alt } from "@/lib/site/metadata";

export default async function Image() {
  const [films, claims] = await Promise.all([getFilms(), getClaims()]);
  const one = films.length === 1 ? films[0] : undefined;
  return shareImage({
    kicker: one ? `${one.title} (${one.year})` : `${films.length} films`,
    title: one ? `What ${one.title} gets right, bends and invents` : "What films get right, bend and invent about the past",
    line: one
      ? "Scene by scene against the documents, with sources"
      : `${films.map((f) => `${f.title} (${f.year})`).join(" and ")}: scene by scene against one shared record, with sources`,
    tally: tallyVerdicts(claims),
    tallyCaption: `${claims.length} claims checked`,
  });
}
