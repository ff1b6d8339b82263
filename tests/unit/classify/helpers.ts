/** Small definitions of our own for the classifier's tests, and their verdict as "category/risk". */
import { classifyTool } from "@/lib/classify";
import type { McpTool, ServerIdentity } from "@/lib/mcp/schema";

export const generic: ServerIdentity = { slug: "example-tools", title: "Example tools" };
export const text = { type: "string" };

export function tool(name: string, description: string, properties: Record<string, unknown> = {}): McpTool {
  return { name, description, inputSchema: { type: "object", properties } };
}

export function verdict(t: McpTool, server: ServerIdentity = generic): string {
  const v = classifyTool(t, server);
  return `${v.category}/${v.risk}`;
}
