import { notFound } from "next/navigation";
import { SHARE_SIZE } from "@/components/share/share-card";
import { shareImage } from "@/components/share/share-image";
import { tallyVerdicts } from "@/lib/claims/tally";
import { getPeople, getPerson } from "@/lib/content";
import { cachedPng } from "@/lib/site/image-cache";

export const size = SHARE_SIZE;
export const contentType = "image/png";
export const dynamic = "force-static";
export const alt = "The person's name, who played them, and the verdicts on the film's claims about them as a bar";
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getPeople()).map((p) => ({ id: p.id }));
}

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const person = await getPerson(id);
  if (!person) notFound();
  const { claims } = person;
  const castings = person.portrayals.map((p) => `${p.actor} in ${p.film.title} (${p.film.year})`);
  const card = {
    kicker: "On screen and in the record",
    title: person.name,
    line: `${castings.length ? `Played by ${castings.join("; ")}` : "Not played on screen"}. In life ${person.born.slice(0, 4)}–${person.died.slice(0, 4)}.`,
    tally: tallyVerdicts(claims),
    tallyCaption: claims.length ? `${claims.length} claim${claims.length === 1 ? "" : "s"} checked against the record` : "No claims yet",
  };
  return cachedPng([card], () => shareImage(card));
}
