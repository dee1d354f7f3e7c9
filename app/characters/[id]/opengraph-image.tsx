import { notFound } from "next/navigation";
import { SHARE_SIZE } from "@/components/share/share-card";
import { shareImage } from "@/components/share/share-image";
import { getPeople, getPerson } from "@/lib/content";
import { personShareCard } from "@/lib/share/cards";
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
  const card = personShareCard(person);
  return cachedPng([card], () => shareImage(card));
}
