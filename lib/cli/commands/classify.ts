/**
 * `catalogue classify FILE`: classify every tool in a tools/list result (`{"tools": [...]}`)
 * or a corpus snapshot (`{"server": {...}, "tools": [...]}`), printing a JSON array with one
 * verdict per tool, in input order. FILE `-` reads standard input.
 * Bad input is reported on stderr with the file, tool index and field; nothing is printed
 * to stdout unless every tool is valid.
 */
import { readFile } from "node:fs/promises";
import { classifyTool } from "../../classify";
import { mcpToolSchema, serverIdentitySchema, toolListFileSchema, type McpTool, type ServerIdentity } from "../../mcp/schema";
import { parseCommandLine } from "../arguments";
import { UsageError } from "../usage";

export const summary = "classify FILE (tools/list JSON or corpus file; - for stdin): print each tool's verdict as JSON";

const USAGE = "usage: catalogue classify FILE   (FILE is a tools/list result or a corpus file; - reads stdin)";

class InputError extends Error {}

export async function run(args: string[]): Promise<number> {
  const { values, positionals: files } = parseCommandLine(args, {
    options: { help: { type: "boolean", short: "h" } },
    allowPositionals: true,
    hint: `\n${USAGE}`,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (files.length !== 1) throw new UsageError(`classify: expected exactly one FILE, got ${files.length}\n${USAGE}`);
  const file = files[0] as string;
  const label = file === "-" ? "<stdin>" : file;
  try {
    const text = await readInput(file, label);
    const { tools, server } = parseToolList(text, label);
    const verdicts = tools.map((tool) => {
      const v = classifyTool(tool, server);
      return {
        name: tool.name,
        category: v.category,
        risk: v.risk,
        confidence: v.confidence,
        signals: v.signals,
        roles: v.roles,
        rationale: v.rationale,
        evidence: v.evidence,
        policy: v.policy,
      };
    });
    process.stdout.write(`${JSON.stringify(verdicts, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`catalogue classify: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

async function readInput(file: string, label: string): Promise<string> {
  try {
    if (file === "-") {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    }
    return await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory, not a file" : (error as Error).message;
    throw new InputError(`${label}: cannot read: ${why}`);
  }
}

function fieldPath(prefix: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === "number" ? `${acc}[${key}]` : `${acc}.${String(key)}`), prefix);
}

/** Corpus snapshots write null for unknown identity fields (package, version); treat null as absent. */
function withoutNullServerFields(value: unknown): unknown {
  if (!value || typeof value !== "object") return value;
  const server = (value as { server?: unknown }).server;
  if (!server || typeof server !== "object" || Array.isArray(server)) return value;
  return { ...value, server: Object.fromEntries(Object.entries(server).filter(([, v]) => v !== null)) };
}

/** Validates the whole file and every tool; throws one InputError listing every problem. */
export function parseToolList(text: string, label: string): { tools: McpTool[]; server: ServerIdentity | undefined } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${label}: not valid JSON: ${(error as Error).message}`);
  }
  if (Array.isArray(value)) throw new InputError(`${label}: expected an object with a "tools" array, got a JSON array`);
  const file = toolListFileSchema.safeParse(withoutNullServerFields(value));
  if (!file.success) {
    const problems = file.error.issues.map((i) => `${fieldPath(label, i.path)}: ${i.path.length ? i.message : `expected an object with a "tools" array (${i.message})`}`);
    throw new InputError(problems.join("\n"));
  }
  const problems: string[] = [];
  let server: ServerIdentity | undefined;
  if (file.data.server !== undefined) {
    const parsed = serverIdentitySchema.safeParse(file.data.server);
    if (parsed.success) server = parsed.data;
    else for (const i of parsed.error.issues) problems.push(`${fieldPath(`${label}: server`, i.path)}: ${i.message}`);
  }
  const tools: McpTool[] = [];
  file.data.tools.forEach((raw, index) => {
    const name = raw && typeof raw === "object" && typeof (raw as { name?: unknown }).name === "string" ? ` ("${(raw as { name: string }).name}")` : "";
    if (!raw || typeof raw !== "object" || Array.isArray(raw)) {
      problems.push(`${label}: tools[${index}]: expected a tool object, got ${raw === null ? "null" : Array.isArray(raw) ? "an array" : typeof raw}`);
      return;
    }
    const parsed = mcpToolSchema.safeParse(raw);
    if (!parsed.success) {
      for (const i of parsed.error.issues) {
        const where = fieldPath(`tools[${index}]`, i.path);
        const message = i.path[0] === "name" && i.code === "invalid_type" && (raw as { name?: unknown }).name === undefined ? "is missing (every tool needs a name)" : i.message;
        problems.push(`${label}: ${where}${name}: ${message}`);
      }
      return;
    }
    tools.push(parsed.data);
  });
  if (problems.length) throw new InputError(problems.join("\n"));
  return { tools, server };
}
