import { notFound } from "next/navigation";
import { SHARE_SIZE } from "@/components/share/share-card";
import { shareImage } from "@/components/share/share-image";
import { getClaim, getClaims } from "@/lib/content";
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
  const claim = await getClaim((await params).slug);
  if (!claim) notFound();
  // The kicker names the claim's own film: a share card travels without its page.
  const card = claimShareCard(claim, claim.filmInfo);
  return cachedPng([card], () => shareImage(card));
}
