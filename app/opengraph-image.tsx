import { SHARE_SIZE } from "@/components/share/share-card";
import { shareImage } from "@/components/share/share-image";
import { tallyVerdicts } from "@/lib/claims/tally";
import { VERDICT_INFO } from "@/lib/claims/verdicts";
import { getMainFilm, getSite } from "@/lib/content";

export const size = SHARE_SIZE;
export const contentType = "image/png";
export const dynamic = "force-static";
export const alt = "Reel vs Record: the film against the historical record, with the verdict tally";

export default async function Image() {
  const site = await getSite();
  const film = await getMainFilm();
  const claims = site.claims.filter((c) => c.film === film.id);
  const tally = tallyVerdicts(claims).filter((t) => t.count > 0).map((t) => `${t.count} ${VERDICT_INFO[t.verdict].label.toLowerCase()}`);
  return shareImage({ kicker: `${film.title} (${film.year})`, title: `${claims.length} claims from ${film.title}, checked against the record`, line: tally.join(" · ") });
}
