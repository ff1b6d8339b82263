import { readFileSync } from "node:fs";
import path from "node:path";
import { scanDefinition } from "@/lib/poisoning";
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

/** A real tool from a server we listed ourselves from npm (tests/fixtures/labels/fresh-servers). */
export function freshServerTool(server: string, name: string): McpTool {
  const data = JSON.parse(readFileSync(path.join(FRESH_DIR, `${server}.json`), "utf8")) as { tools: McpTool[] };
  const found = data.tools.find((t) => t.name === name);
  if (!found) throw new Error(`${server} has no tool ${name}`);
  return found;
}
