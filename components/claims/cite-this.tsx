import { CITATION_STYLES, type CitableClaim } from "@/lib/claims/cite";
import { CopyButton } from "./copy-button";

export function CiteThis({ claim, siteName }: { claim: CitableClaim; siteName: string }) {
  return (
    <dl className="grid grid-cols-[minmax(0,1fr)] gap-4">
      {CITATION_STYLES.map((s) => {
        const text = s.format(claim, siteName);
        return (
          <div key={s.id} className="grid min-w-0 grid-cols-[minmax(0,1fr)] gap-1">
            <dt className="flex flex-wrap items-center justify-between gap-3 font-sans text-sm font-semibold">
              <span>{s.label}</span>
              <CopyButton text={text} label={`Copy ${s.label}`} className="text-xs" />
            </dt>
            <dd>
              {s.id === "bibtex" ? (
                <pre className="rounded-sm border border-rule bg-panel p-3 text-xs whitespace-pre-wrap [overflow-wrap:anywhere]">{text}</pre>
              ) : (
                <p className="rounded-sm border border-rule bg-panel p-3 font-serif text-[0.95rem] select-all">{text}</p>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
