import { ImageResponse } from "next/og";
import { SHARE_SIZE, ShareCard } from "@/components/share/share-card";
import { tallyVerdicts } from "@/lib/claims/tally";
import { VERDICT_INFO } from "@/lib/claims/verdicts";
import { getClaims, getFilms } from "@/lib/content";

export const size = SHARE_SIZE;
export const contentType = "image/png";
export const dynamic = "force-static";
export const alt = "Reel vs Record: films against the historical record, with the verdict tally";

export default async function Image() {
  const [films, claims] = await Promise.all([getFilms(), getClaims()]);
  const tally = tallyVerdicts(claims).filter((t) => t.count > 0).map((t) => `${t.count} ${VERDICT_INFO[t.verdict].label.toLowerCase()}`);
  const kicker = films.length === 1 ? `${films[0].title} (${films[0].year})` : `${films.length} films`;
  const title = films.length === 1 ? `${claims.length} claims from ${films[0].title}, checked against the record` : `${claims.length} claims from ${films.map((f) => f.title).join(" and ")}, checked against the record`;
  return new ImageResponse(<ShareCard kicker={kicker} title={title} line={tally.join(" · ")} />, size);
}
