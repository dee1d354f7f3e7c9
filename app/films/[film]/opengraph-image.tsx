import { SHARE_SIZE } from "@/components/share/share-card";
import { shareImage } from "@/components/share/share-image";
import { getSite } from "@/lib/content";
import { filmShareCard } from "@/lib/share/cards";
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
  const card = filmShareCard(
    film,
    site.claims.filter((c) => c.film === id),
  );
  return cachedPng([card], () => shareImage(card));
}
