import type { Verdict } from "@/lib/content/vocabulary";
import { VERDICT_INFO } from "@/lib/claims/verdicts";
import { shareLine } from "@/lib/claims/share-line";

// The 1200×630 share image, drawn by next/og (Satori: flexbox, inline styles,
// fixed colours because a share card has no dark mode). Text sizes are chosen
// to stay legible when the card is shown as a small thumbnail, and sized for
// Noto Sans (wider than next/og's default) so that the longest title (140
// characters) and record line (150) still leave room for the verdict.

const VERDICT_HEX: Record<Verdict, string> = {
  accurate: "#1d6b3a",
  "mostly-accurate": "#3f7a26",
  mixed: "#8a6100",
  "mostly-inaccurate": "#b24a0e",
  invented: "#a4161a",
  unproven: "#4b5563",
};

export const SHARE_SIZE = { width: 1200, height: 630 };

function Icon({ verdict, color, size = 64 }: { verdict: Verdict; color: string; size?: number }) {
  const s = { fill: "none", stroke: color, strokeWidth: 2.4, strokeLinecap: "round", strokeLinejoin: "round" } as const;
  const w = { ...s, stroke: "#fffdf8", strokeWidth: 3 };
  return (
    <svg width={size} height={size} viewBox="0 0 24 24">
      {verdict === "accurate" && [<circle key="c" cx="12" cy="12" r="11" fill={color} />, <path key="p" d="M6.5 12.5l3.6 3.6 7.4-8" {...w} />]}
      {verdict === "mostly-accurate" && [<circle key="c" cx="12" cy="12" r="10" {...s} />, <path key="p" d="M7 12.5l3.3 3.3 6.7-7.3" {...s} />]}
      {verdict === "mixed" && [<circle key="c" cx="12" cy="12" r="10" {...s} />, <path key="p" d="M12 2a10 10 0 0 1 0 20z" fill={color} />]}
      {verdict === "mostly-inaccurate" && [<circle key="c" cx="12" cy="12" r="10" {...s} />, <path key="p" d="M8.5 8.5l7 7M15.5 8.5l-7 7" {...s} />]}
      {verdict === "invented" && [<circle key="c" cx="12" cy="12" r="11" fill={color} />, <path key="p" d="M8 8l8 8M16 8l-8 8" {...w} />]}
      {verdict === "unproven" && [
        <circle key="c" cx="12" cy="12" r="10" {...s} strokeDasharray="3.2 2.6" />,
        <path key="p" d="M9.4 9.3a2.7 2.7 0 1 1 3.6 2.6c-.7.3-1 .8-1 1.5v.6" {...s} />,
        <circle key="d" cx="12" cy="17.2" r="1.3" fill={color} />,
      ]}
    </svg>
  );
}

/**
 * The tally of verdicts as a stacked bar with a legend of icons and counts:
 * what a character's, a film's or the site's card shows in place of a verdict.
 */
function TallyBlock({ tally, caption }: { tally: { verdict: Verdict; count: number }[]; caption: string }) {
  const shown = tally.filter((t) => t.count > 0);
  const total = shown.reduce((n, t) => n + t.count, 0);
  return (
    <div style={{ display: "flex", flexDirection: "column", marginTop: "auto" }}>
      <span style={{ fontSize: 26, letterSpacing: 4, color: "#1f5a7a", fontWeight: 700 }}>{caption.toUpperCase()}</span>
      <div style={{ display: "flex", height: 44, marginTop: 14, border: "2px solid #1c1a17", borderRadius: 4, overflow: "hidden" }}>
        {shown.map((t, i) => (
          <div
            key={t.verdict}
            style={{ width: `${(t.count / total) * 100}%`, height: "100%", background: VERDICT_HEX[t.verdict], borderLeft: i ? "4px solid #f7f4ec" : "none" }}
          />
        ))}
      </div>
      <div style={{ display: "flex", flexWrap: "wrap", marginTop: 16, columnGap: 30, rowGap: 8 }}>
        {shown.map((t) => (
          <div key={t.verdict} style={{ display: "flex", alignItems: "center", gap: 10, fontSize: 28 }}>
            <Icon verdict={t.verdict} color={VERDICT_HEX[t.verdict]} size={36} />
            <span style={{ color: "#3b372f" }}>{VERDICT_INFO[t.verdict].label}</span>
            <span style={{ fontWeight: 800 }}>{t.count}</span>
          </div>
        ))}
      </div>
    </div>
  );
}

export type ShareCardProps = {
  kicker: string;
  title: string;
  line: string;
  verdict?: Verdict;
  /** For a character, film or the site: the verdicts on its claims, drawn as a bar. */
  tally?: { verdict: Verdict; count: number }[];
  tallyCaption?: string;
};

export function ShareCard({ kicker, title, line, verdict, tally, tallyCaption, fontFamily }: ShareCardProps & { fontFamily?: string }) {
  const color = verdict ? VERDICT_HEX[verdict] : "#a4161a";
  const hasTally = Boolean(tally?.some((t) => t.count > 0));
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        background: "#f7f4ec",
        color: "#1c1a17",
        padding: "48px 64px",
        borderTop: `18px solid ${color}`,
        ...(fontFamily ? { fontFamily } : {}),
      }}
    >
      <div style={{ display: "flex", justifyContent: "space-between", fontSize: 30, fontWeight: 700 }}>
        <span>Reel vs Record</span>
        <span style={{ color: "#5b564d", fontWeight: 400 }}>{kicker}</span>
      </div>
      <div style={{ display: "flex", flexDirection: "column", marginTop: 28, flexGrow: 1 }}>
        {verdict && <span style={{ fontSize: 26, letterSpacing: 4, color: "#6b3e8a", fontWeight: 700 }}>THE FILM SHOWS</span>}
        {/* Noto Sans runs wide: a claim's long title steps down sooner than a person's or film's name. */}
        <span
          style={{
            fontSize: hasTally ? (title.length > 70 ? 54 : 64) : title.length > 90 ? 42 : title.length > 50 ? 50 : 60,
            fontWeight: 700,
            lineHeight: 1.1,
            marginTop: 10,
          }}
        >
          {title}
        </span>
        {verdict && <span style={{ fontSize: 26, letterSpacing: 4, color: "#1f5a7a", fontWeight: 700, marginTop: 24 }}>THE RECORD</span>}
        <span style={{ fontSize: hasTally ? 30 : 28, color: "#3b372f", marginTop: hasTally ? 16 : 8, lineHeight: 1.3 }}>{shareLine(line)}</span>
        {hasTally && tally && <TallyBlock tally={tally} caption={tallyCaption ?? "Verdicts"} />}
      </div>
      {verdict && (
        <div style={{ display: "flex", alignItems: "center", gap: 20, marginTop: 20 }}>
          <Icon verdict={verdict} color={color} />
          <span style={{ fontSize: 46, fontWeight: 800, color, letterSpacing: 2 }}>{VERDICT_INFO[verdict].label.toUpperCase()}</span>
        </div>
      )}
    </div>
  );
}
