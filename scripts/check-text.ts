// `npm run check:text -- <file> [--json]`: checks a text file against the
// record with the same engine as the /check page. Exit code 0 either way;
// 2 when the file cannot be read or the content is invalid.
import fs from "node:fs";
import path from "node:path";
import { ContentError } from "../lib/content/errors";
import { loadContent } from "../lib/content/load";
import { checkRecordOf } from "../lib/content/check-record";
import { checkText, compileRecord, reportText, toJsonReport } from "../lib/check";

const args = process.argv.slice(2);
const json = args.includes("--json");
const file = args.find((a) => !a.startsWith("--"));
if (!file) {
  console.error("Usage: npm run check:text -- <file> [--json]");
  process.exit(2);
}
let text: string;
try {
  text = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "");
} catch (e) {
  console.error(`Cannot read ${file}: ${(e as Error).message}`);
  process.exit(2);
}
try {
  const site = await loadContent(path.resolve(process.env.CONTENT_DIR ?? "content"), { compile: false });
  const result = checkText(text, compileRecord(checkRecordOf(site)));
  process.stdout.write(json ? `${JSON.stringify(toJsonReport(result), null, 2)}\n` : reportText(result));
} catch (e) {
  if (e instanceof ContentError) {
    console.error(e.message);
    process.exit(2);
  }
  throw e;
}
