import type { Metadata } from "next";
import { pageMetadata } from "@/lib/site/metadata";
import { NoScriptNotice } from "@/components/classroom/no-script-notice";
import { Worksheet } from "@/components/classroom/worksheet";
import { catalogue } from "@/lib/classroom/catalogue";
import { getSite } from "@/lib/content";

export const metadata: Metadata = pageMetadata({
  path: "/worksheet",
  title: "Worksheet",
  description: "Print any choice of claims as a worksheet: each claim a question with room to write and sources to check, and an answer key on its own page.",
});

export default async function WorksheetPage() {
  const site = await getSite();
  const { items, vocab, labels } = catalogue(site);
  return (
    <div className="mx-auto grid max-w-4xl gap-4">
      <NoScriptNotice what="worksheet" />
      <Worksheet items={items} vocab={vocab} labels={labels} multiFilm={site.films.length > 1} />
    </div>
  );
}
