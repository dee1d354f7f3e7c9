"use client";

import { useEffect, useMemo, useState } from "react";
import type { SearchDoc } from "@/lib/claims/search";
import { EMPTY_VIEW, parseView, selectItems, type ClassroomItem, type ClassroomView, type ViewVocabulary } from "@/lib/classroom/view";

/**
 * The view named by the address bar, read once the page is in the browser (a
 * prerendered page cannot see its query string). Until then, and without
 * JavaScript, `ready` is false and pages show everything.
 */
export function useUrlView(vocab: ViewVocabulary) {
  const [view, setView] = useState<ClassroomView>(EMPTY_VIEW);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const read = () => setView(parseView(new URLSearchParams(window.location.search), vocab));
    read();
    setReady(true);
    window.addEventListener("popstate", read);
    return () => window.removeEventListener("popstate", read);
  }, [vocab]);
  return { view, setView, ready };
}

/**
 * The view and the claims it holds. A search (?q=) loads the same index the
 * claim finder uses; the view is not ready until it has.
 */
export function useClassroomView<T extends ClassroomItem>(items: T[], vocab: ViewVocabulary) {
  const { view, setView, ready } = useUrlView(vocab);
  const [found, setFound] = useState<{ q: string; slugs: string[] } | null>(null);

  const q = view.filter.q;
  useEffect(() => {
    if (!q) return;
    let live = true;
    Promise.all([fetch("/data/search-index.json").then((r) => r.json() as Promise<SearchDoc[]>), import("@/lib/claims/search")])
      .then(([docs, lib]) => live && setFound({ q, slugs: lib.searchClaims(lib.buildSearch(docs), q).map((h) => h.slug) }))
      .catch(() => live && setFound({ q, slugs: [] }));
    return () => {
      live = false;
    };
  }, [q]);

  const searching = Boolean(q) && found?.q !== q;
  const selected = useMemo(() => (searching ? [] : selectItems(items, view, q ? found?.slugs : undefined)), [items, view, q, found, searching]);
  return { view, setView, ready: ready && !searching, selected };
}
