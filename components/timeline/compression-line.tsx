import Link from "next/link";
import type { Claim, FilmWithScenes } from "@/lib/content";
import { formatDate } from "@/lib/sources/format";
import { compression } from "@/lib/timeline/layout";
import { timelineScenes } from "@/lib/timeline/scenes";

/** One sentence measuring a film's compression, computed from the content. */
export function CompressionLine({ film, claims, link = true }: { film: FilmWithScenes; claims: Claim[]; link?: boolean }) {
  const c = compression(claims, timelineScenes(film.scenes));
  return (
    <p className="font-serif text-lg leading-snug">
      {c ? (
        <>
          The film’s story runs for <strong>{c.storyDays} days</strong>; the events it shows took <strong>{c.realDays.toLocaleString("en-GB")} days</strong>,
          from {formatDate(c.realFrom)} to {formatDate(c.realTo)}.
        </>
      ) : (
        <>The film gives no day for its scenes, so how much it compresses time cannot be measured; its claims still meet the calendar.</>
      )}
      {link && (
        <>
          {" "}
          <Link href={`/films/${film.id}/timeline`} className="font-sans text-base underline">
            See the two clocks
            <span className="sr-only">
              {" "}
              for <cite>{film.title}</cite>
            </span>
          </Link>
        </>
      )}
    </p>
  );
}
