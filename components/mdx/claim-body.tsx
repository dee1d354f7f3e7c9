import type { ReactNode } from "react";
import { getMDXComponent } from "mdx-bundler/client";
import type { ResolvedClaim } from "@/lib/content";

// The author's tag vocabulary (<InTheFilm>, <InTheRecord>, <SourcesDisagree>,
// <Cite>). lib/content/mdx-rules.ts refuses any other tag, so this map is
// complete by construction.

function InTheFilm({ children }: { children?: ReactNode }) {
  return (
    <section id="film" aria-labelledby="film-h" className="scroll-mt-6 border-t-4 border-film bg-panel p-5 sm:p-6">
      <h2 id="film-h" className="mb-3 font-sans text-xs font-bold tracking-[0.16em] text-film uppercase">
        In the film
      </h2>
      <div className="prose-body">{children}</div>
    </section>
  );
}

function InTheRecord({ children }: { children?: ReactNode }) {
  return (
    <section id="record" aria-labelledby="record-h" className="scroll-mt-6 border-t-4 border-record bg-panel p-5 sm:p-6">
      <h2 id="record-h" className="mb-3 font-sans text-xs font-bold tracking-[0.16em] text-record uppercase">
        In the record
      </h2>
      <div className="prose-body">{children}</div>
    </section>
  );
}

function SourcesDisagree({ children }: { children?: ReactNode }) {
  return (
    <section id="disagreements" aria-labelledby="disagree-h" className="scroll-mt-6 border border-dashed border-ink/40 p-5 sm:p-6 md:col-span-2">
      <h2 id="disagree-h" className="mb-3 font-sans text-xs font-bold tracking-[0.16em] uppercase">
        Where the sources disagree
      </h2>
      <div className="prose-body">{children}</div>
    </section>
  );
}

export function ClaimBody({ claim }: { claim: ResolvedClaim }) {
  const byId = new Map(claim.refs.map((r) => [r.source.id, r]));
  function Cite({ id, at }: { id: string; at?: string }) {
    const ref = byId.get(id);
    // The loader refuses a <Cite> that names no listed source, so this is never reached.
    if (!ref) throw new Error(`<Cite id="${id}"> names no source of ${claim.slug}`);
    const where = at ?? ref.at;
    const label = `Source ${ref.n}: ${ref.source.title}${where ? `, ${where}` : ""}`;
    return (
      <span className="cite-ref">
        <a href={`#source-${ref.n}`} aria-label={label} title={label}>
          [{ref.n}]
        </a>
      </span>
    );
  }
  const Body = getMDXComponent(claim.code);
  return (
    <div className="grid gap-5 md:grid-cols-2 md:gap-6">
      <Body components={{ InTheFilm, InTheRecord, SourcesDisagree, Cite }} />
    </div>
  );
}
