import { SHARE_SIZE } from "@/components/share/share-card";
import { shareImage } from "@/components/share/share-image";
import { getSite } from "@/lib/content";
import { personShareCard } from "@/lib/share/cards";
import { cachedPng } from "@/lib/site/image-cache";

export const size = SHARE_SIZE;
export const contentType = "image/png";
export const dynamic = "force-static";
export const alt = "The person's name, who played them, and the verdicts on the film's claims about them as a bar";
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getSite()).people.map((p) => ({ id: p.id }));
}

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const site = await getSite();
  const person = site.people.find((p) => p.id === id)!;
  const card = personShareCard(person, site);
  return cachedPng([card], () => shareImage(card));
}
