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
