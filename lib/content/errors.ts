/** One thing wrong with one content file: where, which field, and what we expected there. */
export type ContentIssue = { file: string; field: string; expected: string };

export class ContentError extends Error {
  readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    super(formatIssues(issues));
    this.name = "ContentError";
    this.issues = issues;
  }
}

export function formatIssue({ file, field, expected }: ContentIssue): string {
  // zod's own messages already say what they expected; ours are phrased as the expectation.
  const text = /^(expected|invalid|unrecognized|too)\b/i.test(expected) ? expected : `expected ${expected}`;
  return `${file} → ${field}: ${text}`;
}

export function formatIssues(issues: ContentIssue[]): string {
  const head = `Content check failed with ${issues.length} problem${issues.length === 1 ? "" : "s"}:`;
  return [head, ...issues.map((i) => `  • ${formatIssue(i)}`)].join("\n");
}
