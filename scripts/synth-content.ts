// Writes a synthetic content tree of N claims into a temporary folder (never
// into content/), for benchmarks. It copies every real film (credits and
// scenes), the people and the sources, and generates claims that pass every
// content rule, spread over the films in turn.
//   tsx scripts/synth-content.ts <count> [dir]  → prints the folder
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { LIBERTIES, VERDICTS } from "../lib/content/schema";

export function writeSynthetic(count: number, dir = fs.mkdtempSync(path.join(os.tmpdir(), `rvr-synth-${count}-`))): string {
  const real = path.join(import.meta.dirname, "..", "content");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  // The text checker's typed facts (content/facts) are part of every build: /check prerenders from them.
  for (const sub of ["people", "sources", "facts"])
    if (fs.existsSync(path.join(real, sub))) fs.cpSync(path.join(real, sub), path.join(dir, sub), { recursive: true });
  // A fact links to a real claim, which a synthetic tree does not have: it links to the first synthetic one.
  for (const f of fs.existsSync(path.join(dir, "facts")) ? fs.readdirSync(path.join(dir, "facts")) : []) {
    const file = path.join(dir, "facts", f);
    const json = JSON.parse(fs.readFileSync(file, "utf8"));
    if (!Array.isArray(json.facts)) continue;
    for (const fact of json.facts) if (fact.link) fact.link = "/claims/synth-0000";
    fs.writeFileSync(file, JSON.stringify(json, null, 2));
  }
  // Events name real claims only from the claims' side, so they copy as they are.
  if (fs.existsSync(path.join(real, "events"))) fs.cpSync(path.join(real, "events"), path.join(dir, "events"), { recursive: true });
  const films = fs
    .readdirSync(path.join(real, "films"))
    .filter((id) => fs.existsSync(path.join(real, "films", id, "film.json")))
    .sort()
    .map((id) => {
      const filmDir = path.join(dir, "films", id);
      fs.mkdirSync(path.join(filmDir, "claims"), { recursive: true });
      fs.copyFileSync(path.join(real, "films", id, "scenes.json"), path.join(filmDir, "scenes.json"));
      // Portrayal links name real claims, which a synthetic tree does not have.
      const film = JSON.parse(fs.readFileSync(path.join(real, "films", id, "film.json"), "utf8")) as { cast: { portrayal?: string }[] };
      for (const member of film.cast ?? []) delete member.portrayal;
      fs.writeFileSync(path.join(filmDir, "film.json"), JSON.stringify(film, null, 2));
      const scenes = JSON.parse(fs.readFileSync(path.join(filmDir, "scenes.json"), "utf8")) as { id: string }[];
      return { id, dir: filmDir, scenes };
    });

  const people = fs.readdirSync(path.join(dir, "people")).map((f) => f.replace(/\.json$/, ""));
  const sources = fs.readdirSync(path.join(dir, "sources")).map((f) => ({
    id: f.replace(/\.json$/, ""),
    tier: (JSON.parse(fs.readFileSync(path.join(dir, "sources", f), "utf8")) as { tier: string }).tier,
  }));
  const strong = sources.filter((s) => s.tier === "primary" || s.tier === "scholarly");
  const words = "commission plenum dacha funeral record archive verdict marshal presidium minister decree bulletin doctors guards telegram amnesty trial".split(
    " ",
  );

  let seed = 42;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const sentence = (n: number) => Array.from({ length: n }, () => pick(words)).join(" ");

  for (let i = 0; i < count; i++) {
    const slug = `synth-${String(i).padStart(4, "0")}`;
    const s1 = pick(strong).id;
    let s2 = pick(sources).id;
    if (s2 === s1) s2 = sources.find((s) => s.id !== s1)?.id ?? s2;
    const film = films[i % films.length];
    const chars = [...new Set([pick(people), pick(people)])];
    const day = 1 + Math.floor(rnd() * 28);
    const para = () => `${sentence(18)[0].toUpperCase()}${sentence(18).slice(1)}.`;
    const body = `<InTheFilm>\n\n${para()} ${para()}<Cite id="${s1}" />\n\n${para()} ${para()}\n\n</InTheFilm>\n\n<InTheRecord>\n\n${para()} ${para()}<Cite id="${s2}" />\n\n${para()} ${para()} ${para()}<Cite id="${s1}" at="p. ${i + 1}" />\n\n${para()} ${para()}\n\n</InTheRecord>\n`;
    // Picked before the summary, in the order the title always took them, so the generated tree stays the same.
    const about = [pick(words), pick(words)];
    const fm = [
      "---",
      `title: Synthetic claim ${i} about the ${about[0]} and the ${about[1]}`,
      `summary: ${sentence(14)}.`,
      `claimReviewed: The film says something about the ${about[0]} and the ${about[1]}`,
      `film: ${film.id}`,
      `scene: ${pick(film.scenes).id}`,
      `characters: [${chars.join(", ")}]`,
      `verdict: ${pick(VERDICTS)}`,
      `liberties: [${pick(LIBERTIES)}]`,
      "dates:",
      `  - date: 1953-03-${String(day).padStart(2, "0")}`,
      `    label: ${sentence(4)}`,
      "published: 2026-11-23",
      "sources:",
      `  - id: ${s1}`,
      `  - id: ${s2}`,
      "reviewed: 2026-11-23",
      "---",
      "",
    ].join("\n");
    fs.writeFileSync(path.join(film.dir, "claims", `${slug}.mdx`), fm + body);
  }
  return dir;
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const n = Number(process.argv[2] ?? 1000);
  console.log(writeSynthetic(n, process.argv[3]));
}
