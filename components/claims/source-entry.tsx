import type { Source } from "@/lib/content";
import { TIER_INFO } from "@/lib/claims/verdicts";
import { authorLine, publicationLine, titleIsBookLike } from "@/lib/sources/format";

export function TierTag({ tier }: { tier: Source["tier"] }) {
  const strong = tier === "primary" || tier === "scholarly";
  return (
    <span
      className={`inline-block rounded-sm px-1.5 py-px font-sans text-[0.7rem] font-bold tracking-wider uppercase ${
        strong ? "bg-ink text-paper" : "border border-rule text-muted"
      }`}
      title={TIER_INFO[tier].meaning}
    >
      {TIER_INFO[tier].label}
    </span>
  );
}

/** A full bibliographic entry: authors, title, where published, locator, tier, link, caution. */
export function SourceEntry({ source, at }: { source: Source; at?: string }) {
  const pub = publicationLine(source);
  return (
    <div className="grid gap-1">
      <p className="font-serif leading-snug">
        {source.authors.length > 0 && <>{authorLine(source.authors)}, </>}
        {titleIsBookLike(source) ? <cite className="italic">{source.title}</cite> : <>“{source.title}”</>}
        {pub && <>, {pub}</>}
        {source.isbn && <>. ISBN {source.isbn}</>}.{at && <strong className="font-sans text-sm font-semibold"> {at}.</strong>}
      </p>
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
        <TierTag tier={source.tier} />
        {source.url && (
          <a href={source.url} className="break-all underline" rel="noopener noreferrer">
            {source.url.replace(/^https?:\/\//, "").replace(/\/$/, "")}
          </a>
        )}
      </p>
      {source.note && <p className="text-sm text-muted">{source.note}</p>}
    </div>
  );
}
