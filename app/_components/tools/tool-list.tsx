import type { ToolEntry } from "@/lib/content";
import { paths } from "@/lib/catalogue/site";
import { excerpt, languageHint } from "@/lib/catalogue/text";
import { CategoryBadge, RiskBadge } from "../risk/risk-badge";
import { DocumentLink } from "../layout/document-link";
import { ToolName } from "./tool-name";

/** A plain server-rendered list of tools (listings, related tools, riskiest tools). */
export function ToolList({ tools, showServer = true, showDescription = true }: { tools: readonly ToolEntry[]; showServer?: boolean; showDescription?: boolean }) {
  return (
    <ul className="divide-y divide-slate-200 dark:divide-slate-800" data-tool-list="">
      {tools.map((tool) => (
        <li key={`${tool.server}/${tool.slug}`} className="flex flex-col gap-1 py-3 sm:flex-row sm:items-start sm:gap-4">
          <div className="flex shrink-0 gap-2 sm:w-56">
            <RiskBadge level={tool.risk} />
            <CategoryBadge category={tool.category} />
          </div>
          <div className="min-w-0">
            <DocumentLink href={paths.tool(tool.server, tool.slug)} className="font-mono">
              <ToolName name={tool.name} />
            </DocumentLink>
            {showServer && <span className="muted text-sm"> on {tool.server}</span>}
            {showDescription && tool.description.trim() && (
              <p className="muted text-sm" lang={languageHint(tool.description)}>
                {excerpt(tool.description, 160)}
              </p>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
