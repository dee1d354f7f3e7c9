import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-rule">
      <div className="mx-auto grid max-w-6xl gap-3 px-4 py-8 text-sm text-muted sm:px-6">
        <p>
          Reel vs Record checks films against the historical record, one claim at a time. Every claim cites at least
          two sources, one of them primary or scholarly. Found an error? Our <Link href="/method#corrections" className="underline">corrections policy</Link> says how we fix it.
        </p>
        <p>
          <Link href="/claims" className="underline">All claims</Link> · <Link href="/sources" className="underline">Bibliography</Link> ·{" "}
          <Link href="/critics" className="underline">What others said</Link> ·{" "}
          <Link href="/method" className="underline">Method</Link> · <Link href="/check" className="underline">Check a text</Link> · <Link href="/changes" className="underline">Changes</Link> ·{" "}
          <a href="/changes.xml" className="underline">Atom feed</a> · <a href="/data/claims.json" className="underline">Open data</a>
        </p>
        <p>
          Classroom: <Link href="/teach" className="underline">For teachers</Link> · <Link href="/characters" className="underline">Who’s who</Link> ·{" "}
          <Link href="/dates" className="underline">Key dates</Link> · <Link href="/quiz" className="underline">Quiz</Link> ·{" "}
          <Link href="/worksheet" className="underline">Worksheet</Link>
        </p>
      </div>
    </footer>
  );
}
