// The share-image step of the build: draws every claim's, person's and film's
// card that is not already in .cache/og (new or changed cards only), while
// `next build` compiles and prerenders the pages beside it. The routes then
// find their image drawn. `npm run build` runs it; on its own:
//   npx tsx scripts/share-images.ts [content-dir]
import path from "node:path";
import { sharePng } from "../components/share/share-image";
import { ContentError } from "../lib/content/errors";
import { loadContent } from "../lib/content/load";
import { cachedShareCards } from "../lib/share/cards";
import { drawMissing } from "../lib/site/image-cache";

const root = path.resolve(process.argv[2] ?? process.env.CONTENT_DIR ?? "content");
const started = performance.now();
try {
  // Cards need only the frontmatter: no MDX compile (next build does that).
  const site = await loadContent(root, { compile: false });
  const cards = cachedShareCards(site);
  const { drawn, cached } = await drawMissing(cards, sharePng);
  console.log(`Share images: ${drawn} drawn, ${cached} already cached, in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} catch (e) {
  // The page build reports content problems with their files and fields; this step only says it stopped.
  console.error(
    `Share images not drawn ahead (${e instanceof ContentError ? "content has errors" : e instanceof Error ? e.message.split("\n")[0] : String(e)}); the pages draw their own.`,
  );
}
