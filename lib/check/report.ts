import type { CheckResult } from "./engine";

// The words around the results: the summary line, the plain-text report the
// "copy report" button copies, and the CLI's JSON.

export function summaryLine(r: CheckResult): string {
  const { conflicts, agrees, unchecked } = r.counts;
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  return `${n(conflicts, "statement conflicts", "statements conflict")} with the record, ${agrees} agree${agrees === 1 ? "s" : ""}, ${unchecked} not checked`;
}

export function reportText(r: CheckResult, siteUrl = ""): string {
  const lines = [`${summaryLine(r)}.`];
  for (const f of r.findings) {
    lines.push(
      "",
      `${f.status === "conflicts" ? "CONFLICTS" : "AGREES"}: ${f.sentence}`,
      `  Record: ${f.record}`,
      `  ${f.explanation}`,
      `  See ${siteUrl}${f.link}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

export type JsonReport = { findings: { sentence: string; status: "conflicts" | "agrees"; record: string; link: string }[] };

export function toJsonReport(r: CheckResult): JsonReport {
  return { findings: r.findings.map((f) => ({ sentence: f.sentence, status: f.status, record: f.record, link: f.link })) };
}
