import { notFound } from "next/navigation";
import { SHARE_SIZE } from "@/components/share/share-card";
import { shareImage } from "@/components/share/share-image";
import { tallyVerdicts } from "@/lib/claims/tally";
import { getEvent, getEvents } from "@/lib/content";
import { formatDateSpan } from "@/lib/events/format";
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
  const films = event.tellings.map((t) => t.film.title);
  const card = {
    kicker: formatDateSpan(event.date, event.dateTo),
    title: event.title,
    line: films.length ? `${event.summary} In ${films.join(" and ")}.` : event.summary,
    tally: tallyVerdicts(event.claims),
    tallyCaption: `How ${event.claims.length} claim${event.claims.length === 1 ? "" : "s"} in the films tell it`,
  };
  return cachedPng([card], () => shareImage(card));
}
