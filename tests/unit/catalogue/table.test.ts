import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, nextView, viewRows, type TableRow } from "@/lib/catalogue/table";

const rows: TableRow[] = [
  { name: "b_read", risk: "low", category: "read" },
  { name: "a_delete", risk: "critical", category: "destructive" },
  { name: "c_send", risk: "medium", category: "write" },
  { name: "d_update", risk: "medium", category: "write" },
];

describe("tools table view", () => {
  it("starts riskiest first, ties by name", () => {
    expect(viewRows(rows, DEFAULT_VIEW).map((r) => r.name)).toEqual(["a_delete", "c_send", "d_update", "b_read"]);
  });

  it("sorts by name, flips on a second click, and filters by risk and category together", () => {
    const byName = nextView(DEFAULT_VIEW, "name");
    expect(byName).toMatchObject({ sort: "name", direction: "ascending" });
    expect(viewRows(rows, byName).map((r) => r.name)).toEqual(["a_delete", "b_read", "c_send", "d_update"]);
    expect(viewRows(rows, nextView(byName, "name")).map((r) => r.name)).toEqual(["d_update", "c_send", "b_read", "a_delete"]);
    expect(viewRows(rows, { ...DEFAULT_VIEW, risk: "medium" }).map((r) => r.name)).toEqual(["c_send", "d_update"]);
    expect(viewRows(rows, { ...DEFAULT_VIEW, risk: "medium", category: "read" })).toEqual([]);
    expect(viewRows(rows, { ...DEFAULT_VIEW, sort: "category", direction: "ascending" }).map((r) => r.category)).toEqual(["destructive", "read", "write", "write"]);
  });
});

describe("listing pages", async () => {
  const { listingPage, extraPageParams } = await import("@/lib/catalogue/queries");
  it("splits a listing into pages and refuses pages that do not exist", () => {
    const items = Array.from({ length: 5 }, (_, i) => i);
    expect(listingPage(items, 1, 2)).toEqual({ items: [0, 1], page: 1, pages: 3 });
    expect(listingPage(items, 3, 2)).toEqual({ items: [4], page: 3, pages: 3 });
    expect(listingPage(items, 4, 2)).toBeUndefined();
    expect(listingPage(items, 0, 2)).toBeUndefined();
    expect(listingPage([], 1, 2)).toEqual({ items: [], page: 1, pages: 1 });
    expect(extraPageParams(5, 2)).toEqual(["2", "3"]);
    expect(extraPageParams(2, 2)).toEqual([]);
  });
});
