import type { Metadata } from "next";
import { pageMetadata } from "@/lib/site/metadata";
import Link from "next/link";
import { VerdictBadge } from "@/components/claims/verdict-badge";
import { TimelineHighlighter } from "@/components/timeline/timeline-highlighter";
import { TwoClocks, VerdictLine } from "@/components/timeline/two-clocks";
import { VERDICT_INFO, VERDICT_ORDER } from "@/lib/claims/verdicts";
import { getMainFilm, getSite } from "@/lib/content";
import { formatDate } from "@/lib/sources/format";
import { compression, formatGap, layoutConnectors, type TimelineScene } from "@/lib/timeline/layout";

export const metadata: Metadata = pageMetadata({
  path: "/timeline",
  title: "Timeline: the film’s clock against the calendar",
  description: "The Death of Stalin tells in days what took months and years. Each line joins a scene to the real date of what it shows.",
});

export default async function TimelinePage() {
  const site = await getSite();
  const film = await getMainFilm();
  const claims = site.claims.filter((c) => c.film === film.id);
  const scenes: TimelineScene[] = film.scenes.map((s) => ({ id: s.id, order: s.order, title: s.title, from: s.minutes.from, to: s.minutes.to, storyDate: s.storyDate }));
  const connectors = layoutConnectors(claims, scenes, film.runtimeMinutes);
  const squeeze = compression(claims, scenes);
  const names = new Map(site.people.map((p) => [p.id, p.name]));
  const people = site.people
    .map((p) => ({ id: p.id, name: p.name, count: connectors.filter((c) => c.characters.includes(p.id)).length }))
    .filter((p) => p.count > 0);

  return (
    <div className="grid gap-8">
      <header className="grid gap-3">
        <h1 className="font-serif text-4xl font-bold">Two clocks</h1>
        <p className="max-w-measure font-serif text-xl leading-snug">
          The film’s story runs for {squeeze.storyDays} days, from {formatDate(squeeze.storyFrom)} to {formatDate(squeeze.storyTo)}.
          The events it shows took {squeeze.realDays.toLocaleString("en-GB")} days, from {formatDate(squeeze.realFrom)} to {formatDate(squeeze.realTo)}.
        </p>
        <p className="max-w-measure text-sm text-muted">
          Left, the film in running order (minute marks are estimates from the order of scenes). Right, the real calendar, with
          March 1953 given room of its own because most events crowd into it. Each line joins a claim’s scene to the real
          date or dates it turns on; its colour and dash pattern give the verdict, and the gap counts days from the day the
          film’s story is on — our estimate, since the film names only its first night. Choose a line to open its claim.
        </p>
        <TimelineHighlighter people={people} />
        <figure>
          <figcaption className="sr-only">Verdict key</figcaption>
          <ul className="flex flex-wrap gap-x-5 gap-y-2 font-sans text-sm">
            {VERDICT_ORDER.map((v) => (
              <li key={v} className={`flex items-center gap-2 v-${v}`}>
                <VerdictLine verdict={v} />
                <span className="text-ink">{VERDICT_INFO[v].label}</span>
              </li>
            ))}
          </ul>
        </figure>
      </header>

      <figure className="hidden md:block">
        <TwoClocks connectors={connectors} scenes={scenes} runtime={film.runtimeMinutes} />
        <figcaption className="sr-only">The same data is listed below as text.</figcaption>
      </figure>

      <section aria-labelledby="tl-list-h" className="grid gap-4">
        <h2 id="tl-list-h" className="border-b-2 border-ink pb-1 font-serif text-2xl font-bold">Scene by scene, with the real dates</h2>
        <ol className="grid gap-5">
          {scenes.map((s) => {
            const here = connectors.filter((c) => c.scene === s.id);
            if (!here.length) return null;
            return (
              <li key={s.id} className="grid gap-2 border-l-4 border-film pl-4">
                <h3 className="font-serif text-lg font-bold">
                  {s.order}. {s.title}{" "}
                  <span className="font-sans text-sm font-normal text-muted">
                    about min. {s.from}–{s.to}{s.storyDate ? ` · story day ${formatDate(s.storyDate)}` : ""}
                  </span>
                </h3>
                <ul className="grid gap-3">
                  {here.map((c) => (
                    <li key={c.slug} className="grid gap-1" data-people={c.characters.join(" ")}>
                      <div className="flex flex-wrap items-center gap-2">
                        <VerdictBadge verdict={c.verdict as never} size="sm" />
                        <Link href={`/claims/${c.slug}`} className="underline">{c.title}</Link>
                      </div>
                      <ul className="ml-1 grid gap-0.5 text-sm">
                        {c.ends.map((e) => (
                          <li key={e.date}>
                            <time dateTime={e.date} className="font-semibold tabular-nums">{formatDate(e.date)}</time> — {e.label}{" "}
                            <strong className="whitespace-nowrap text-accent">({formatGap(e.gap)})</strong>
                          </li>
                        ))}
                      </ul>
                      <p className="text-xs text-muted">{c.characters.map((id) => names.get(id) ?? id).join(", ")}</p>
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}
