import type { ClaimCardData } from "@/lib/claims/card-data";
import { highlight } from "@/lib/claims/highlight";
import { VerdictBadge } from "./verdict-badge";

export type { ClaimCardData };

/**
 * One claim in a list: the film's assertion, the verdict, who it concerns,
 * why. Plain props, so the server lists and the client finder share it.
 * Plain anchors, not next/link: lists hold dozens of cards, each Link is a
 * client component to hydrate (and to mount on every filter change), and a
 * full load of a prerendered page is already fast.
 */
export function ClaimCard({ claim, terms = [], headingLevel = 3 }: { claim: ClaimCardData; terms?: readonly string[]; headingLevel?: 2 | 3 | 4 }) {
  const H = (["h2", "h3", "h4"] as const)[headingLevel - 2];
  return (
    <article className="flex h-full flex-col gap-3 rounded-md border border-rule bg-panel p-4 shadow-[0_1px_0_var(--rule)] transition-[border-color] hover:border-ink/40 sm:p-5">
      <div>
        <VerdictBadge verdict={claim.verdict} size="sm" />
      </div>
      <H className="font-serif text-lg leading-snug font-semibold text-balance">
        <a href={`/claims/${claim.slug}`} className="hover:underline">
          <Marked text={claim.title} terms={terms} />
        </a>
      </H>
      <p className="text-[0.95rem] text-muted">
        <Marked text={claim.summary} terms={terms} />
      </p>
      {claim.people.length > 0 && (
        <p className="mt-auto flex flex-wrap gap-x-3 text-sm">
          <span className="sr-only">People: </span>
          {claim.people.map((p) => (
            <a key={p.id} href={`/characters/${p.id}`} className="print-no-url inline-block py-1 text-ink underline decoration-rule hover:decoration-ink">
              {p.name}
            </a>
          ))}
        </p>
      )}
    </article>
  );
}

function Marked({ text, terms }: { text: string; terms: readonly string[] }) {
  if (!terms.length) return <>{text}</>;
  return (
    <>
      {highlight(text, terms).map((run, i) =>
        run.mark ? (
          <mark key={i} className="rounded-sm bg-[color-mix(in_srgb,var(--v-mixed)_30%,transparent)] px-0.5 text-inherit">
            {run.text}
          </mark>
        ) : (
          run.text
        ),
      )}
    </>
  );
}
