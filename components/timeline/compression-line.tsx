import Link from "next/link";
import type { Claim, Scene } from "@/lib/content";
import { formatDate } from "@/lib/sources/format";
import { compression } from "@/lib/timeline/layout";

/** One sentence measuring the film's compression, computed from the content. */
export function CompressionLine({ claims, scenes, link = true }: { claims: Claim[]; scenes: Scene[]; link?: boolean }) {
  const c = compression(
    claims,
    scenes.map((s) => ({ id: s.id, order: s.order, title: s.title, from: s.minutes.from, to: s.minutes.to, storyDate: s.storyDate })),
  );
  return (
    <p className="font-serif text-lg leading-snug">
      The film’s story runs for <strong>{c.storyDays} days</strong>; the events it shows took{" "}
      <strong>{c.realDays.toLocaleString("en-GB")} days</strong>, from {formatDate(c.realFrom)} to {formatDate(c.realTo)}.
      {link && (
        <>
          {" "}
          <Link href="/timeline" className="font-sans text-base underline">See the two clocks</Link>
        </>
      )}
    </p>
  );
}
