import type { Verdict } from "@/lib/content/vocabulary";
import { VERDICT_INFO } from "@/lib/claims/verdicts";

const COLOR: Record<Verdict, string> = {
  accurate: "text-v-accurate",
  "mostly-accurate": "text-v-mostly-accurate",
  mixed: "text-v-mixed",
  "mostly-inaccurate": "text-v-mostly-inaccurate",
  invented: "text-v-invented",
  unproven: "text-v-unproven",
};

export function verdictColor(v: Verdict): string {
  return COLOR[v];
}

/**
 * Each verdict has its own shape, so the scale reads without colour:
 * solid tick, open tick, half disc, open cross, solid cross, dashed query.
 */
export function VerdictIcon({ verdict, className = "h-5 w-5" }: { verdict: Verdict; className?: string }) {
  const stroke = { fill: "none", stroke: "currentColor", strokeWidth: 2.2, strokeLinecap: "round", strokeLinejoin: "round" } as const;
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className={`${className} shrink-0`}>
      {verdict === "accurate" && (
        <>
          <circle cx="12" cy="12" r="11" fill="currentColor" />
          <path d="M6.5 12.5l3.6 3.6 7.4-8" {...stroke} stroke="var(--panel)" strokeWidth={2.8} />
        </>
      )}
      {verdict === "mostly-accurate" && (
        <>
          <circle cx="12" cy="12" r="10" {...stroke} />
          <path d="M7 12.5l3.3 3.3 6.7-7.3" {...stroke} />
        </>
      )}
      {verdict === "mixed" && (
        <>
          <circle cx="12" cy="12" r="10" {...stroke} />
          <path d="M12 2a10 10 0 0 1 0 20z" fill="currentColor" />
        </>
      )}
      {verdict === "mostly-inaccurate" && (
        <>
          <circle cx="12" cy="12" r="10" {...stroke} />
          <path d="M8.5 8.5l7 7M15.5 8.5l-7 7" {...stroke} />
        </>
      )}
      {verdict === "invented" && (
        <>
          <circle cx="12" cy="12" r="11" fill="currentColor" />
          <path d="M8 8l8 8M16 8l-8 8" {...stroke} stroke="var(--panel)" strokeWidth={2.8} />
        </>
      )}
      {verdict === "unproven" && (
        <>
          <circle cx="12" cy="12" r="10" {...stroke} strokeDasharray="3.2 2.6" />
          <path d="M9.4 9.3a2.7 2.7 0 1 1 3.6 2.6c-.7.3-1 .8-1 1.5v.6" {...stroke} />
          <circle cx="12" cy="17.2" r="1.25" fill="currentColor" />
        </>
      )}
    </svg>
  );
}

export function VerdictBadge({ verdict, size = "md" }: { verdict: Verdict; size?: "sm" | "md" | "lg" }) {
  const sizes = {
    sm: "gap-1.5 text-xs px-2 py-0.5",
    md: "gap-2 text-sm px-2.5 py-1",
    lg: "gap-2.5 text-lg px-3.5 py-1.5",
  }[size];
  const icon = { sm: "h-4 w-4", md: "h-5 w-5", lg: "h-7 w-7" }[size];
  return (
    <span className={`inline-flex items-center rounded-full border border-current font-sans font-semibold uppercase tracking-wide ${sizes} ${COLOR[verdict]}`}>
      <VerdictIcon verdict={verdict} className={icon} />
      <span>{VERDICT_INFO[verdict].label}</span>
    </span>
  );
}
