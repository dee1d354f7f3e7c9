import type { ContentIssue } from "./errors";
import type { PublishedLedger } from "./schema";

// A claim's publication date is part of the public record (the ClaimReview's
// datePublished, the "Published" line, the feed), so it must never move. The
// ledger is committed beside the content: it works on a shallow clone where git
// history cannot be read, and any edit to it shows up in review.

type LedgerClaim = { slug: string; file: string; data: { published: string } };

export function checkPublishedLedger(ledger: PublishedLedger, claims: LedgerClaim[], ledgerFile: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const c of claims) {
    const recorded = ledger[c.slug];
    if (recorded === undefined) {
      issues.push({ file: ledgerFile, field: c.slug, expected: `an entry for every claim; add "${c.slug}": "${c.data.published}" (its published date)` });
    } else if (recorded !== c.data.published) {
      issues.push({
        file: c.file,
        field: "published",
        expected: `${recorded}, the date recorded in ${ledgerFile}: a claim's published date never moves (add a change entry instead)`,
      });
    }
  }
  return issues;
}
