import type { Verdict } from "@/lib/content/vocabulary";
import { VERDICT_INFO } from "@/lib/claims/verdicts";
import { formatDate } from "@/lib/sources/format";
import { bandExtents, CALENDAR_BANDS, filmPosition, formatGap, spreadLabels, type Band, type Connector, type TimelineScene } from "@/lib/timeline/layout";

// The film's running order (left) against the real calendar (right), drawn
// as SVG on the server. Each connector is a link to its claim, styled by
// verdict with a colour and a dash pattern; hover or focus shows its title
// and gap with CSS alone.

export const VERDICT_DASH: Record<Verdict, string> = {
  accurate: "none",
  "mostly-accurate": "12 5",
  mixed: "12 5 3 5",
  "mostly-inaccurate": "6 5",
  invented: "1 6",
  unproven: "16 4 2 4 2 4",
};

const W = 1000;
const H = 1500;
const TOP = 60;
const BOTTOM = 30;
const FILM_X = 380;
const CAL_X = 700;
const AXIS = H - TOP - BOTTOM;
const y = (t: number) => TOP + t * AXIS;

export function TwoClocks({
  connectors,
  scenes,
  runtime,
  bands = CALENDAR_BANDS,
  idPrefix = "tl",
}: {
  connectors: Connector[];
  scenes: TimelineScene[];
  runtime: number;
  /** The calendar's bands: the same ones the connectors were laid out with. */
  bands?: Band[];
  idPrefix?: string;
}) {
  const sceneYs = spreadLabels(
    scenes.map((s) => filmPosition((s.from + s.to) / 2, runtime)),
    26 / AXIS,
  );
  const dates = [...new Map(connectors.flatMap((c) => c.ends.map((e) => [e.date, e.y] as const))).entries()].sort(
    (a, b) => a[1] - b[1] || a[0].localeCompare(b[0]),
  );
  const dateLabelYs = spreadLabels(
    dates.map(([, p]) => p),
    15 / AXIS,
  );
  const extents = bandExtents(bands);

  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="tl-svg h-auto w-full" role="group" aria-labelledby={`${idPrefix}-svg-title`}>
      <title id={`${idPrefix}-svg-title`}>The film’s running order against the real calendar; each line links a claim’s scene to its real dates</title>
      <text x={FILM_X} y={28} textAnchor="middle" className="tl-head">
        The film (minutes, approx.)
      </text>
      <text x={CAL_X} y={28} textAnchor="middle" className="tl-head">
        The record (calendar)
      </text>

      {extents.map((b, i) => (
        <g key={b.label}>
          <rect x={CAL_X - 6} y={y(b.start)} width={12} height={y(b.end) - y(b.start)} className={i % 2 ? "tl-band-alt" : "tl-band"} />
          <line x1={CAL_X - 20} x2={W - 10} y1={y(b.start)} y2={y(b.start)} className="tl-rule" />
          {/* Upright along the edge, so band names never collide with date labels. */}
          <text
            x={W - 14}
            y={(y(b.start) + y(b.end)) / 2}
            textAnchor="middle"
            transform={`rotate(-90 ${W - 14} ${(y(b.start) + y(b.end)) / 2})`}
            className="tl-band-label"
          >
            {b.label}
          </text>
        </g>
      ))}
      <line x1={FILM_X} x2={FILM_X} y1={y(0)} y2={y(1)} className="tl-axis" />
      {[...[0, 30, 60, 90, 120, 150].filter((m) => m < runtime - 10), runtime].map((m) => (
        <g key={m}>
          <line x1={FILM_X - 5} x2={FILM_X + 5} y1={y(filmPosition(m, runtime))} y2={y(filmPosition(m, runtime))} className="tl-axis" />
          <text x={FILM_X + 10} y={y(filmPosition(m, runtime)) + 4} className="tl-minute">
            {m}′
          </text>
        </g>
      ))}
      {scenes.map((s, i) => {
        const at = y(filmPosition((s.from + s.to) / 2, runtime));
        return (
          <g key={s.id}>
            <rect
              x={FILM_X - 4}
              y={y(filmPosition(s.from, runtime))}
              width={8}
              height={Math.max(2, y(filmPosition(s.to, runtime)) - y(filmPosition(s.from, runtime)))}
              className="tl-scene"
            />
            <line x1={FILM_X - 8} x2={FILM_X - 22} y1={at} y2={y(sceneYs[i])} className="tl-leader" />
            <text x={FILM_X - 26} y={y(sceneYs[i]) + 4} textAnchor="end" className="tl-scene-label">
              {s.order}. {s.title}
            </text>
          </g>
        );
      })}
      {dates.map(([date, p], i) => (
        <g key={date}>
          <line x1={CAL_X + 6} x2={CAL_X + 18} y1={y(p)} y2={y(dateLabelYs[i])} className="tl-leader" />
          <text x={CAL_X + 22} y={y(dateLabelYs[i]) + 4} className="tl-date">
            {formatDate(date)}
          </text>
        </g>
      ))}

      {connectors.map((c) => {
        const y0 = y(c.filmY);
        const midY = (y0 + y(c.ends[c.ends.length - 1].y)) / 2;
        const label = `${c.title} — ${VERDICT_INFO[c.verdict as Verdict].label}; ${c.ends.map((e) => formatDate(e.date)).join(", ")}; gap ${formatGap(c.gap)}`;
        return (
          <a
            key={c.slug}
            href={`/claims/${c.slug}`}
            className={`tl-connector v-${c.verdict}`}
            data-slug={c.slug}
            data-people={` ${c.characters.join(" ")} `}
            aria-label={label}
          >
            <title>{label}</title>
            {c.ends.map((e) => {
              const y1 = y(e.y);
              return (
                <g key={e.date}>
                  <path
                    d={`M${FILM_X + 4},${y0} C${(FILM_X + CAL_X) / 2},${y0} ${(FILM_X + CAL_X) / 2},${y1} ${CAL_X - 6},${y1}`}
                    strokeDasharray={VERDICT_DASH[c.verdict as Verdict]}
                    className="tl-line"
                  />
                  <path d={`M${FILM_X + 4},${y0} C${(FILM_X + CAL_X) / 2},${y0} ${(FILM_X + CAL_X) / 2},${y1} ${CAL_X - 6},${y1}`} className="tl-hit" />
                  <circle cx={CAL_X - 6} cy={y1} r={3.5} className="tl-end" />
                </g>
              );
            })}
            <g className="tl-tip" aria-hidden="true">
              <text x={(FILM_X + CAL_X) / 2} y={midY - 8} textAnchor="middle" className="tl-tip-title">
                {c.title.length > 64 ? `${c.title.slice(0, 62)}…` : c.title}
              </text>
              <text x={(FILM_X + CAL_X) / 2} y={midY + 12} textAnchor="middle" className="tl-tip-gap">
                {formatGap(c.gap)} · {VERDICT_INFO[c.verdict as Verdict].label}
              </text>
            </g>
          </a>
        );
      })}
    </svg>
  );
}

/** A sample of each verdict's line, for the legend. */
export function VerdictLine({ verdict }: { verdict: Verdict }) {
  return (
    <svg viewBox="0 0 48 10" className="h-3 w-12" aria-hidden="true">
      <line x1="2" x2="46" y1="5" y2="5" strokeDasharray={VERDICT_DASH[verdict]} className={`tl-legend-line v-${verdict}`} />
    </svg>
  );
}
