import { getSite } from "@/lib/content";
import type { SearchDoc } from "@/lib/claims/search";

// The full-text index, fetched by the claim finder only when a reader starts
// searching, so /claims itself stays small. Built once at build time.
export const dynamic = "force-static";

export async function GET() {
  const site = await getSite();
  const names = new Map(site.people.map((p) => [p.id, [p.name, ...p.aka].join(" ")]));
  const docs: SearchDoc[] = site.claims.map((c) => ({
    slug: c.slug,
    title: c.title,
    summary: c.summary,
    body: [c.text.film, c.text.record, c.text.disagree].join("\n\n"),
    people: c.characters.map((id) => names.get(id) ?? "").join(" "),
  }));
  return Response.json(docs);
}
