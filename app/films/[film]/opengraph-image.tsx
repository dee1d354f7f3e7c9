import { SHARE_SIZE } from "@/components/share/share-card";
import { shareImage } from "@/components/share/share-image";
import { tallyVerdicts } from "@/lib/claims/tally";
import { getSite } from "@/lib/content";
import { cachedPng } from "@/lib/site/image-cache";

export const size = SHARE_SIZE;
export const contentType = "image/png";
export const dynamic = "force-static";
export const alt = "The film's title, director and running time, and the verdicts on its claims as a bar";
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getSite()).films.map((f) => ({ film: f.id }));
}

export default async function Image({ params }: { params: Promise<{ film: string }> }) {
  const { film: id } = await params;
  const site = await getSite();
  const film = site.films.find((f) => f.id === id)!;
  const claims = site.claims.filter((c) => c.film === id);
  const card = {
    kicker: "The film against the record",
    title: `${film.title} (${film.year})`,
    line: `Directed by ${film.directors.join(" and ")} · ${film.runtimeMinutes} minutes`,
    tally: tallyVerdicts(claims),
    tallyCaption: `${claims.length} claims checked against the record`,
  };
  return cachedPng([card], () => shareImage(card));
}
