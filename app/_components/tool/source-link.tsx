import type { SourceLink as Source } from "@/lib/catalogue/provenance";

/** The version or commit a definition was read from: a link to exactly that, or plain text when its shape is unknown. */
export function SourceLink({ source }: { source: Source }) {
  return (
    <>
      {source.href ? (
        <a href={source.href} rel="nofollow noopener noreferrer external" className="font-mono break-all" data-source-link="">
          {source.label}
        </a>
      ) : (
        <span className="font-mono break-all">{source.label}</span>
      )}
      {source.detail && <span className="muted break-all text-xs"> ({source.detail})</span>}
    </>
  );
}
