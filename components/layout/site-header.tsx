import Link from "next/link";

const NAV = [
  { href: "/claims", label: "Claims" },
  { href: "/films", label: "Films" },
  { href: "/events", label: "Events" },
  { href: "/timeline", label: "Timeline" },
  { href: "/sources", label: "Sources" },
  { href: "/method", label: "Method" },
  { href: "/teach", label: "Classroom" },
];

// Site-wide links never prefetch: on a phone the whole nav is on screen, and
// prefetching each route's payload on every page cost more than the page itself.
export function SiteHeader() {
  return (
    <header className="border-b-2 border-ink">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:bg-panel focus:p-2">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-baseline justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" prefetch={false} className="font-serif text-2xl font-bold tracking-tight no-underline">
          Reel <span className="text-accent italic">vs</span> Record
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-5 gap-y-1 font-sans text-sm font-semibold">
            {NAV.map((n) => (
              <li key={n.href}>
                <Link href={n.href} prefetch={false} className="hover:underline">
                  {n.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
