import type { Metadata } from "next";
import { pageMetadata } from "@/lib/site/metadata";
import { ClaimFinder, type FinderItem } from "@/components/claims/claim-finder";
import { toCardData } from "@/lib/claims/card-data";
import { indexItem } from "@/lib/claims/filter";
import { LIBERTY_INFO, VERDICT_INFO } from "@/lib/claims/verdicts";
import { getFilms, getPeople } from "@/lib/content";
import { LIBERTIES, VERDICTS } from "@/lib/content/schema";

export const metadata: Metadata = pageMetadata({
  path: "/claims",
  title: "All claims",
  description: "Every claim the films make about history, in film order, with its verdict. Filter by film, character, verdict, liberty and scene, or search.",
});

export default async function ClaimsPage() {
  const [films, people] = await Promise.all([getFilms(), getPeople()]);
  const several = films.length > 1;
  const claims = films.flatMap((film) => film.claims.map((claim) => ({ claim, film })));
  const items: FinderItem[] = claims.map(({ claim: c, film }, i) => {
    const act = film.scenes.find((s) => s.id === c.scene)?.act ?? "";
    return {
      ...indexItem(c, i),
      // With several films, an act heading names its film: every film has an act one.
      act: several ? `${film.title}: ${act}` : act,
      card: toCardData(c, people),
    };
  });
  const tagged = new Set(claims.flatMap(({ claim }) => claim.characters));
  const options = {
    film: films.map((f) => ({ id: f.id, label: `${f.title} (${f.year})` })),
    character: people.filter((p) => tagged.has(p.id)).map((p) => ({ id: p.id, label: p.name })),
    verdict: VERDICTS.map((v) => ({ id: v, label: VERDICT_INFO[v].label })),
    liberty: LIBERTIES.map((l) => ({ id: l, label: LIBERTY_INFO[l].label })),
    scene: films.flatMap((f) => f.scenes.map((s) => ({ id: s.id, label: several ? `${f.title}, ${s.order}. ${s.title}` : `${s.order}. ${s.title}` }))),
  };
  return (
    <div className="grid gap-8">
      <header className="grid gap-2">
        <h1 className="font-serif text-4xl font-bold">All claims</h1>
        <p className="max-w-measure text-muted">
          {claims.length} claims from{" "}
          {films.map((f, i) => (
            <span key={f.id}>
              {i > 0 && (i === films.length - 1 ? " and " : ", ")}
              <cite>{f.title}</cite>
            </span>
          ))}
          , in the order {several ? "each film tells them" : "the film tells them"}. Filter and search to find one; the address bar keeps your view, so you can
          share it.
        </p>
      </header>
      <ClaimFinder items={items} options={options} />
    </div>
  );
}
