import { getClaims, getFilms, getPeople } from "@/lib/content";
import type { SearchDoc } from "@/lib/claims/search";

// The full-text index over every film's claims, fetched by the claim finder
// only when a reader starts searching, so /claims itself stays small. Built
// once at build time.
export const dynamic = "force-static";

export async function GET() {
  const [claims, films, people] = await Promise.all([getClaims(), getFilms(), getPeople()]);
  const names = new Map(people.map((p) => [p.id, [p.name, ...p.aka].join(" ")]));
  const titles = new Map(films.map((f) => [f.id, f.title]));
  const docs: SearchDoc[] = claims.map((c) => ({
    slug: c.slug,
    title: c.title,
    summary: c.summary,
    body: [c.text.film, c.text.record, c.text.disagree].join("\n\n"),
    people: c.characters.map((id) => names.get(id) ?? "").join(" "),
    film: titles.get(c.film) ?? "",
  }));
  return Response.json(docs);
}
