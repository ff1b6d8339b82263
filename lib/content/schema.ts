import { z } from "zod";
import { CATEGORIES, RISK_LEVELS, ROLES, SIGNAL_IDS } from "../taxonomy";
import { policySchema } from "../policy/schema";
import { isSafeSlug } from "./slug";

/**
 * The single source of the entry types: the front matter of
 * content/servers/<server>/server.md and content/servers/<server>/tools/<tool>.md.
 */

const text = z.string().trim().min(1, { error: "must not be empty" });
const slug = z.string().refine(isSafeSlug, { error: "must be lower case letters, digits, - or _ (at most 80)" });
const jsonObject = z.record(z.string(), z.unknown());

/** MCP tool annotations: hints from the server's author, evidence but never trusted blindly. */
export const annotationsSchema = z.looseObject({
  title: z.string().optional(),
  readOnlyHint: z.boolean().optional(),
  destructiveHint: z.boolean().optional(),
  idempotentHint: z.boolean().optional(),
  openWorldHint: z.boolean().optional(),
});

export const toolEntrySchema = z.strictObject({
  /** The tool's name exactly as the server declares it. */
  name: text,
  /** Slug of the server that provides it; must match the folder. */
  server: slug,
  /** Verbatim from the server, in its own language; may be empty when the server gives none. */
  description: z.string(),
  /** annotations.title, when the server declares one. */
  title: z.string().optional(),
  category: z.enum(CATEGORIES),
  risk: z.enum(RISK_LEVELS),
  /** How sure the judgement is, 0 to 1; hand-reviewed entries may leave it out. */
  confidence: z.number().min(0).max(1).optional(),
  /** Why this tool needs a policy, specific to it. */
  rationale: text,
  signals: z.array(z.enum(SIGNAL_IDS as [string, ...string[]])),
  roles: z.array(z.enum(ROLES)).default([]),
  /** The words of the definition the judgement rests on. */
  evidence: z.array(text).min(1, { error: "must quote at least one piece of the definition" }),
  /** The recommended policy.json for this tool. */
  policy: policySchema,
  inputSchema: jsonObject,
  annotations: annotationsSchema.optional(),
  /** Where the definition came from (package and version, or repository and commit). */
  source: text,
  /** A person checked this verdict; re-import keeps it. */
  reviewed: z.boolean().default(false),
  /** sha256 of the definition (name, description, inputSchema, annotations) at import. */
  definitionHash: z.string().optional(),
  importedAt: z.string().optional(),
});

export const serverEntrySchema = z.strictObject({
  slug,
  title: text,
  description: z.string(),
  repository: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
  package: z.string().optional(),
  version: z.string().optional(),
  /** Where the tool list came from. */
  source: text,
  /** How many tools the server lists in all, when more are known than catalogued here. */
  toolCount: z.number().int().min(0).optional(),
  importedAt: z.string().optional(),
});

export type ToolFrontMatter = z.infer<typeof toolEntrySchema>;
export type ServerFrontMatter = z.infer<typeof serverEntrySchema>;

export interface ToolEntry extends ToolFrontMatter {
  /** URL and file-name segment, unique within the server. */
  slug: string;
  /** Optional editorial notes (markdown body). */
  notes: string;
  /** The file the entry was read from, for error messages and provenance. */
  file: string;
  /** A person's correction applied on load (lib/content/corrections.ts): its file and what it says. */
  correction?: { file: string; note: string };
}

export interface ServerEntry extends ServerFrontMatter {
  notes: string;
  file: string;
  tools: ToolEntry[];
}
