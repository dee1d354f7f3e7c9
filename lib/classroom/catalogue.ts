import { indexItem } from "../claims/filter";
import type { Claim, SiteContent } from "../content/load";
import type { ClassroomItem, ViewLabels, ViewVocabulary } from "./view";
import { shortRef } from "./worksheet";

// What the classroom pages hand to the browser: every claim as plain data
// (no MDX), the vocabulary a URL may name, and the names to show for it.

export type CatalogueItem = ClassroomItem & {
  filmTitle: string;
  sceneTitle: string;
  /** The claim's sources as short references, in the claim's order. */
  refs: string[];
};

export type Catalogue = { items: CatalogueItem[]; vocab: ViewVocabulary; labels: ViewLabels };

type Site = Pick<SiteContent, "films" | "scenes" | "people" | "sources"> & {
  claims: Pick<Claim, "slug" | "title" | "summary" | "verdict" | "liberties" | "characters" | "scene" | "film" | "sources">[];
};

export function catalogue(site: Site): Catalogue {
  const sources = new Map(site.sources.map((s) => [s.id, s]));
  const films = new Map(site.films.map((f) => [f.id, f]));
  const scenes = [...site.scenes].flatMap(([film, list]) => list.map((s) => ({ ...s, film })));
  const items = site.claims.map((c, order) => ({
    ...indexItem(c, order),
    filmTitle: films.get(c.film)?.title ?? c.film,
    sceneTitle: scenes.find((s) => s.film === c.film && s.id === c.scene)?.title ?? c.scene,
    refs: c.sources.flatMap((r) => {
      const s = sources.get(r.id);
      return s ? [shortRef(s, r.at)] : [];
    }),
  }));
  const tagged = new Set(site.claims.flatMap((c) => c.characters));
  const people = site.people.filter((p) => tagged.has(p.id));
  return {
    items,
    vocab: { films: site.films.map((f) => f.id), characters: people.map((p) => p.id), scenes: scenes.map((s) => s.id) },
    labels: {
      films: Object.fromEntries(site.films.map((f) => [f.id, f.title])),
      characters: Object.fromEntries(people.map((p) => [p.id, p.name])),
      scenes: Object.fromEntries(scenes.map((s) => [s.id, s.title])),
    },
  };
}
