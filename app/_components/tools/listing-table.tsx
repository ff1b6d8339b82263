import Link from "next/link";
import type { ToolEntry } from "@/lib/content";
import { paths } from "@/lib/catalogue/site";
import { excerpt, languageHint } from "@/lib/catalogue/text";
import { RiskIcon } from "../risk/risk-icon";
import { RISK_STYLE } from "../risk/risk-style";
import { DocumentLink } from "../layout/document-link";
import { ToolName } from "./tool-name";

/**
 * Long listings (every tool of a level or category): one light table row per tool, so a
 * page of a thousand tools stays small. Risk is shown as word and shape, never colour alone.
 */
export function ListingTable({ tools, showRisk, showCategory, caption }: { tools: readonly ToolEntry[]; showRisk: boolean; showCategory: boolean; caption: string }) {
  if (tools.length === 0) return <p className="muted">No tools here yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="data-table stack-table" data-listing-table="">
        <caption className="sr-only">{caption}</caption>
        <thead data-stack-hide="">
          <tr>
            <th scope="col">Tool</th>
            <th scope="col">Server</th>
            {showRisk && <th scope="col">Risk</th>}
            {showCategory && <th scope="col">Category</th>}
            <th scope="col">Description</th>
          </tr>
        </thead>
        <tbody>
          {tools.map((tool) => (
            <tr key={`${tool.server}/${tool.slug}`}>
              <td className="min-w-[8rem] font-mono" data-stack-full="">
                <DocumentLink href={paths.tool(tool.server, tool.slug)} className="inline-block py-0.5">
                  <ToolName name={tool.name} />
                </DocumentLink>
              </td>
              <td className="min-w-[6rem]">
                <Link href={paths.server(tool.server)} prefetch={false} className="inline-block py-0.5">
                  <ToolName name={tool.server} />
                </Link>
              </td>
              {showRisk && (
                <td className="whitespace-nowrap">
                  <span style={{ color: RISK_STYLE[tool.risk].themed }}>
                    <RiskIcon level={tool.risk} className="inline h-3 w-3" />
                  </span>{" "}
                  {tool.risk}
                </td>
              )}
              {showCategory && <td>{tool.category}</td>}
              <td className="muted" lang={languageHint(tool.description)} data-stack-full="">
                {excerpt(tool.description, 100)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
