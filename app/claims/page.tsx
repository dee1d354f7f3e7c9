import type { Metadata } from "next";
import { pageMetadata } from "@/lib/site/metadata";
import { ClaimFinder, type FinderItem } from "@/components/claims/claim-finder";
import { toCardData } from "@/lib/claims/card-data";
import { LIBERTY_INFO, VERDICT_INFO } from "@/lib/claims/verdicts";
import { getMainFilm, getSite } from "@/lib/content";
import { LIBERTIES, VERDICTS } from "@/lib/content/schema";

export const metadata: Metadata = pageMetadata({
  path: "/claims",
  title: "All claims",
  description: "Every claim The Death of Stalin makes about 1953, in film order, with its verdict. Filter by character, verdict, liberty and scene, or search.",
});

export default async function ClaimsPage() {
  const site = await getSite();
  const film = await getMainFilm();
  const claims = site.claims.filter((c) => c.film === film.id);
  const scenes = new Map(film.scenes.map((s) => [s.id, s]));
  const items: FinderItem[] = claims.map((c, i) => ({
    slug: c.slug,
    title: c.title,
    summary: c.summary,
    verdict: c.verdict,
    liberties: c.liberties,
    characters: c.characters,
    scene: c.scene,
    order: i,
    act: scenes.get(c.scene)?.act ?? "",
    card: toCardData(c, site.people),
  }));
  const tagged = new Set(claims.flatMap((c) => c.characters));
  const options = {
    character: site.people.filter((p) => tagged.has(p.id)).map((p) => ({ id: p.id, label: p.name })),
    verdict: VERDICTS.map((v) => ({ id: v, label: VERDICT_INFO[v].label })),
    liberty: LIBERTIES.map((l) => ({ id: l, label: LIBERTY_INFO[l].label })),
    scene: film.scenes.map((s) => ({ id: s.id, label: `${s.order}. ${s.title}` })),
  };
  return (
    <div className="grid gap-8">
      <header className="grid gap-2">
        <h1 className="font-serif text-4xl font-bold">All claims</h1>
        <p className="max-w-measure text-muted">
          {claims.length} claims from <cite>{film.title}</cite>, in the order the film tells them. Filter and search to
          find one; the address bar keeps your view, so you can share it.
        </p>
      </header>
      <ClaimFinder items={items} options={options} />
    </div>
  );
}
