import type { Metadata } from "next";
import { pageMetadata } from "@/lib/site/metadata";
import Link from "next/link";
import { TextChecker } from "@/components/check/text-checker";
import { getSite } from "@/lib/content";
import { checkRecordOf } from "@/lib/content/check-record";

export const metadata: Metadata = pageMetadata({
  path: "/check",
  title: "Check a text against the record",
  description:
    "Paste a paragraph about 1953 and see, sentence by sentence, which statements the historical record contradicts. Nothing you paste leaves your browser.",
});

export default async function CheckPage() {
  // The record ships inside this page only: the engine and facts load nowhere else.
  const record = checkRecordOf(await getSite());
  return (
    <div className="grid gap-6">
      <header className="grid gap-2">
        <h1 className="font-serif text-4xl font-bold">Check a text against the record</h1>
        <p className="max-w-measure text-muted">
          Paste a blog post, class notes or a revision guide about the events of 1953. Each sentence that names a date, a post or a number we have on record is
          compared with the typed facts behind our claim pages: births and deaths, arrests, trials and executions, who held which post when, and the counts. A
          sentence is marked as conflicting only when the record contradicts it at the precision the text uses; anything the record does not settle is left
          unmarked. The check runs in your browser: nothing you paste is sent anywhere.
        </p>
        <p className="max-w-measure text-muted">
          It is a reading aid, not a verdict on the text: follow each link to the claim page for the sources. To browse the record itself, see{" "}
          <Link href="/claims" className="underline">
            all claims
          </Link>
          .
        </p>
      </header>
      <TextChecker record={record} />
    </div>
  );
}
