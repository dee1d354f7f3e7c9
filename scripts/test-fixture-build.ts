// `npm run test:fixture-build`: builds the site from the test fixtures (the
// good tree plus tests/fixtures/third-film, a minimal film with no story
// dates and one claim) into .next-fixture-build, and checks the prerendered
// pages a reader of that film would open. Proves the site builds for a film
// the code has never seen. Exit code 1 on any failure.
import fs from "node:fs";
import path from "node:path";
import { nextBuild, ROOT } from "../bench/lib";
import { makeTree } from "../tests/content/fixture-tree";

const DIST = ".next-fixture-build";
const dir = makeTree("third-film");
const started = performance.now();
try {
  await nextBuild(dir, DIST, { NEXT_TELEMETRY_DISABLED: "1" });
} catch (e) {
  console.error(String((e as Error).message));
  process.exit(1);
}
const html = (route: string) => {
  const file = path.join(ROOT, DIST, "server", "app", `${route}.html`);
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").replace(/<!--.*?-->/g, "") : "";
};
// Each page and what must be on it.
const CHECKS: [string, RegExp][] = [
  ["index", /Third Picture.*Test Film/s],
  ["films/third-film", /The only scene/],
  ["films/third-film/timeline", /gives no day for its scenes/],
  ["films/test-film/timeline", /runs for \d+ days/],
  ["timeline", /Third Picture.*Test Film/s],
  ["claims/third-claim", /The third film shows the event differently/],
  ["characters/alpha", /side by side.*Another Actor.*An Actor/s],
  ["events/the-event", /How the films tell it.*third-claim.*first-claim/s],
  ["events", /The event/],
  ["claims", /Third Picture \(1991\)/],
];
const failed = CHECKS.filter(([route, re]) => !re.test(html(route)));
for (const [route, re] of failed) console.error(`✗ /${route === "index" ? "" : route}: ${html(route) ? `does not match ${re}` : "was not prerendered"}`);
fs.rmSync(path.join(ROOT, DIST), { recursive: true, force: true });
fs.rmSync(dir, { recursive: true, force: true });
if (failed.length) process.exit(1);
console.log(`Fixture build OK: ${CHECKS.length} pages checked in ${Math.round((performance.now() - started) / 1000)} s.`);
