import type { MetadataRoute } from "next";
import { getSite } from "@/lib/content";
import { absoluteUrl } from "@/lib/site/config";

export const dynamic = "force-static";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const site = await getSite();
  const fixed = [
    "/",
    "/claims",
    "/films",
    "/events",
    "/timeline",
    "/sources",
    "/critics",
    "/method",
    "/changes",
    "/characters",
    "/dates",
    "/quiz",
    "/worksheet",
    "/teach",
    "/check",
  ].map((p) => ({ url: absoluteUrl(p) }));
  return [
    ...fixed,
    ...site.films.flatMap((f) => [{ url: absoluteUrl(`/films/${f.id}`) }, { url: absoluteUrl(`/films/${f.id}/timeline`) }]),
    ...site.events.map((e) => ({ url: absoluteUrl(`/events/${e.id}`) })),
    ...site.people.map((p) => ({ url: absoluteUrl(`/characters/${p.id}`) })),
    ...site.claims.map((c) => ({
      url: absoluteUrl(`/claims/${c.slug}`),
      lastModified: [c.reviewed, ...c.changes.map((ch) => ch.date)].sort().at(-1),
    })),
  ];
}
