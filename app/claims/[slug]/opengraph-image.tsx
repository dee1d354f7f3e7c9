import { SHARE_SIZE } from "@/components/share/share-card";
import { shareImage } from "@/components/share/share-image";
import { getClaim, getClaims, getFilm } from "@/lib/content";
import { claimShareCard } from "@/lib/share/cards";
import { cachedPng } from "@/lib/site/image-cache";

export const size = SHARE_SIZE;
export const contentType = "image/png";
export const dynamic = "force-static";
export const alt = "The film's assertion, what the record says, and the verdict";
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getClaims()).map((c) => ({ slug: c.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const claim = (await getClaim((await params).slug))!;
  const film = (await getFilm(claim.film))!;
  const card = claimShareCard(claim, film);
  return cachedPng([card], () => shareImage(card));
}
