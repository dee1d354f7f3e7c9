import { notFound } from "next/navigation";
import { ImageResponse } from "next/og";
import { SHARE_SIZE, ShareCard } from "@/components/share/share-card";
import { tallyVerdicts } from "@/lib/claims/tally";
import { VERDICT_INFO } from "@/lib/claims/verdicts";
import { getPeople, getPerson } from "@/lib/content";
import { cachedPng } from "@/lib/site/image-cache";

export const size = SHARE_SIZE;
export const contentType = "image/png";
export const dynamic = "force-static";
export const alt = "A character of the film against the real person, with the verdict tally";
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getPeople()).map((p) => ({ id: p.id }));
}

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const person = await getPerson(id);
  if (!person) notFound();
  const claims = person.claims;
  const tally = tallyVerdicts(claims).filter((t) => t.count > 0).map((t) => `${t.count} ${VERDICT_INFO[t.verdict].label.toLowerCase()}`);
  const films = person.portrayals.map((p) => p.film.title);
  const card = { kicker: films.length ? films.join(" · ") : "Character", title: `${person.name} on screen and in the record`, line: `${claims.length} claims: ${tally.join(" · ") || "none yet"}` };
  return cachedPng([card], () => new ImageResponse(<ShareCard {...card} />, size));
}
