import type { McpTool } from "@/lib/mcp/schema";

/** A small tool whose description (and optional parameter notes) carry the text under test. */
export function tool(description: string, properties: Record<string, unknown> = { a: { type: "number", description: "First number" } }, name = "add_numbers"): McpTool {
  return { name, description, inputSchema: { type: "object", properties } };
}
