"use client";

import type MiniSearch from "minisearch";
import { memo, useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  EMPTY_FILTER,
  FACETS,
  buildFacetIndex,
  filterToQuery,
  filterWithIndex,
  isFiltered,
  parseFilter,
  sortItems,
  toggle,
  type ClaimFilter,
  type ClaimIndexItem,
  type Facet,
  type Sort,
} from "@/lib/claims/filter";
import type { SearchDoc } from "@/lib/claims/search";
// The search library loads with the index, on a reader's first search.
type SearchModule = typeof import("@/lib/claims/search");
import { groupRuns } from "@/lib/claims/tally";
import { writeUrl } from "@/lib/site/url-state";
import { ClaimCard, type ClaimCardData } from "./claim-card";

export type FinderItem = ClaimIndexItem & { act: string; card: ClaimCardData };
export type FinderOption = { id: string; label: string };

type Props = {
  items: FinderItem[];
  options: Record<Facet, FinderOption[]>;
};

const PAGE = 60;

const FACET_LABEL: Record<Facet, string> = { film: "Film", character: "Character", verdict: "Verdict", liberty: "Kind of liberty", scene: "Scene" };

/**
 * Facets, search and sort over the claims, all in the browser with no
 * request but the one-off search index. The view lives in the URL. Without
 * JavaScript the server-rendered list (every claim) is what a reader gets.
 */
export function ClaimFinder({ items, options }: Props) {
  const vocab = useMemo(
    () => ({ films: options.film.map((o) => o.id), characters: options.character.map((o) => o.id), scenes: options.scene.map((o) => o.id) }),
    [options],
  );
  const order = useMemo(() => Object.fromEntries(FACETS.map((f) => [f, options[f].map((o) => o.id)])) as Record<Facet, string[]>, [options]);
  const [filter, setFilter] = useState<ClaimFilter>(EMPTY_FILTER);
  const [enhanced, setEnhanced] = useState(false);
  const [showFacets, setShowFacets] = useState(false);
  const [index, setIndex] = useState<{ ms: MiniSearch<SearchDoc>; lib: SearchModule } | null>(null);
  const loading = useRef<Promise<void> | null>(null);

  useEffect(() => {
    const read = () => setFilter(parseFilter(new URLSearchParams(window.location.search), vocab));
    read();
    setEnhanced(true);
    window.addEventListener("popstate", read);
    return () => window.removeEventListener("popstate", read);
  }, [vocab]);

  const update = useCallback((next: ClaimFilter, history: "push" | "replace" = "push") => {
    setFilter(next);
    // The address bar is written after the new list has painted: a history
    // write costs a few milliseconds (a round trip to the browser process)
    // that the reader should not wait for.
    const url = window.location.pathname + filterToQuery(next);
    requestAnimationFrame(() => setTimeout(() => writeUrl(url, history), 0));
  }, []);

  const loadIndex = useCallback(() => {
    loading.current ??= Promise.all([fetch("/data/search-index.json").then((r) => r.json() as Promise<SearchDoc[]>), import("@/lib/claims/search")])
      .then(([docs, lib]) => setIndex({ ms: lib.buildSearch(docs), lib }))
      .catch(() => {
        loading.current = null;
      });
  }, []);
  useEffect(() => {
    if (filter.q) loadIndex();
  }, [filter.q, loadIndex]);

  const hits = useMemo(() => (filter.q && index ? index.lib.searchClaims(index.ms, filter.q) : undefined), [filter.q, index]);
  const matches = useMemo(() => hits?.map((h) => h.slug), [hits]);
  const termsBySlug = useMemo(() => new Map(hits?.map((h) => [h.slug, h.terms])), [hits]);
  const all = useMemo(() => sortItems(items, filter.sort) as FinderItem[], [items, filter.sort]);
  // Facets as bitsets over the list in its current order (lib/claims/filter.ts):
  // the shown claims come out already sorted, the counts beside the boxes too.
  const facets = useMemo(() => buildFacetIndex(all), [all]);
  const position = useMemo(() => new Map(all.map((item, n) => [item.slug, n])), [all]);
  const result = useMemo(
    () =>
      filterWithIndex(
        facets,
        filter,
        matches?.flatMap((slug) => position.get(slug) ?? []),
      ),
    [facets, filter, matches, position],
  );
  const visible = useMemo(() => result.shown.map((n) => all[n]), [result, all]);
  // Results show a page at a time: laying out a thousand cards is what makes
  // a long list slow. Every card stays mounted, as the server rendered it, and
  // a filter change only hides and reveals them: creating and destroying
  // cards cost more than the change itself.
  const [limit, setLimit] = useState(Infinity);
  useEffect(() => setLimit(PAGE), [filter]);
  const shown = useMemo(() => new Set(visible.slice(0, limit).map((i) => i.slug)), [visible, limit]);
  // The last card before the "Show more" buttons is always laid out: skipped, it
  // would keep only its placeholder height while its links, measured, would
  // reach down over the buttons (a tap target hidden under a card on a phone).
  const lastShown = visible[Math.min(limit, visible.length) - 1]?.slug;
  // Consecutive runs, so a film that returns to an act still reads in film order.
  const acts = useMemo(() => groupRuns(all, (i) => i.act), [all]);
  const visibleSlugs = useMemo(() => new Set(visible.map((i) => i.slug)), [visible]);
  const counts = result.counts;
  const labelOf = (facet: Facet, id: string) => options[facet].find((o) => o.id === id)?.label ?? id;
  const active = FACETS.flatMap((facet) => filter[facet].map((id) => ({ facet, id })));
  const searching = Boolean(filter.q) && !index;

  return (
    <div className="grid gap-8 lg:grid-cols-[17rem_1fr]">
      <noscript>
        <p className="rounded-sm border border-rule bg-panel p-3 text-sm">
          Filtering and search need JavaScript. Every claim is listed here in film order, and each character’s page lists the claims about them.
        </p>
      </noscript>
      {/* The panel holds its space from the first paint (no layout shift when it
          comes alive), is inert (unfocusable, unannounced) until then, and
          disappears entirely without JavaScript (the noscript: variant is the
          scripting media feature, so no <style> sits in the body). */}
      <search
        aria-label="Find claims"
        data-ready={enhanced ? "" : undefined}
        inert={!enhanced}
        className={`finder noscript:hidden grid content-start gap-5 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto lg:pr-2 ${enhanced ? "" : "invisible"}`}
      >
        <div className="grid gap-1">
          <label htmlFor="claim-search" className="font-sans text-sm font-semibold">
            Search claims
          </label>
          <input
            id="claim-search"
            type="search"
            value={filter.q}
            placeholder="e.g. Batitsky, funeral, Polina"
            autoComplete="off"
            spellCheck={false}
            onFocus={loadIndex}
            onChange={(e) => update({ ...filter, q: e.target.value.slice(0, 100) }, "replace")}
            className="w-full rounded-sm border border-ink/50 bg-panel px-3 py-2 text-base"
          />
        </div>
        <div className="grid gap-1">
          <label htmlFor="claim-sort" className="font-sans text-sm font-semibold">
            Sort
          </label>
          <select
            id="claim-sort"
            value={filter.sort}
            onChange={(e) => update({ ...filter, sort: e.target.value as Sort })}
            className="w-full rounded-sm border border-ink/50 bg-panel px-2 py-2 text-base"
          >
            <option value="film">Film order</option>
            <option value="verdict">Verdict, most accurate first</option>
          </select>
        </div>
        <button
          type="button"
          className="rounded-sm border border-ink px-3 py-2 text-sm font-semibold lg:hidden"
          aria-expanded={showFacets}
          aria-controls="facets"
          onClick={() => setShowFacets((s) => !s)}
        >
          {showFacets
            ? "Hide filters"
            : `Filter by ${options.film.length > 1 ? "film, " : ""}character, verdict, liberty, scene${active.length ? ` (${active.length} on)` : ""}`}
        </button>
        <div id="facets" className={`${showFacets ? "grid" : "hidden"} gap-5 lg:grid`}>
          {/* A film facet with one film would be a box that filters nothing. */}
          {FACETS.filter((facet) => options[facet].length > 1 || facet !== "film").map((facet) => (
            <fieldset key={facet} className="grid gap-1.5">
              <legend className="mb-1 flex w-full items-baseline justify-between font-sans text-sm font-semibold">
                <span>{FACET_LABEL[facet]}</span>
              </legend>
              {filter[facet].length > 0 && (
                <button type="button" className="min-h-6 justify-self-start text-xs underline" onClick={() => update({ ...filter, [facet]: [] })}>
                  Clear {FACET_LABEL[facet].toLowerCase()}
                </button>
              )}
              <ul className={`grid gap-1 ${facet === "scene" ? "max-h-64 overflow-y-auto pr-1" : ""}`}>
                {options[facet].map((o) => {
                  const n = counts[facet].get(o.id) ?? 0;
                  const checked = filter[facet].includes(o.id);
                  const id = `f-${facet}-${o.id}`;
                  return (
                    <li key={o.id} className="flex min-h-6 items-center">
                      <input
                        type="checkbox"
                        id={id}
                        name={facet}
                        value={o.id}
                        checked={checked}
                        onChange={() => update(toggle(filter, facet, o.id, order[facet]))}
                        className="peer mr-2 h-5 w-5 shrink-0 accent-[var(--accent)]"
                      />
                      <label htmlFor={id} className={`text-sm ${n === 0 && !checked ? "text-muted" : ""}`}>
                        {o.label} <span className="tabular-nums text-muted">({n})</span>
                      </label>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          ))}
        </div>
      </search>

      <div className="grid content-start gap-5">
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <p role="status" aria-live="polite" className="font-sans text-sm font-semibold">
            {searching ? "Loading search… " : ""}Showing {visible.length} of {items.length} claims
          </p>
          {isFiltered(filter) && (
            <button type="button" className="text-sm underline" onClick={() => update({ ...EMPTY_FILTER, sort: filter.sort })}>
              Clear all
            </button>
          )}
          {/* The classroom takes the same parameters: the view becomes a worksheet or a quiz. */}
          <a href={`/worksheet${filterToQuery(filter)}`} className="text-sm font-semibold underline">
            Print worksheet
          </a>
          <a href={`/quiz${filterToQuery(filter)}`} className="text-sm underline">
            Quiz on these claims
          </a>
        </div>
        {active.length > 0 && (
          <ul aria-label="Active filters" className="flex flex-wrap gap-2">
            {active.map(({ facet, id }) => (
              <li key={facet + id}>
                <button
                  type="button"
                  onClick={() => update(toggle(filter, facet, id, order[facet]))}
                  aria-label={`Remove filter: ${FACET_LABEL[facet]} ${labelOf(facet, id)}`}
                  className="rounded-full border border-ink/60 bg-panel px-3 py-1 text-sm"
                >
                  {labelOf(facet, id)} <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {visible.length === 0 && (
          <div className="rounded-md border border-dashed border-ink/40 p-6">
            <p className="font-serif text-lg font-semibold">No claim matches all of these at once.</p>
            <p className="mt-2 text-sm text-muted">
              Filters in different groups must all hold; filters in one group widen it. Try removing one
              {filter.q ? " or shortening the search" : ""}
              {active.length ? `, such as ${labelOf(active[active.length - 1].facet, active[active.length - 1].id)}` : ""}.
            </p>
          </div>
        )}
        {filter.sort === "film" ? (
          acts.map((g) => (
            <section key={g.id} aria-label={g.label} className="grid gap-3" hidden={!g.items.some((i) => shown.has(i.slug))}>
              <h2 className="border-b-2 border-ink pb-1 font-serif text-2xl font-bold">
                {g.label} <span className="font-sans text-base font-normal text-muted">· {g.items.filter((i) => visibleSlugs.has(i.slug)).length}</span>
              </h2>
              <CardList items={g.items} shown={shown} last={lastShown} terms={termsBySlug} />
            </section>
          ))
        ) : (
          <CardList items={all} shown={shown} last={lastShown} terms={termsBySlug} />
        )}
        {shown.size < visible.length && (
          <div className="flex flex-wrap items-center gap-3">
            <button type="button" className="rounded-sm border border-ink px-3 py-2 text-sm font-semibold" onClick={() => setLimit((n) => n + PAGE)}>
              Show {Math.min(PAGE, visible.length - shown.size)} more
            </button>
            <button type="button" className="text-sm underline" onClick={() => setLimit(Infinity)}>
              Show all {visible.length}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}

const NO_TERMS: string[] = [];

function CardList({ items, shown, last, terms }: { items: FinderItem[]; shown: Set<string>; last: string | undefined; terms: Map<string, string[]> }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
      {items.map((i) => {
        const on = shown.has(i.slug);
        // Hidden cards get no highlight terms, so a search leaves them alone.
        return <Row key={i.slug} item={i} on={on} last={i.slug === last} terms={on ? (terms.get(i.slug) ?? NO_TERMS) : NO_TERMS} />;
      })}
    </ul>
  );
}

// Memoised per row: a filter change touches only the rows it shows or hides,
// and showing or hiding one sets an attribute without rendering its card again.
const Row = memo(function Row({ item, on, last, terms }: { item: FinderItem; on: boolean; last: boolean; terms: string[] }) {
  return (
    <li data-slug={item.slug} className={last ? "card-row card-row-last" : "card-row"} hidden={!on}>
      <Card claim={item.card} terms={terms} />
    </li>
  );
});
const Card = memo(ClaimCard);
