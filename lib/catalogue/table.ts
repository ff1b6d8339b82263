/**
 * Sorting and filtering of a server's tools table. Pure and tiny, so the client island
 * that uses it ships almost nothing and the rules are tested without a browser.
 */

export const RISK_ORDER = { low: 0, medium: 1, high: 2, critical: 3 } as const;

export interface TableRow {
  name: string;
  risk: keyof typeof RISK_ORDER;
  category: string;
}

export type SortKey = "name" | "risk" | "category";
export type SortDirection = "ascending" | "descending";

export interface TableView {
  sort: SortKey;
  direction: SortDirection;
  /** "" shows every level / category. */
  risk: string;
  category: string;
}

export const DEFAULT_VIEW: TableView = { sort: "risk", direction: "descending", risk: "", category: "" };

export function compareRows(a: TableRow, b: TableRow, key: SortKey): number {
  const byName = a.name.localeCompare(b.name);
  if (key === "risk") return RISK_ORDER[a.risk] - RISK_ORDER[b.risk] || -byName;
  if (key === "category") return a.category.localeCompare(b.category) || RISK_ORDER[a.risk] - RISK_ORDER[b.risk] || -byName;
  return byName;
}

/** The rows to show, in order: filtered by risk and category, sorted stably by the key. */
export function viewRows<T extends TableRow>(rows: readonly T[], view: TableView): T[] {
  const sign = view.direction === "ascending" ? 1 : -1;
  return rows
    .filter((row) => (!view.risk || row.risk === view.risk) && (!view.category || row.category === view.category))
    .map((row, index) => ({ row, index }))
    .sort((a, b) => sign * compareRows(a.row, b.row, view.sort) || a.index - b.index)
    .map(({ row }) => row);
}

/** Clicking a column sorts by it; clicking the sorted column again flips the direction. */
export function nextView(view: TableView, key: SortKey): TableView {
  if (view.sort === key) return { ...view, direction: view.direction === "ascending" ? "descending" : "ascending" };
  return { ...view, sort: key, direction: key === "name" ? "ascending" : "descending" };
}
