import type { Person, WithContext } from "schema-dts";

/**
 * schema.org Person for a character page: the real person, as the page states
 * them (so no alternate spellings: the page does not show them).
 */
export function personJsonLd(p: {
  url: string;
  name: string;
  born: string;
  bornPlace?: string;
  died: string;
  diedPlace?: string;
  description: string;
  sameAs: string[];
}): WithContext<Person> {
  return {
    "@context": "https://schema.org",
    "@type": "Person",
    "@id": `${p.url}#person`,
    url: p.url,
    name: p.name,
    birthDate: p.born,
    ...(p.bornPlace ? { birthPlace: { "@type": "Place", name: p.bornPlace } } : {}),
    deathDate: p.died,
    ...(p.diedPlace ? { deathPlace: { "@type": "Place", name: p.diedPlace } } : {}),
    description: p.description,
    ...(p.sameAs.length ? { sameAs: p.sameAs } : {}),
  };
}
