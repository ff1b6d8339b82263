import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { scanDefinition } from "@/lib/poisoning";
import type { PoisoningKind } from "@/lib/poisoning/types";
import type { McpTool } from "@/lib/mcp/schema";
import { FRESH_DIR } from "../../bench/classify-labels";

/** A small tool whose description (and optional parameter notes) carry the text under test. */
export function tool(description: string, properties: Record<string, unknown> = { a: { type: "number", description: "First number" } }, name = "add_numbers"): McpTool {
  return { name, description, inputSchema: { type: "object", properties } };
}

/**
 * Whether the scanner flags a tool of this description, parameters and name. Each test file
 * picks the parameters a tool has when its cases give none: one plain string input, or none.
 */
export function flaggedWith(defaultProperties: Record<string, unknown>) {
  return (description: string, properties: Record<string, unknown> = defaultProperties, name = "do_thing"): boolean => !!scanDefinition(tool(description, properties, name));
}

/** The rules' finding alone (no learned scorer) for a small tool: class tests hold whatever the scorer makes of them. */
export function rulesFinding(description: string, properties: Record<string, unknown> = { id: { type: "string" } }, name = "do_thing") {
  return scanDefinition(tool(description, properties, name), { learned: false });
}

/** A tool's name and description, as the class tests list their cases. */
type Case = readonly [name: string, description: string];

/**
 * One rules reading's cases, as the class tests write them: each `flagged` tool is flagged with
 * `reason` in the finding's reason (and `kind` among its kinds, when given); each `left` tool is
 * not flagged. `properties` are every case's parameters (rulesFinding's when not given).
 */
export function readingCases({ flagged, left, reason, kind, properties }: { flagged: readonly Case[]; left: readonly Case[]; reason: string; kind?: PoisoningKind; properties?: Record<string, unknown> }): void {
  it.each(flagged)("%s", (name, description) => {
    const found = rulesFinding(description, properties, name);
    if (kind) expect(found?.kinds).toContain(kind);
    expect(found?.reason).toContain(reason);
  });
  it.each(left)("leaves %s alone", (name, description) => {
    expect(rulesFinding(description, properties, name)).toBeNull();
  });
}

/** A real tool from a server we listed ourselves from npm (tests/fixtures/labels/fresh-servers). */
export function freshServerTool(server: string, name: string): McpTool {
  const data = JSON.parse(readFileSync(path.join(FRESH_DIR, `${server}.json`), "utf8")) as { tools: McpTool[] };
  const found = data.tools.find((t) => t.name === name);
  if (!found) throw new Error(`${server} has no tool ${name}`);
  return found;
}
