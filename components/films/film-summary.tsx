import Link from "next/link";
import { VerdictBar } from "@/components/claims/verdict-bar";
import { CompressionLine } from "@/components/timeline/compression-line";
import { tallyVerdicts } from "@/lib/claims/tally";
import type { FilmView } from "@/lib/content";

/** A film as one entry in a list of films: credits in a line, its own scorecard, its compression. */
export function FilmSummary({ film, headingLevel = 3 }: { film: FilmView; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? "h2" : "h3";
  const sources = new Set(film.claims.flatMap((c) => c.sources.map((s) => s.id))).size;
  return (
    <article className="grid content-start gap-4 rounded-md border border-rule bg-panel p-5">
      <div className="grid gap-1">
        <H className="font-serif text-2xl font-bold">
          <Link href={`/films/${film.id}`} className="underline decoration-rule hover:decoration-ink">
            <cite>{film.title}</cite>
          </Link>{" "}
          ({film.year})
        </H>
        <p className="text-sm text-muted">
          Directed by {film.directors.join(" and ")}
          {film.cast.length > 0 && (
            <>
              {" "}
              · with{" "}
              {film.cast
                .slice(0, 3)
                .map((m) => m.actor)
                .join(", ")}
            </>
          )}
        </p>
      </div>
      <VerdictBar
        tally={tallyVerdicts(film.claims)}
        label={`Verdicts on ${film.claims.length} claim${film.claims.length === 1 ? "" : "s"}, drawing on ${sources} sources`}
      />
      <div className="border-t border-rule pt-4">
        <CompressionLine film={film} claims={film.claims} />
      </div>
      <p className="font-sans text-sm">
        <Link href={`/films/${film.id}`} className="font-semibold underline">
          Scene by scene
          <span className="sr-only">
            : <cite>{film.title}</cite>
          </span>
        </Link>
        <span aria-hidden="true"> · </span>
        <Link href={`/claims?film=${film.id}`} className="underline">
          Its {film.claims.length} claims
          <span className="sr-only">
            {" "}
            from <cite>{film.title}</cite>
          </span>
        </Link>
      </p>
    </article>
  );
}
