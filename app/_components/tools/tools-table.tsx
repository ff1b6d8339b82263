import { DEFAULT_VIEW, viewRows, type SortKey, type TableRow } from "@/lib/catalogue/table";
import { CATEGORIES, RISK_LEVELS, type Category, type RiskLevel } from "@/lib/taxonomy";
import { DocumentLink } from "../layout/document-link";
import { CategoryBadge, RiskBadge } from "../risk/risk-badge";
import { ToolName } from "./tool-name";

export interface ToolsTableRow extends TableRow {
  risk: RiskLevel;
  category: Category;
  href: string;
  /** The tool's own description, shortened; shown as text. */
  summary: string;
  lang?: string;
}

/**
 * A server's tools, sortable and filterable. The whole table is rendered here, in the
 * default order, and reads fine without script; the page enhancer (lib/enhance/tools-table.ts)
 * makes the sort buttons and filters work, so the page needs no React at all.
 */
export function ToolsTable({ rows, caption, id = "tools-table" }: { rows: ToolsTableRow[]; caption: string; id?: string }) {
  const view = DEFAULT_VIEW;
  const shown = viewRows(rows, view);

  function header(key: SortKey, label: string) {
    const active = view.sort === key;
    return (
      <th scope="col" aria-sort={active ? view.direction : "none"}>
        <button type="button" className="inline-flex min-h-6 items-center gap-1 font-semibold hover:underline" data-sort={key}>
          {label}
          <span aria-hidden="true" data-sort-arrow="">
            {active ? (view.direction === "ascending" ? "▲" : "▼") : "↕"}
          </span>
        </button>
      </th>
    );
  }

  return (
    <div data-tools-view="" data-view-sort={view.sort} data-view-direction={view.direction}>
      <div className="mb-3 flex flex-wrap items-end gap-4 text-sm">
        <FilterSelect label="Risk" facet="risk" all="All levels" options={RISK_LEVELS} />
        <FilterSelect label="Category" facet="category" all="All categories" options={CATEGORIES} />
        <p id={`${id}-count`} aria-live="polite" className="muted" data-shown={shown.length} data-total={rows.length}>
          Showing {shown.length} of {rows.length} tools
        </p>
      </div>
      <div className="overflow-x-auto">
        <table className="data-table stack-table" aria-describedby={`${id}-count`} data-tools-table="">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              {header("name", "Tool")}
              {header("risk", "Risk")}
              {header("category", "Category")}
              <th scope="col" data-stack-hide="">
                Description
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.href} data-name={row.name} data-risk={row.risk} data-category={row.category}>
                <td className="min-w-[8rem] font-mono text-sm" data-stack-full="">
                  <DocumentLink href={row.href} className="inline-block py-0.5">
                    <ToolName name={row.name} />
                  </DocumentLink>
                </td>
                <td>
                  <RiskBadge level={row.risk} />
                </td>
                <td>
                  <CategoryBadge category={row.category} />
                </td>
                <td className="muted" lang={row.lang} data-stack-full="">
                  {row.summary}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

interface FilterSelectProps {
  label: string;
  facet: "risk" | "category";
  /** The option that filters nothing. */
  all: string;
  options: readonly string[];
}

function FilterSelect({ label, facet, all, options }: FilterSelectProps) {
  return (
    <label className="flex flex-col gap-1">
      <span className="font-medium">{label}</span>
      <select className="min-h-8 rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900" defaultValue="" data-filter={facet}>
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </label>
  );
}
