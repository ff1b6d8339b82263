import { z } from "zod";
import type { ToolCall } from "./evaluate";

/**
 * The calls file of `policy eval`: JSON Lines, one call per line,
 * {"tool","args","at","identity","session"} with `at` an ISO 8601 time with a zone
 * (Z or ±hh:mm, so no call depends on the machine's time zone). `approved: true` marks a
 * call a person has approved (see decide's `approved` option). Blank lines are skipped.
 */

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const callLineSchema = z.strictObject({
  tool: z.string({ error: "must be text" }).min(1, { error: "must not be empty" }),
  args: z.record(z.string(), z.unknown(), { error: "must be an object" }).optional(),
  at: z
    .string({ error: "must be an ISO time, e.g. 2026-11-21T09:00:00Z" })
    .refine((value) => ISO_TIME.test(value) && Number.isFinite(Date.parse(value)), {
      error: "must be an ISO time with a zone, e.g. 2026-11-21T09:00:00Z",
    }),
  identity: z.string({ error: "must be text" }).min(1, { error: "must not be empty" }),
  session: z.string({ error: "must be text" }).optional(),
  approved: z.boolean({ error: "must be true or false" }).optional(),
});

export interface CallLine {
  /** 1-based line number in the file. */
  line: number;
  call: ToolCall;
  approved: boolean;
}

export interface CallLineProblem {
  line: number;
  message: string;
}

export function parseCallLines(text: string): { ok: true; calls: CallLine[] } | { ok: false; problems: CallLineProblem[] } {
  const calls: CallLine[] = [];
  const problems: CallLineProblem[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    if (raw.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      problems.push({ line, message: `is not valid JSON (${error instanceof Error ? error.message : String(error)})` });
      continue;
    }
    const parsed = callLineSchema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.map(String).join(".");
        if (issue.code === "unrecognized_keys") {
          problems.push({ line, message: `has unknown field${issue.keys.length === 1 ? "" : "s"} ${issue.keys.map((k) => JSON.stringify(k)).join(", ")}; a call has tool, args, at, identity, session (and approved)` });
        } else if (field === "" ) {
          problems.push({ line, message: "must be a JSON object with tool, args, at, identity and session" });
        } else {
          const missing = typeof value === "object" && value !== null && !Object.hasOwn(value, field);
          problems.push({ line, message: missing ? `"${field}" is required` : `"${field}" ${issue.message}` });
        }
      }
      continue;
    }
    const { tool, args, at, identity, session, approved } = parsed.data;
    calls.push({ line, call: { tool, args: args ?? {}, at: Date.parse(at), identity, ...(session !== undefined ? { session } : {}) }, approved: approved ?? false });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, calls };
}
