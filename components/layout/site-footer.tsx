import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-rule">
      <div className="mx-auto grid max-w-6xl gap-3 px-4 py-8 text-sm text-muted sm:px-6">
        <p>
          Reel vs Record checks films against the historical record, one claim at a time. Every claim cites at least two sources, one of them primary or
          scholarly. Found an error? Our{" "}
          <Link prefetch={false} href="/method#corrections" className="underline">
            corrections policy
          </Link>{" "}
          says how we fix it.
        </p>
        <p>
          <Link prefetch={false} href="/claims" className="underline">
            All claims
          </Link>{" "}
          ·{" "}
          <Link prefetch={false} href="/sources" className="underline">
            Bibliography
          </Link>{" "}
          ·{" "}
          <Link prefetch={false} href="/critics" className="underline">
            What others said
          </Link>{" "}
          ·{" "}
          <Link prefetch={false} href="/method" className="underline">
            Method
          </Link>{" "}
          ·{" "}
          <Link prefetch={false} href="/check" className="underline">
            Check a text
          </Link>{" "}
          ·{" "}
          <Link prefetch={false} href="/changes" className="underline">
            Changes
          </Link>{" "}
          ·{" "}
          <a href="/changes.xml" className="underline">
            Atom feed
          </a>{" "}
          ·{" "}
          <a href="/data/claims.json" className="underline">
            Open data
          </a>
        </p>
        <p>
          Classroom:{" "}
          <Link prefetch={false} href="/teach" className="underline">
            For teachers
          </Link>{" "}
          ·{" "}
          <Link prefetch={false} href="/characters" className="underline">
            Who’s who
          </Link>{" "}
          ·{" "}
          <Link prefetch={false} href="/dates" className="underline">
            Key dates
          </Link>{" "}
          ·{" "}
          <Link prefetch={false} href="/quiz" className="underline">
            Quiz
          </Link>{" "}
          ·{" "}
          <Link prefetch={false} href="/worksheet" className="underline">
            Worksheet
          </Link>
        </p>
      </div>
    </footer>
  );
}
