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
      <Choice id="pick-person" name="character" label="Person" any="Everyone" options={people} value={person} onChange={setPerson} />
      {films.length > 1 && <Choice id="pick-film" name="film" label="Film" any="Every film" options={films} value={film} onChange={setFilm} />}
      <button type="submit" className="rounded-sm border border-ink px-3 py-2 font-semibold">
        {submit}
      </button>
    </form>
  );
}

/** One labelled select of the picker, with an "any" choice first. */
function Choice({
  id,
  name,
  label,
  any,
  options,
  value,
  onChange,
}: {
  id: string;
  name: string;
  label: string;
  any: string;
  options: Option[];
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className="grid gap-1">
      <label htmlFor={id} className="font-sans text-sm font-semibold">
        {label}
      </label>
      <select id={id} name={name} value={value} onChange={(e) => onChange(e.target.value)} className="rounded-sm border border-ink/50 bg-panel px-2 py-2">
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
