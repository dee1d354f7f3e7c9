import { exportClaims } from "@/lib/data/claims-export";
import { getSite } from "@/lib/content";
import { absoluteUrl } from "@/lib/site/config";

export const dynamic = "force-static";

export async function GET() {
  const site = await getSite();
  return Response.json(exportClaims(site.claims, site.films, site.scenes, site.sources, (slug) => absoluteUrl(`/claims/${slug}`)));
}
