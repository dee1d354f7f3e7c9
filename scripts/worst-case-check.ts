// `npx tsx scripts/worst-case-check.ts`: how long the content check takes on
// the worst inputs it accepts (bodies at every pre-parse cap) and on every bad
// fixture in tests/fixtures/bad. Prints wall-clock and CPU milliseconds; CPU
// time is the steadier figure on a shared machine. Issue 12 asks for under a second.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ContentError } from "../lib/content/errors";
import { loadContent } from "../lib/content/load";
import { BODY_LIMITS, checkClaimBody } from "../lib/content/mdx-rules";

function measure(run: () => unknown): { wall: number; cpu: number } {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  run();
  const cpu = process.cpuUsage(cpu0);
  return { wall: performance.now() - t0, cpu: (cpu.user + cpu.system) / 1000 };
}
async function measureAsync(run: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await run();
  const cpu = process.cpuUsage(cpu0);
  return { wall: performance.now() - t0, cpu: (cpu.user + cpu.system) / 1000 };
}

const filled = (head: string) => {
  const tail = "</InTheFilm>\n\n<InTheRecord>\n\nx\n\n</InTheRecord>\n";
  let body = `<InTheFilm>\n\n${head}\n\n`;
  while (Buffer.byteLength(body + tail) < BODY_LIMITS.bytes - 100) body += "Plain words of an ordinary sentence, nothing more, about the record.\n\n";
  return body + tail;
};
const atCaps: Record<string, string> = {
  "plain text at the size cap": filled(""),
  "*a emphasis at the markup caps": filled(Array.from({ length: 3 }, () => "*a".repeat(49)).join("\n\n")),
  "*_ runs at the markup caps": filled(Array.from({ length: 3 }, () => "*_".repeat(49)).join("\n\n")),
  "unclosed links at the markup caps": filled(Array.from({ length: 3 }, () => "[a](".repeat(49)).join("\n\n")),
  "list lines at the cap, nested to the cap": filled(
    Array.from({ length: BODY_LIMITS.listLines }, (_, i) => `${"  ".repeat(i % BODY_LIMITS.nesting)}- a`).join("\n"),
  ),
};

const rows: [string, { wall: number; cpu: number }][] = [];
checkClaimBody(atCaps["plain text at the size cap"], { file: "warm-up", bodyLine: 1, sourceIds: [] });
for (const [name, body] of Object.entries(atCaps)) {
  rows.push([`body: ${name}`, measure(() => checkClaimBody(body, { file: name, bodyLine: 1, sourceIds: [] }))]);
}
const fixtures = path.join(import.meta.dirname, "..", "tests", "fixtures");
for (const kind of fs.readdirSync(path.join(fixtures, "bad")).sort()) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rvr-worst-"));
  fs.cpSync(path.join(fixtures, "good", "content"), dir, { recursive: true });
  fs.cpSync(path.join(fixtures, "bad", kind, "content"), dir, { recursive: true });
  rows.push([
    `fixture: ${kind}`,
    await measureAsync(() =>
      loadContent(dir, { compile: false }).catch((e) => {
        if (!(e instanceof ContentError)) throw e;
      }),
    ),
  ]);
  fs.rmSync(dir, { recursive: true, force: true });
}
rows.sort((a, b) => b[1].cpu - a[1].cpu);
for (const [name, t] of rows.slice(0, 8))
  console.log(`${name.padEnd(60)} ${Math.round(t.wall).toString().padStart(5)} ms wall ${Math.round(t.cpu).toString().padStart(5)} ms CPU`);
const worst = rows[0];
console.log(
  `Worst of ${rows.length}: ${worst[0]}, ${Math.round(worst[1].cpu)} ms CPU (${Math.round(Math.max(...rows.map((r) => r[1].wall)))} ms worst wall-clock)`,
);
