import fs from "node:fs";
import path from "node:path";
import { RESULTS, ROOT } from "./lib";

// Writes bench/REPORT.md from the saved results of every section that has
// run, each figure beside its goal and the command that produced it.

type Saved<T> = { ranAt: string; machine: Record<string, unknown>; data: T };

function load<T>(name: string, folder = RESULTS): Saved<T> | undefined {
  const f = path.join(folder, `${name}.json`);
  return fs.existsSync(f) ? (JSON.parse(fs.readFileSync(f, "utf8")) as Saved<T>) : undefined;
}

/** The figures before issue 18's changes, kept to show beside the current ones. */
const before = <T>(name: string) => load<T>(name, path.join(RESULTS, "before"));
const ranOn = (r: Saved<unknown>) => r.ranAt.slice(0, 10);

const ms = (n: number) => `${n.toFixed(1)} ms`;
const s = (n: number) => `${(n / 1000).toFixed(1)} s`;
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const goal = (ok: boolean) => (ok ? "✅ meets goal" : "❌ misses goal");
const head = (title: string, cmd: string, r: Saved<unknown>) => [
  `## ${title}`,
  "",
  `Command: \`${cmd}\` · ran ${r.ranAt.slice(0, 16).replace("T", " ")} UTC · ${describe(r.machine)}`,
  "",
];

function describe(m: Record<string, unknown>): string {
  const index = m.benchmarkIndex as { before: number; after: number } | undefined;
  const speed = index ? ` · Lighthouse benchmark index ${index.before} before the run, ${index.after} after (quiet: 3,500–3,900)` : "";
  return `${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}${speed}`;
}

export function writeReport(notes: Record<string, string> = readNotes()) {
  const out: string[] = [
    "# Benchmark report",
    "",
    "Written by `npm run bench` (bench/run.ts); `npm run bench -- <section>` reruns one section. Figures are wall-clock unless stated. The load generator and the servers share the same two cores.",
    "",
  ];

  type JsRow = { route: string; uncompressed: number; gzip: number; overBaselineGzip: number | null; framework?: boolean };
  const js = load<{
    baseline?: { gzip: number; uncompressed: number };
    rows: JsRow[];
    pageScript?: { bytes: number; gzip: number };
    html?: { page: string; bytes: number; gzip: number }[];
  }>("js");
  if (js) {
    const claim = js.data.rows.find((r) => r.route === "/claims/[slug]");
    const loads = (r: JsRow) => (r.framework === false ? "none: framework dropped" : `${kib(r.gzip)} (${kib(r.uncompressed)} uncompressed)`);
    const claimLoads = claim ? (claim.framework === false ? 0 : claim.gzip) : undefined;
    const beforeHtml = before<{ html?: { page: string; gzip: number }[] }>("js")?.data.html;
    out.push(
      ...head("JavaScript per route (first load, gzip level 9)", "npm run build && npm run bench -- js", js),
      "Next's own figures are from `.next/diagnostics/route-bundle-stats.json`, with gzip computed over each route's first-load chunks; Next's baseline is `/_not-found`. The build then takes the framework out of every route that renders no client component of ours (lib/site/islands.cjs reads that from the build's client-reference manifests): those pages load no script file at all. *Loads* is what a page of the route really fetches.",
      "",
      "| route | Next's first load (gzip) | over Next's baseline (gzip) | loads |",
      "|---|---|---|---|",
      ...js.data.rows.map((r) => `| \`${r.route}\` | ${kib(r.gzip)} | ${r.overBaselineGzip === null ? "–" : kib(r.overBaselineGzip)} | ${loads(r)} |`),
      "",
      ...(js.data.pageScript
        ? [
            `Every page also carries the inline page script (lib/site/enhance.ts: copy and share buttons, the timeline highlight): ${js.data.pageScript.bytes} bytes, ${js.data.pageScript.gzip} gzip.`,
            "",
          ]
        : []),
      claimLoads !== undefined
        ? `Goal: a claim page adds at most 5 KiB over the baseline. Claim page: loads ${kib(claimLoads)} of script files — ${goal(claimLoads <= (js.data.baseline?.gzip ?? 0) + 5 * 1024)}.`
        : "",
      "",
      ...(js.data.html
        ? [
            "HTML of the audited pages (the document itself; pages without islands no longer carry the RSC payload, a second copy of the page as data):",
            "",
            "| page | HTML | gzip | before (gzip) |",
            "|---|---|---|---|",
            ...js.data.html.map((h) => {
              const b = beforeHtml?.find((x) => x.page === h.page);
              return `| \`${h.page}\` | ${kib(h.bytes)} | ${kib(h.gzip)} | ${b ? kib(b.gzip) : "–"} |`;
            }),
            "",
          ]
        : []),
    );
  }

  type LhRow = {
    page: string;
    performance: number;
    accessibility: number;
    bestPractices: number;
    seo: number;
    fcpMs?: number;
    lcpMs: number;
    tbtMs: number;
    cls: number;
    benchmarkIndex?: number;
    runs?: { performance: number; lcpMs: number; tbtMs: number; benchmarkIndex: number }[];
  };
  const lh = load<{ version: string; runsPerPage?: number; rows: LhRow[]; failing: string[] }>("lighthouse");
  if (lh) {
    const old = before<{ rows: LhRow[] }>("lighthouse");
    const oldRow = (page: string) => old?.data.rows.find((r) => r.page === page);
    // The issue's goal: LCP at most 1.5 s and performance 100 in at least two of three runs.
    const good = (r: LhRow) => (r.runs ?? [r]).filter((x) => x.performance === 100 && x.lcpMs <= 1500).length;
    const need = Math.min(2, lh.data.runsPerPage ?? 1);
    out.push(
      ...head(`Lighthouse ${lh.data.version} (mobile, simulated throttling, system Chromium)`, "npm run build && npm run bench -- lighthouse", lh),
      `Each page is audited ${lh.data.runsPerPage ?? 1} times; the table shows the run with the median performance score, every run's performance / LCP / TBT / benchmark index, and the median run of the previous report (${old ? ranOn(old) : "none"}). Lighthouse's benchmark index is the machine's speed during the run (higher is faster; a quiet run of this machine scores 3,500–3,900). Simulated throttling scales the CPU time it measures, so a busy machine scores lower.`,
      "",
      "| page | Perf | A11y | BP | SEO | FCP | LCP | TBT | CLS | index | every run (perf / LCP / TBT / index) | before: perf / LCP / TBT / index |",
      "|---|---|---|---|---|---|---|---|---|---|---|---|",
      ...lh.data.rows.map((r) => {
        const o = oldRow(r.page);
        const runs = (r.runs ?? []).map((x) => `${x.performance} / ${s(x.lcpMs)} / ${x.tbtMs} ms / ${x.benchmarkIndex}`).join("; ");
        return `| \`${r.page}\` | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.fcpMs === undefined ? "—" : s(r.fcpMs)} | ${s(r.lcpMs)} | ${r.tbtMs} ms | ${r.cls} | ${r.benchmarkIndex ?? "—"} | ${runs || "—"} | ${o ? `${o.performance} / ${s(o.lcpMs)} / ${o.tbtMs} ms / ${o.benchmarkIndex ?? "—"}` : "—"} |`;
      }),
      "",
      `Goal: 100 in accessibility, best practices and SEO on every page — ${goal(lh.data.rows.every((r) => r.accessibility === 100 && r.bestPractices === 100 && r.seo === 100))}. Goal: LCP at most 1.5 s and performance 100 in at least ${need} of ${lh.data.runsPerPage ?? 1} runs on every page — ${goal(lh.data.rows.every((r) => good(r) >= need))}${
        lh.data.rows.some((r) => good(r) < need)
          ? ` (short: ${lh.data.rows
              .filter((r) => good(r) < need)
              .map((r) => `${r.page} ${good(r)} of ${(r.runs ?? [r]).length}`)
              .join("; ")})`
          : ""
      }.`,
      "",
    );
  }

  const http = load<{ page: string; connections: number; seconds: number; next: Record<string, number>; nginx: Record<string, number>; ratio: number }>("http");
  if (http) {
    const d = http.data;
    out.push(
      ...head("HTTP: `next start` against nginx serving the static export", "npm run build && npm run export && npm run bench -- http", http),
      `autocannon, ${d.connections} connections for ${d.seconds} s each, one after the other, against \`${d.page}\` on 127.0.0.1.`,
      "",
      "| server | requests/s | p50 | p99 | errors |",
      "|---|---|---|---|---|",
      `| \`next start\` | ${d.next.requestsPerSec} | ${d.next.p50Ms} ms | ${d.next.p99Ms} ms | ${d.next.errors} |`,
      `| nginx (static export) | ${d.nginx.requestsPerSec} | ${d.nginx.p50Ms} ms | ${d.nginx.p99Ms} ms | ${d.nginx.errors} |`,
      "",
      `nginx serves ${d.ratio}× the requests per second of \`next start\`.`,
      "",
    );
  }

  const soak = load<{
    page: string;
    connections: number;
    seconds: number;
    requestsPerSec: number;
    p99Ms: number;
    errors: number;
    total: number;
    rssBeforeMiB: number;
    rssAfterMiB: number;
  }>("soak");
  if (soak) {
    const d = soak.data;
    out.push(
      ...head("Soak: `next start` under sustained load", "npm run build && npm run bench -- soak", soak),
      `${d.connections} connections for ${d.seconds} s against \`${d.page}\`: ${d.total.toLocaleString("en-GB")} requests, ${d.requestsPerSec} requests/s, p99 ${d.p99Ms} ms, **${d.errors} errors** (goal: zero — ${goal(d.errors === 0)}). Resident memory of the server's process tree: ${d.rssBeforeMiB} MiB before, ${d.rssAfterMiB} MiB after.`,
      "",
    );
  }

  type BuildData = {
    rows: { claims: number; ms: number; peakRssMiB: number; imagesMs?: number }[];
    cache: { coldMs: number; coldImagesMs?: number; warmMs: number; editMs?: number; editImages?: string; offMs: number };
  };
  const build = load<BuildData>("build");
  if (build) {
    const rows = build.data.rows;
    const first = rows[0];
    const last = rows[rows.length - 1];
    const marginal = (last.ms - first.ms) / (last.claims - first.claims);
    const c = build.data.cache;
    out.push(
      ...head("Build scaling", "npm run bench -- build", build),
      "Synthetic claims are written to a temporary content root (never `content/`) and built as `npm run build` does: `next build` into a separate folder, with the share-image step (`scripts/share-images.ts`) running beside it. Wall time runs until both have finished. Peak memory adds the peaks of the two process trees (each sampled every 250 ms), so it is an upper bound. The compile and share-image caches are emptied before each of these builds.",
      "",
      "| claims | wall time | of which the share-image step ran | peak RSS | before: wall time |",
      "|---|---|---|---|---|",
      ...rows.map((r) => {
        const o = before<BuildData>("build")?.data.rows.find((x) => x.claims === r.claims);
        return `| ${r.claims} | ${s(r.ms)} | ${r.imagesMs ? s(r.imagesMs) : "—"} | ${r.peakRssMiB} MiB | ${o ? s(o.ms) : "—"} |`;
      }),
      "",
      `Marginal cost: ${marginal.toFixed(1)} ms per claim (between ${first.claims} and ${last.claims} claims). Goal: 1,000 claims in under 30 s on two cores — ${goal(last.ms < 30_000)}.`,
      "",
      `Content-hash caches (compiled MDX in \`.cache/mdx\`, share images in \`.cache/og\`), 1,000 claims: cold ${s(c.coldMs)}, rebuild with unchanged content ${s(c.warmMs)} (saves ${s(c.coldMs - c.warmMs)}), caches switched off (\`MDX_CACHE=off IMAGE_CACHE=off\`, the routes draw every card) ${c.offMs ? s(c.offMs) : "not rerun this time"}.`,
      ...(c.editMs !== undefined
        ? [
            "",
            `Rebuild after editing one claim's summary (one MDX compile, ${c.editImages ?? "?"} card redrawn): ${s(c.editMs)}. Goal: under 15 s — ${goal(c.editMs < 15_000)}.`,
          ]
        : []),
      ...(() => {
        const o = before<BuildData>("build");
        return o ? ["", `Before (${ranOn(o)}): cold ${s(o.data.cache.coldMs)}, warm ${s(o.data.cache.warmMs)}, caches off ${s(o.data.cache.offMs)}.`] : [];
      })(),
      "",
    );
  }

  type Timing = { medianMs: number; p95Ms: number; frameMedianMs: number; frameP95Ms: number; goalP95Ms: number };
  type FinderRun = { claims: number; facet: Timing; keystroke: Timing };
  const finder = load<FinderRun & { rounds: number; real?: FinderRun }>("finder");
  if (finder) {
    const d = finder.data;
    const row = (name: string, t: Timing) =>
      `| ${name} | ${ms(t.medianMs)} | ${ms(t.p95Ms)} | < ${t.goalP95Ms} ms | ${goal(t.p95Ms < t.goalP95Ms)} | ${ms(t.frameMedianMs)} | ${ms(t.frameP95Ms)} |`;
    out.push(
      ...head("Find and filter: facet change and search keystroke", "npm run bench -- finder", finder),
      `${d.claims} synthetic claims, production build, Chromium headless at 1280 px, ${d.rounds} rounds of each action (ticking a verdict box on and off; typing one more letter in the search box). *Update* is the main-thread time from the input event until React has committed the new list and the browser has computed its style and layout: the work that must fit in a 16 ms frame, and what the goal is judged on (React renders an input event's update synchronously, so it is timed without yielding, and the harness checks that every facet round has changed the count). *Next frame* runs on to the next animation frame, adding the wait for the display (up to 16.7 ms at 60 Hz) and, when the work overruns a frame, the frame it missed.`,
      "",
      "| action | update, median | update, p95 | goal (p95) | | next frame, median | next frame, p95 |",
      "|---|---|---|---|---|---|---|",
      row("facet change", d.facet),
      row("search keystroke", d.keystroke),
      ...(() => {
        const o = before<FinderRun & { rounds: number; real?: FinderRun }>("finder");
        return o ? [row(`facet change, before (${ranOn(o)})`, o.data.facet), row(`search keystroke, before (${ranOn(o)})`, o.data.keystroke)] : [];
      })(),
      "",
      ...(d.real
        ? [
            `The same measurement on the real site's ${d.real.claims} claims:`,
            "",
            "| action | update, median | update, p95 | goal (p95) | | next frame, median | next frame, p95 |",
            "|---|---|---|---|---|---|---|",
            row("facet change", d.real.facet),
            row("search keystroke", d.real.keystroke),
            "",
          ]
        : []),
    );
  }

  // The figures for one corpus file, and (with the rest below) for the whole corpus.
  type CorpusScores = {
    sentences: number;
    false: number;
    true: number;
    unrelated: number;
    recall: number;
    falseAlarmRate: number;
    unrelatedFlagged: number;
  };
  const check = load<
    CorpusScores & {
      agreesOnTrue: number;
      p50ms: number;
      p95ms: number;
      browserP50ms?: number;
      browserP95ms?: number;
      facts: number;
      files?: (CorpusScores & { file: string })[];
    }
  >("check");
  if (check) {
    const d = check.data;
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    out.push(
      ...head("Text checker (/check): recall, false alarms, speed", "npm run bench -- check", check),
      `On the labelled corpus in \`tests/check-corpus/\` (${d.sentences} sentences: ${d.false} contradicted by the record, ${d.true} true, ${d.unrelated} unrelated), against ${d.facts} typed facts. Goals: at least 80% recall, at most 2% false alarms. Every file has been tuned against by now, so these figures are optimistic: the first-run figures of the batches written without sight of the engine, in the note below, are the estimate for unseen text.`,
      "",
      "| figure | value |",
      "|---|---|",
      `| recall of contradicted statements (marked "conflicts") | ${pct(d.recall)} |`,
      `| false alarms on true statements | ${pct(d.falseAlarmRate)} |`,
      `| unrelated statements marked "conflicts" | ${d.unrelatedFlagged} |`,
      `| true statements marked "agrees" | ${pct(d.agreesOnTrue)} |`,
      `| time to check a 2,000-word text, p50 / p95 (Node, warm, 50 runs) | ${d.p50ms.toFixed(1)} ms / ${d.p95ms.toFixed(1)} ms |`,
      ...(d.browserP95ms !== undefined
        ? [`| the same in Chromium (the engine bundled as on /check), p50 / p95 | ${d.browserP50ms!.toFixed(1)} ms / ${d.browserP95ms.toFixed(1)} ms |`]
        : []),
      "",
      ...(d.files?.length
        ? [
            "Each file today (after tuning; not an estimate for unseen text):",
            "",
            "| file | sentences (false / true / unrelated) | recall | false alarms | unrelated flagged |",
            "|---|---|---|---|---|",
            ...d.files.map(
              (f) =>
                `| \`${f.file}\` | ${f.sentences} (${f.false} / ${f.true} / ${f.unrelated}) | ${pct(f.recall)} | ${pct(f.falseAlarmRate)} | ${f.unrelatedFlagged} |`,
            ),
            "",
          ]
        : []),
    );
  }

  if (Object.keys(notes).length) {
    out.push("## Notes on the figures", "");
    for (const [k, v] of Object.entries(notes)) out.push(`- **${k}.** ${v}`);
    out.push("");
  }
  fs.writeFileSync(path.join(ROOT, "bench", "REPORT.md"), out.join("\n"));
}

/** Hand-written explanations of misses live in bench/notes.json, kept across reruns. */
function readNotes(): Record<string, string> {
  const f = path.join(ROOT, "bench", "notes.json");
  return fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, "utf8")) : {};
}
