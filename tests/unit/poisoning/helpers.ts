import { scanDefinition } from "@/lib/poisoning";
import type { McpTool } from "@/lib/mcp/schema";

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
