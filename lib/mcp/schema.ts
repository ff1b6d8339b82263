import { z } from "zod";

/**
 * What a server answers to MCP tools/list, as we accept it. Servers are written by strangers:
 * everything here is validated before use, and unknown extra fields are kept but ignored.
 */

export const mcpAnnotationsSchema = z.looseObject({
  title: z.string().optional(),
  readOnlyHint: z.boolean().optional(),
  destructiveHint: z.boolean().optional(),
  idempotentHint: z.boolean().optional(),
  openWorldHint: z.boolean().optional(),
});

export const mcpToolSchema = z.looseObject({
  name: z.string().min(1, { error: "must not be empty" }),
  title: z.string().optional(),
  description: z.string().optional(),
  inputSchema: z.looseObject({ type: z.literal("object").optional() }).optional(),
  annotations: mcpAnnotationsSchema.optional(),
});

export const serverIdentitySchema = z.looseObject({
  slug: z.string().min(1),
  title: z.string().optional(),
  description: z.string().optional(),
  repository: z.string().optional(),
  package: z.string().optional(),
  version: z.string().optional(),
  source: z.string().optional(),
});

/** A `tools/list` result (`{tools}`) or a corpus snapshot (`{server, tools}`). */
export const toolListFileSchema = z.looseObject({
  server: serverIdentitySchema.optional(),
  tools: z.array(z.unknown()),
  nextCursor: z.string().optional(),
});

export type McpTool = z.infer<typeof mcpToolSchema>;
export type McpAnnotations = z.infer<typeof mcpAnnotationsSchema>;
export type ServerIdentity = z.infer<typeof serverIdentitySchema>;
