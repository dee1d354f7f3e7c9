import type { Metadata } from "next";
import { ClaimsByAct } from "@/components/claims/claims-by-act";
import { getMainFilm, getSite } from "@/lib/content";

export const metadata: Metadata = {
  title: "All claims",
  description: "Every claim The Death of Stalin makes about 1953, in film order, with its verdict.",
};

export default async function ClaimsPage() {
  const site = await getSite();
  const film = await getMainFilm();
  return (
    <div className="grid gap-8">
      <header className="grid gap-2">
        <h1 className="font-serif text-4xl font-bold">All claims</h1>
        <p className="max-w-measure text-muted">
          {site.claims.length} claims from <cite>{film.title}</cite>, in the order the film tells them. Each card gives the
          film’s assertion, our verdict and the reason for it in one line.
        </p>
      </header>
      <ClaimsByAct claims={site.claims} scenes={film.scenes} people={site.people} />
    </div>
  );
}
