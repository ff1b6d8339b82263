import { describe, expect, it } from "vitest";
import { argumentRows, describeType } from "@/lib/catalogue/arguments";

describe("argument rows", () => {
  it("reads names, types, required, defaults and descriptions in declared order", () => {
    const rows = argumentRows({
      type: "object",
      properties: {
        id: { type: "string", description: "The id" },
        limit: { type: "integer", default: 10 },
        mode: { anyOf: [{ type: "string", enum: ["a", "b"] }, { type: "null" }], default: null },
        tags: { type: "array", items: { type: "string" } },
        at: { type: ["string", "null"], format: "date-time" },
      },
      required: ["id"],
    });
    expect(rows).toEqual([
      { name: "id", depth: 0, type: "string", required: true, description: "The id" },
      { name: "limit", depth: 0, type: "integer", required: false, defaultValue: "10", description: "" },
      { name: "mode", depth: 0, type: 'one of: "a", "b" or null', required: false, defaultValue: "null", description: "" },
      { name: "tags", depth: 0, type: "array of string", required: false, description: "" },
      { name: "at", depth: 0, type: "string (date-time) or null", required: false, description: "" },
    ]);
  });

  it("lists nested object and array-item properties after their parent, with their own required lists", () => {
    const rows = argumentRows({
      type: "object",
      properties: {
        options: { type: "object", properties: { dryRun: { type: "boolean" } }, required: ["dryRun"] },
        records: { type: "array", items: { type: "object", properties: { id: { type: "string" } }, required: ["id"] } },
      },
    });
    expect(rows.map((r) => [r.name, r.depth, r.required])).toEqual([
      ["options", 0, false],
      ["options.dryRun", 1, true],
      ["records", 0, false],
      ["records[].id", 1, true],
    ]);
  });

  it("survives schemas that are malformed or hostile", () => {
    expect(argumentRows({})).toEqual([]);
    expect(argumentRows({ properties: [] })).toEqual([]);
    expect(argumentRows({ properties: { x: "nonsense", y: null }, required: "x" })).toEqual([
      { name: "x", depth: 0, type: "unknown", required: false, description: "" },
      { name: "y", depth: 0, type: "unknown", required: false, description: "" },
    ]);
    const deep: Record<string, unknown> = { type: "object", properties: {} };
    let node = deep;
    for (let i = 0; i < 20; i++) {
      const child = { type: "object", properties: {} };
      (node.properties as Record<string, unknown>)[`l${i}`] = child;
      node = child;
    }
    expect(argumentRows(deep).length).toBeLessThanOrEqual(5);
    expect(describeType({ $ref: "#/definitions/Thing" })).toBe("see Thing");
    expect(describeType({ const: "<b>" })).toBe('exactly "<b>"');
  });
});
