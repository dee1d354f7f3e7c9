import type { Metadata } from "next";
import { pageMetadata } from "@/lib/site/metadata";
import Link from "next/link";
import { getEvents, getClaims, getFilms } from "@/lib/content";
import { formatDateSpan } from "@/lib/events/format";

export const metadata: Metadata = pageMetadata({
  path: "/events",
  title: "Events",
  description: "Historical events told once from the sources, with how each film shows them.",
});

export default async function EventsPage() {
  const [events, claims, films] = await Promise.all([getEvents(), getClaims(), getFilms()]);
  const filmsOf = (id: string) => films.filter((f) => claims.some((c) => c.film === f.id && c.events.includes(id)));
  return (
    <div className="grid gap-8">
      <header className="grid gap-2">
        <h1 className="font-serif text-4xl font-bold">Events</h1>
        <p className="max-w-measure text-muted">Each event is told once, from the sources, and then set against how each film shows it. In calendar order.</p>
      </header>
      {events.length === 0 ? (
        <p className="text-muted">No events yet.</p>
      ) : (
        <ol className="grid gap-5">
          {events.map((e) => {
            const shown = filmsOf(e.id);
            return (
              <li key={e.id} className="grid gap-1 border-l-2 border-record pl-4">
                <p className="font-sans text-sm font-bold tabular-nums">
                  <time dateTime={e.date}>{formatDateSpan(e.date, e.dateTo)}</time>
                </p>
                <h2 className="font-serif text-xl font-bold">
                  <Link href={`/events/${e.id}`} className="underline">
                    {e.title}
                  </Link>
                </h2>
                <p className="max-w-measure">{e.summary}</p>
                {shown.length > 0 && (
                  <p className="font-sans text-sm text-muted">
                    In{" "}
                    {shown.map((f, i) => (
                      <span key={f.id}>
                        {i > 0 && " and "}
                        <cite>{f.title}</cite>
                      </span>
                    ))}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
