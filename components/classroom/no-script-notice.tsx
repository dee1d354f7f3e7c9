import Link from "next/link";

/**
 * What a reader without JavaScript is told: the page lists everything, and
 * where to find one person's claims instead.
 */
export function NoScriptNotice({ what }: { what: string }) {
  return (
    <noscript>
      <p className="rounded-sm border border-rule bg-panel p-3 text-sm">
        Choosing claims by person, film or verdict needs JavaScript, so this {what} holds every claim. Each person’s page in the{" "}
        <Link href="/characters" className="underline">
          who’s who
        </Link>{" "}
        lists the claims about them.
      </p>
    </noscript>
  );
}
