import { notFound } from "next/navigation";
import { SHARE_SIZE } from "@/components/share/share-card";
import { shareImage } from "@/components/share/share-image";
import { getEvent, getEvents } from "@/lib/content";
import { eventShareCard } from "@/lib/share/cards";
import { cachedPng } from "@/lib/site/image-cache";

export const size = SHARE_SIZE;
export const contentType = "image/png";
export const dynamic = "force-static";
export const alt = "A historical event, its date, and the films that show it";
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getEvents()).map((e) => ({ id: e.id }));
}

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const event = await getEvent((await params).id);
  if (!event) notFound();
  const card = eventShareCard(event);
  return cachedPng([card], () => shareImage(card));
}
