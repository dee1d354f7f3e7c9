"use client";

import { useEffect, useState } from "react";
import { parseView, type ViewVocabulary } from "@/lib/classroom/view";

type Option = { id: string; label: string };

/**
 * A plain GET form: choosing a person or a film reloads the page with the
 * choice in its address, which the page then reads. Hidden without
 * JavaScript, since a prerendered page cannot act on its query string.
 */
export function ViewPicker({
  action,
  people,
  films,
  vocab,
  submit,
}: {
  action: string;
  people: Option[];
  films: Option[];
  vocab: ViewVocabulary;
  submit: string;
}) {
  const [shown, setShown] = useState(false);
  const [person, setPerson] = useState("");
  const [film, setFilm] = useState("");
  useEffect(() => {
    const v = parseView(new URLSearchParams(window.location.search), vocab);
    setPerson(v.filter.character.length === 1 ? v.filter.character[0] : "");
    setFilm(v.film.length === 1 ? v.film[0] : "");
    setShown(true);
  }, [vocab]);
  if (!shown) return null;
  return (
    <form
      method="get"
      action={action}
      className="flex flex-wrap items-end gap-3 print:hidden"
      onSubmit={(e) => {
        // Same request as the form's, without empty parameters in the address.
        e.preventDefault();
        const q = new URLSearchParams();
        if (film) q.set("film", film);
        if (person) q.set("character", person);
        window.location.assign(action + (q.size ? `?${q}` : ""));
      }}
    >
      <div className="grid gap-1">
        <label htmlFor="pick-person" className="font-sans text-sm font-semibold">
          Person
        </label>
        <select
          id="pick-person"
          name="character"
          value={person}
          onChange={(e) => setPerson(e.target.value)}
          className="rounded-sm border border-ink/50 bg-panel px-2 py-2"
        >
          <option value="">Everyone</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      {films.length > 1 && (
        <div className="grid gap-1">
          <label htmlFor="pick-film" className="font-sans text-sm font-semibold">
            Film
          </label>
          <select
            id="pick-film"
            name="film"
            value={film}
            onChange={(e) => setFilm(e.target.value)}
            className="rounded-sm border border-ink/50 bg-panel px-2 py-2"
          >
            <option value="">Every film</option>
            {films.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="submit" className="rounded-sm border border-ink px-3 py-2 font-semibold">
        {submit}
      </button>
    </form>
  );
}
