"use client";

import Link from "next/link";
import { useEffect, useMemo, useRef, useState } from "react";
import { checkText, compileRecord, reportText, summaryLine, type CheckRecord, type CheckResult } from "@/lib/check";

// The /check tool. Checking runs on a short debounce after typing stops, so
// keystrokes are never blocked; a 2,000-word text takes a few milliseconds.
// Before hydration (or without JavaScript) it explains itself instead of
// showing a box that would do nothing.

const DEBOUNCE_MS = 200;

export function TextChecker({ record }: { record: CheckRecord }) {
  const compiled = useMemo(() => compileRecord(record), [record]);
  const [ready, setReady] = useState(false);
  const [text, setText] = useState("");
  const [result, setResult] = useState<CheckResult | undefined>();
  const [copied, setCopied] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => setReady(true), []);
  useEffect(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setResult(text.trim() ? checkText(text, compiled) : undefined), DEBOUNCE_MS);
    return () => clearTimeout(timer.current);
  }, [text, compiled]);

  if (!ready) {
    return (
      <p className="rounded-sm border border-rule bg-panel p-3 text-sm" data-testid="check-nojs">
        The checker runs in your browser and needs JavaScript. Without it, every statement we have checked is on the{" "}
        <Link href="/claims" className="underline">
          claims pages
        </Link>
        , each with its sources.
      </p>
    );
  }

  const copy = async () => {
    if (!result) return;
    try {
      await navigator.clipboard.writeText(reportText(result, window.location.origin));
      setCopied("Report copied.");
    } catch {
      setCopied("Could not copy: your browser refused access to the clipboard.");
    }
  };

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <div className="grid content-start gap-2 lg:sticky lg:top-4 lg:self-start">
        <label htmlFor="check-text" className="font-sans text-sm font-semibold">
          Text to check
        </label>
        <textarea
          id="check-text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={14}
          spellCheck={false}
          className="w-full rounded-sm border border-ink/50 bg-panel px-3 py-2 text-base"
          placeholder="Paste or type a paragraph, e.g. “Beria was executed shortly after his arrest in June 1953.”"
        />
      </div>
      <section aria-labelledby="check-results" className="grid content-start gap-3">
        <h2 id="check-results" className="font-serif text-2xl font-bold">
          Results
        </h2>
        <p role="status" className="font-sans text-sm font-semibold">
          {result ? `${summaryLine(result)}.` : "Nothing checked yet."}
        </p>
        {result && (
          <>
            <div>
              <button type="button" onClick={copy} className="rounded-sm border border-ink px-3 py-2 text-sm font-semibold">
                Copy report
              </button>
              <span className="ml-3 text-sm text-muted" aria-live="polite">
                {copied}
              </span>
            </div>
            <div className="grid gap-3 leading-relaxed" data-testid="check-text-view">
              {paragraphs(result).map((para, i) => (
                <p key={i}>
                  {para.map((s) =>
                    s.finding ? (
                      <span key={s.start}>
                        <mark
                          className={
                            s.finding.status === "conflicts"
                              ? "rounded-sm bg-[#f7d4cf] px-0.5 text-[#1a1a1a] underline decoration-[#a4161a] decoration-2 dark:bg-[#5c1f1c] dark:text-[#fdf3f1]"
                              : "rounded-sm bg-[#d9ecd9] px-0.5 text-[#1a1a1a] dark:bg-[#1f4023] dark:text-[#eef8ee]"
                          }
                        >
                          <span className="sr-only">{s.finding.status === "conflicts" ? "Conflicts with the record: " : "Agrees with the record: "}</span>
                          {s.text}
                        </mark>{" "}
                        <span className="mt-1 mb-2 block rounded-sm border border-rule bg-panel p-2 text-sm">
                          <strong>{s.finding.status === "conflicts" ? "Conflicts." : "Agrees."}</strong> {s.finding.record}{" "}
                          <span className="text-muted">{s.finding.explanation}</span>{" "}
                          <Link href={s.finding.link} className="underline">
                            See the record
                          </Link>
                        </span>
                      </span>
                    ) : (
                      <span key={s.start}>{s.text} </span>
                    ),
                  )}
                </p>
              ))}
            </div>
          </>
        )}
      </section>
    </div>
  );
}

function paragraphs(r: CheckResult) {
  const out: CheckResult["sentences"][] = [];
  let last = -1;
  for (const s of r.sentences) {
    if (s.paragraph !== last || out.length === 0) {
      out.push([]);
      last = s.paragraph;
    }
    out[out.length - 1].push(s);
  }
  return out;
}
