import Link from "next/link";
import type { Claim, Person } from "@/lib/content";
import { VerdictBadge } from "./verdict-badge";

/** One claim in a list: the film's assertion, the verdict, who it concerns, why. */
export function ClaimCard({ claim, people, headingLevel = 3 }: { claim: Claim; people: Person[]; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? "h2" : "h3";
  const names = claim.characters.map((id) => people.find((p) => p.id === id)).filter((p): p is Person => !!p);
  return (
    <article className="relative flex h-full flex-col gap-3 rounded-md border border-rule bg-panel p-4 shadow-[0_1px_0_var(--rule)] transition-colors hover:border-ink/40 sm:p-5">
      <VerdictBadge verdict={claim.verdict} size="sm" />
      <H className="font-serif text-lg leading-snug font-semibold text-balance">
        <Link href={`/claims/${claim.slug}`} className="after:absolute after:inset-0 hover:underline">
          {claim.title}
        </Link>
      </H>
      <p className="text-[0.95rem] text-muted">{claim.summary}</p>
      {names.length > 0 && (
        <p className="mt-auto text-sm">
          <span className="sr-only">Characters: </span>
          {names.map((p, i) => (
            <span key={p.id}>
              {i > 0 && <span aria-hidden="true"> · </span>}
              <Link href={`/characters/${p.id}`} className="relative z-10 text-ink underline decoration-rule hover:decoration-ink">
                {p.name}
              </Link>
            </span>
          ))}
        </p>
      )}
    </article>
  );
}
