import { SHARE_SIZE } from "@/components/share/share-card";
import { shareImage } from "@/components/share/share-image";
import { tallyVerdicts } from "@/lib/claims/tally";
import { getMainFilm, getSite } from "@/lib/content";

export const size = SHARE_SIZE;
export const contentType = "image/png";
export const dynamic = "force-static";
export { SITE_IMAGE_ALT as alt } from "@/lib/site/metadata";

export default async function Image() {
  const site = await getSite();
  const film = await getMainFilm();
  const claims = site.claims.filter((c) => c.film === film.id);
  return shareImage({
    kicker: `${film.title} (${film.year})`,
    title: `What ${film.title} gets right, bends and invents`,
    line: "Scene by scene against the documents, with sources",
    tally: tallyVerdicts(claims),
    tallyCaption: `${claims.length} claims checked`,
  });
}
