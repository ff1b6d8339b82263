import type { SearchHit } from "@/lib/search/engine";
import { CategoryBadge, RiskBadge } from "@/app/_components/risk/risk-badge";
import { Highlighted } from "./highlighted";

/**
 * One result, server or tool, with its risk and category badges, on the search page. The
 * header box draws the same layout, compact and without React, in lib/enhance/result-view.ts.
 */
export function ResultItem({ hit, terms, words }: { hit: SearchHit; terms: string[]; words: string[] }) {
  return (
    <div className="flex min-w-0 flex-col gap-0.5">
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-xs font-medium tracking-wide text-slate-500 uppercase dark:text-slate-400">{hit.kind === "server" ? "Server" : "Tool"}</span>
        <span className="font-mono font-semibold break-all" data-testid="result-name">
          <Highlighted text={hit.name} terms={terms} words={words} />
        </span>
        {hit.risk ? <RiskBadge level={hit.risk} /> : hit.kind === "server" ? <span className="muted text-xs">tools not classified yet</span> : null}
        {hit.category ? <CategoryBadge category={hit.category} /> : null}
      </div>
      {hit.kind === "tool" && hit.server ? (
        <div className="muted text-xs">
          in <Highlighted text={hit.server} terms={terms} words={words} />
          {hit.title ? (
            <>
              {" · "}
              <Highlighted text={hit.title} terms={terms} words={words} />
            </>
          ) : null}
        </div>
      ) : hit.title && hit.title !== hit.name ? (
        <div className="muted text-xs">
          <Highlighted text={hit.title} terms={terms} words={words} />
        </div>
      ) : null}
      {hit.description ? (
        <p className="muted m-0 text-sm line-clamp-2">
          <Highlighted text={hit.description} terms={terms} words={words} />
        </p>
      ) : null}
    </div>
  );
}
