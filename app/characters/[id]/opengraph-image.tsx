import { SHARE_SIZE } from "@/components/share/share-card";
import { shareImage } from "@/components/share/share-image";
import { tallyVerdicts } from "@/lib/claims/tally";
import { VERDICT_INFO } from "@/lib/claims/verdicts";
import { getSite } from "@/lib/content";
import { cachedPng } from "@/lib/site/image-cache";

export const size = SHARE_SIZE;
export const contentType = "image/png";
export const dynamic = "force-static";
export const alt = "A character of the film against the real person, with the verdict tally";
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getSite()).people.map((p) => ({ id: p.id }));
}

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const site = await getSite();
  const person = site.people.find((p) => p.id === id)!;
  const claims = site.claims.filter((c) => c.characters.includes(id));
  const tally = tallyVerdicts(claims).filter((t) => t.count > 0).map((t) => `${t.count} ${VERDICT_INFO[t.verdict].label.toLowerCase()}`);
  const card = { kicker: "Character", title: `${person.name} on screen and in the record`, line: `${claims.length} claims: ${tally.join(" · ") || "none yet"}` };
  return cachedPng([card], () => shareImage(card));
}
