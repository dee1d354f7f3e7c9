import type { Claim, Person, Scene } from "@/lib/content";
import { toCardData } from "@/lib/claims/card-data";
import { groupInOrder } from "@/lib/claims/tally";
import { ClaimCard } from "./claim-card";

/** Claims in film order, under a heading per act. */
export function ClaimsByAct({ claims, scenes, people }: { claims: Claim[]; scenes: Scene[]; people: Person[] }) {
  const actOf = (c: Claim) => scenes.find((s) => s.id === c.scene)?.act ?? "";
  return (
    <div className="grid gap-10">
      {groupInOrder(claims, actOf).map((g) => (
        <section key={g.key} aria-labelledby={`act-${slugify(g.key)}`}>
          <h2 id={`act-${slugify(g.key)}`} className="mb-4 border-b-2 border-ink pb-1 font-serif text-2xl font-bold">
            {g.key} <span className="font-sans text-base font-normal text-muted">· {g.items.length} claim{g.items.length === 1 ? "" : "s"}</span>
          </h2>
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {g.items.map((c) => (
              <li key={c.slug}>
                <ClaimCard claim={toCardData(c, people)} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function slugify(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
