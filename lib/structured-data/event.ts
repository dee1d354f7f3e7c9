import type { Event, WithContext } from "schema-dts";

/**
 * schema.org Event for an event page (/events/[id]). Dates keep their
 * precision (YYYY, YYYY-MM or YYYY-MM-DD), which schema.org's ISO 8601 dates
 * allow. Where sources disagree on the date, `dateTo` is the latest date
 * given, so the event is stated as the span the record allows.
 */
export function eventJsonLd(e: {
  url: string;
  title: string;
  date: string;
  dateTo?: string;
  place?: string;
  summary: string;
  people?: { name: string; url?: string }[];
}): WithContext<Event> {
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    "@id": `${e.url}#event`,
    url: e.url,
    name: e.title,
    description: e.summary,
    startDate: e.date,
    ...(e.dateTo ? { endDate: e.dateTo } : {}),
    // A historical event, not a ticketed one: it took place, in person.
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    ...(e.place ? { location: { "@type": "Place", name: e.place } } : {}),
    ...(e.people?.length ? { about: e.people.map((p) => ({ "@type": "Person" as const, name: p.name, ...(p.url ? { url: p.url } : {}) })) } : {}),
  };
}
