// `npm run check:content`: validates and compiles every content file, and
// prints each problem with its file and field. Exit code 1 on any problem.
import path from "node:path";
import { ContentError, formatIssue } from "../lib/content/errors";
import { loadContent } from "../lib/content/load";
import { compileStats } from "../lib/content/mdx";

const root = path.resolve(process.argv[2] ?? "content");
const started = performance.now();
try {
  const site = await loadContent(root);
  const ms = Math.round(performance.now() - started);
  for (const w of site.warnings) console.warn(`warning: ${formatIssue(w)}`);
  console.log(
    `Content OK: ${site.claims.length} claims, ${site.people.length} people, ${site.sources.length} sources, ${site.events.length} events, ` +
      `${site.films.length} film(s) in ${ms} ms (${compileStats.compiled} compiled, ${compileStats.fromCache} from cache).`,
  );
} catch (e) {
  if (e instanceof ContentError) {
    console.error(e.message);
    process.exit(1);
  }
  // Content must never crash the checker; if it does, say so in one line (a
  // stack trace would help nobody who is fixing a claim) and fail.
  console.error(`Content check stopped by an internal error (please report it): ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
  process.exit(2);
}
