// `npm run check:content`: validates and compiles every content file, and
// prints each problem with its file and field. Exit code 1 on any problem.
import path from "node:path";
import { ContentError } from "../lib/content/errors";
import { loadContent } from "../lib/content/load";
import { compileStats } from "../lib/content/mdx";

const root = path.resolve(process.argv[2] ?? "content");
const started = performance.now();
try {
  const site = await loadContent(root);
  const ms = Math.round(performance.now() - started);
  console.log(
    `Content OK: ${site.claims.length} claims, ${site.people.length} people, ${site.sources.length} sources, ${site.events.length} events, ` +
      `${site.films.length} film(s) in ${ms} ms (${compileStats.compiled} compiled, ${compileStats.fromCache} from cache).`,
  );
} catch (e) {
  if (e instanceof ContentError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
