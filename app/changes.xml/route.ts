import { atomFeed, recentChanges } from "@/lib/data/changes";
import { getSite } from "@/lib/content";
import { SITE_NAME, siteUrl } from "@/lib/site/config";

export const dynamic = "force-static";

export async function GET() {
  const site = await getSite();
  return new Response(atomFeed(recentChanges(site.claims, site.films), { siteName: SITE_NAME, siteUrl: siteUrl() }), {
    headers: { "content-type": "application/atom+xml; charset=utf-8" },
  });
}
