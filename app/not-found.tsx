import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto grid max-w-2xl gap-4 py-10">
      <p className="font-sans text-sm font-bold tracking-[0.16em] text-accent uppercase">404 · Not in the record</p>
      <h1 className="font-serif text-4xl font-bold">We have no page at this address</h1>
      <p className="font-serif text-lg text-muted">
        Like a great deal of 1953, this page cannot be found. The link may be mistyped, or the claim may have been renamed.
      </p>
      <ul className="list-disc pl-5">
        <li>
          <Link href="/claims" className="underline">
            Browse every claim
          </Link>
        </li>
        <li>
          <Link href="/" className="underline">
            Go to the front page
          </Link>
        </li>
      </ul>
    </div>
  );
}
