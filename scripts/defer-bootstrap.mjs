// After `next build`: the prerendered pages run the framework's scripts after
// their first contentful paint (lib/site/defer-bootstrap.cjs says why).
//   node scripts/defer-bootstrap.mjs            the pages of .next (or $NEXT_DIST_DIR)
//   node scripts/defer-bootstrap.mjs out        the static export
import { createRequire } from "node:module";
import path from "node:path";

const { deferBootstrapTree } = createRequire(import.meta.url)("../lib/site/defer-bootstrap.cjs");
const root = path.resolve(import.meta.dirname, "..");
const dir = process.argv[2] ? path.resolve(root, process.argv[2]) : path.join(root, process.env.NEXT_DIST_DIR || ".next", "server", "app");
console.log(`Framework scripts deferred to after the first paint in ${deferBootstrapTree(dir)} pages (${path.relative(root, dir)}).`);
