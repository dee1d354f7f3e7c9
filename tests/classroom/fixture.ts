import type { ClassroomItem } from "@/lib/classroom/view";

// Two small films, so the tests prove that filtering by film keeps one and
// drops the other (the site itself may hold only one film).

export const ITEMS: ClassroomItem[] = [
  { slug: "a1", title: "A first", summary: "", verdict: "accurate", liberties: [], characters: ["alpha"], scene: "s1", order: 0, film: "film-a" },
  {
    slug: "a2",
    title: "A second",
    summary: "",
    verdict: "mixed",
    liberties: ["compressed"],
    characters: ["alpha", "beta"],
    scene: "s2",
    order: 1,
    film: "film-a",
  },
  { slug: "a3", title: "A third", summary: "", verdict: "unproven", liberties: [], characters: ["beta"], scene: "s2", order: 2, film: "film-a" },
  { slug: "b1", title: "B first", summary: "", verdict: "invented", liberties: ["invented"], characters: ["alpha"], scene: "t1", order: 3, film: "film-b" },
  { slug: "b2", title: "B second", summary: "", verdict: "mostly-inaccurate", liberties: [], characters: ["gamma"], scene: "t1", order: 4, film: "film-b" },
];

export const VOCAB = { films: ["film-a", "film-b"], characters: ["alpha", "beta", "gamma"], scenes: ["s1", "s2", "t1"] };
