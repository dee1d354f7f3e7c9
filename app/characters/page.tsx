import type { Metadata } from "next";
import { pageMetadata } from "@/lib/site/metadata";
import { WhosWho } from "@/components/classroom/whos-who";
import { catalogue } from "@/lib/classroom/catalogue";
import { whosWho } from "@/lib/classroom/people";
import { getSite } from "@/lib/content";

export const metadata: Metadata = pageMetadata({
  path: "/characters",
  title: "Who’s who",
  description: "Every real person in the record: who they were in 1953, their dates, the actors who play them and how the claims about them stand.",
});

export default async function CharactersPage() {
  const site = await getSite();
  const { vocab } = catalogue(site);
  return (
    <div className="grid gap-6">
      <header className="grid gap-3">
        <p className="font-sans text-sm font-bold tracking-[0.16em] text-accent uppercase">Classroom</p>
        <h1 className="font-serif text-4xl font-bold">Who’s who</h1>
        <p className="max-w-measure font-serif text-xl leading-snug text-muted">
          Every real person in the record: who they were in March 1953, when they lived, who plays them on screen, and how the claims about them stand. Names
          are given as we spell them, with the other spellings you will meet.
        </p>
      </header>
      <WhosWho people={whosWho(site)} films={site.films.map((f) => ({ id: f.id, title: f.title }))} vocab={vocab} />
    </div>
  );
}
