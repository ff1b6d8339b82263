import { nextView, viewRows, type SortKey, type TableView } from "../catalogue/table";

/**
 * The server page's tools table (app/_components/tools/tools-table.tsx): its sort buttons and
 * filters, without React. The page renders every row in the default order with its name,
 * risk and category as data attributes; this reorders and hides those rows with the same pure
 * rules the table was rendered with (lib/catalogue/table.ts). The view lives on the wrapper's
 * data attributes, and the listeners are on the document, so a table that arrives later
 * (client-side navigation) works too.
 */

const SORT_KEYS: readonly SortKey[] = ["name", "risk", "category"];

interface Row {
  name: string;
  risk: "low" | "medium" | "high" | "critical";
  category: string;
  element: HTMLTableRowElement;
}

export function enhanceToolsTables(doc: Document): void {
  doc.addEventListener("click", (event) => {
    const button = (event.target as Element | null)?.closest?.("[data-tools-view] button[data-sort]");
    if (!(button instanceof HTMLButtonElement)) return;
    const wrapper = button.closest<HTMLElement>("[data-tools-view]")!;
    const key = button.dataset.sort as SortKey;
    if (!SORT_KEYS.includes(key)) return;
    const view = nextView(currentView(wrapper), key);
    wrapper.dataset.viewSort = view.sort;
    wrapper.dataset.viewDirection = view.direction;
    show(wrapper, view);
  });
  doc.addEventListener("change", (event) => {
    const select = event.target as Element | null;
    if (!(select instanceof HTMLSelectElement) || !select.matches("[data-tools-view] select[data-filter]")) return;
    const wrapper = select.closest<HTMLElement>("[data-tools-view]")!;
    show(wrapper, currentView(wrapper));
  });
}

function currentView(wrapper: HTMLElement): TableView {
  const filter = (facet: string) => wrapper.querySelector<HTMLSelectElement>(`select[data-filter="${facet}"]`)?.value ?? "";
  const sort = wrapper.dataset.viewSort as SortKey;
  return {
    sort: SORT_KEYS.includes(sort) ? sort : "risk",
    direction: wrapper.dataset.viewDirection === "ascending" ? "ascending" : "descending",
    risk: filter("risk"),
    category: filter("category"),
  };
}

/** Every row of a table, read once from the page as rendered (then all rows are there). */
const allRows = new WeakMap<HTMLElement, Row[]>();

function rowsOf(wrapper: HTMLElement, body: HTMLTableSectionElement): Row[] {
  let rows = allRows.get(wrapper);
  if (!rows) {
    rows = [...body.rows].map((element) => ({
      name: element.dataset.name ?? "",
      risk: (element.dataset.risk ?? "low") as Row["risk"],
      category: element.dataset.category ?? "",
      element,
    }));
    allRows.set(wrapper, rows);
  }
  return rows;
}

function show(wrapper: HTMLElement, view: TableView): void {
  const body = wrapper.querySelector("tbody");
  if (!body) return;
  const rows = rowsOf(wrapper, body);
  const shown = viewRows(rows, view);
  // Rows filtered out leave the table, as they would from a rendered one; they are kept here.
  body.replaceChildren(...shown.map((row) => row.element));

  for (const button of wrapper.querySelectorAll<HTMLButtonElement>("button[data-sort]")) {
    const active = button.dataset.sort === view.sort;
    button.closest("th")?.setAttribute("aria-sort", active ? view.direction : "none");
    const arrow = button.querySelector("[data-sort-arrow]");
    if (arrow) arrow.textContent = active ? (view.direction === "ascending" ? "▲" : "▼") : "↕";
  }
  const count = wrapper.querySelector<HTMLElement>("[data-shown]");
  if (count) {
    count.dataset.shown = String(shown.length);
    count.textContent = `Showing ${shown.length} of ${rows.length} tools`;
  }
}
