"use client";

import Link from "next/link";
import { useId, useState } from "react";
import { DEFAULT_VIEW, nextView, viewRows, type SortKey, type TableRow, type TableView } from "@/lib/catalogue/table";
import { CATEGORIES, RISK_LEVELS, type Category, type RiskLevel } from "@/lib/taxonomy";
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
 * A server's tools, sortable and filterable. It renders the full table on the server
 * (it works and reads fine without script); script only adds the controls' behaviour.
 */
export function ToolsTable({ rows, caption }: { rows: ToolsTableRow[]; caption: string }) {
  const [view, setView] = useState<TableView>(DEFAULT_VIEW);
  const id = useId();
  const shown = viewRows(rows, view);

  function header(key: SortKey, label: string) {
    const active = view.sort === key;
    return (
      <th scope="col" aria-sort={active ? view.direction : "none"}>
        <button
          type="button"
          className="inline-flex min-h-6 items-center gap-1 font-semibold hover:underline"
          onClick={() => setView(nextView(view, key))}
          data-sort={key}
        >
          {label}
          <span aria-hidden="true">{active ? (view.direction === "ascending" ? "▲" : "▼") : "↕"}</span>
        </button>
      </th>
    );
  }

  return (
    <div>
      <div className="mb-3 flex flex-wrap items-end gap-4 text-sm">
        <FilterSelect label="Risk" facet="risk" value={view.risk} all="All levels" options={RISK_LEVELS} onChange={(risk) => setView({ ...view, risk })} />
        <FilterSelect label="Category" facet="category" value={view.category} all="All categories" options={CATEGORIES} onChange={(category) => setView({ ...view, category })} />
        <p id={`${id}-count`} aria-live="polite" className="muted" data-shown={shown.length}>
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
              <tr key={row.href} data-risk={row.risk} data-category={row.category}>
                <td className="min-w-[8rem] font-mono text-sm" data-stack-full="">
                  <Link href={row.href} prefetch={false} className="inline-block py-0.5">
                    <ToolName name={row.name} />
                  </Link>
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
  value: string;
  /** The option that filters nothing. */
  all: string;
  options: readonly string[];
  onChange: (value: string) => void;
}

function FilterSelect({ label, facet, value, all, options, onChange }: FilterSelectProps) {
  return (
    <label className="flex flex-col gap-1">
      <span className="font-medium">{label}</span>
      <select
        className="min-h-8 rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        data-filter={facet}
      >
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
