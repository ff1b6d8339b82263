import { z } from "zod";

/**
 * policy.json: the one definition of the access-policy format. Every policy the catalogue
 * prints, the evaluator decides with, and the builder edits is parsed with this schema.
 * Semantics are documented on the site at /docs/policy.
 */

export const POLICY_ACTIONS = ["allow", "deny", "approve"] as const;
export const LIMIT_WINDOWS = ["second", "minute", "hour", "day"] as const;
export const LIMIT_SCOPES = ["grant", "session", "global"] as const;

export type PolicyAction = (typeof POLICY_ACTIONS)[number];
export type LimitWindow = (typeof LIMIT_WINDOWS)[number];
export type LimitScope = (typeof LIMIT_SCOPES)[number];

const nonEmptyName = z.string().min(1, { error: "must not be empty" });

export const limitSchema = z.strictObject({
  /** Budget name; rules that share a counter share one budget. */
  counter: nonEmptyName,
  window: z.enum(LIMIT_WINDOWS),
  /** Calls allowed per window; a whole number, 0 or more. */
  max: z.number().int({ error: "must be a whole number" }).min(0, { error: "must be 0 or more" }),
  /** Whose budget: one per identity (grant), per identity and session, or one for everyone. */
  scope: z.enum(LIMIT_SCOPES),
});

const scalar = z.union([z.string(), z.number(), z.boolean()]);

export const argConstraintSchema = z
  .strictObject({
    enum: z.array(scalar).min(1, { error: "must list at least one value" }).optional(),
    pattern: z
      .string()
      .refine(isValidRegExp, { error: "is not a valid regular expression" })
      .optional(),
    prefix: z.string().optional(),
    maxLength: z.number().int({ error: "must be a whole number" }).min(0, { error: "must be 0 or more" }).optional(),
    minimum: z.number().optional(),
    maximum: z.number().optional(),
  })
  .check((ctx) => {
    const c = ctx.value;
    if (c.minimum !== undefined && c.maximum !== undefined && c.minimum > c.maximum) {
      ctx.issues.push({
        code: "custom",
        input: c,
        path: ["minimum"],
        message: `minimum (${c.minimum}) is greater than maximum (${c.maximum}): no value can pass`,
      });
    }
    if (Object.keys(c).length === 0) {
      ctx.issues.push({ code: "custom", input: c, message: "constrains nothing: give enum, pattern, prefix, maxLength, minimum or maximum" });
    }
    const textChecks = (["pattern", "prefix", "maxLength"] as const).filter((k) => c[k] !== undefined);
    const numberChecks = (["minimum", "maximum"] as const).filter((k) => c[k] !== undefined);
    if (textChecks.length > 0 && numberChecks.length > 0) {
      ctx.issues.push({
        code: "custom",
        input: c,
        path: [numberChecks[0]!],
        message: `${numberChecks.join(" and ")} need${numberChecks.length === 1 ? "s" : ""} a number but ${textChecks.join(" and ")} need${textChecks.length === 1 ? "s" : ""} text: no value can pass`,
      });
    }
    if (c.prefix !== undefined && c.maxLength !== undefined && [...c.prefix].length > c.maxLength) {
      ctx.issues.push({
        code: "custom",
        input: c,
        path: ["prefix"],
        message: `is longer than maxLength (${c.maxLength}): no value can pass`,
      });
    }
    if (c.enum && textChecks.length + numberChecks.length > 0 && !c.enum.some((value) => passesOtherChecks(c, value))) {
      ctx.issues.push({
        code: "custom",
        input: c,
        path: ["enum"],
        message: "lists no value that also passes the argument's other checks: no value can pass",
      });
    }
  });

export const ruleSchema = z.strictObject({
  /** What a call gets when its argument checks and limits pass; allow when left out. */
  action: z.enum(POLICY_ACTIONS).optional(),
  /** Why, in words a person understands. */
  reason: z.string().optional(),
  limits: z.array(limitSchema).optional(),
  args: z.record(z.string(), argConstraintSchema).optional(),
});

export const policySchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal("1", { error: 'must be "1"' }),
    /** What a tool with no rule gets. */
    default: z.enum(["allow", "deny"]),
    /** Tools removed from the agent's list; every call to them is refused. */
    hide: z.array(nonEmptyName).optional(),
    tools: z.record(z.string(), ruleSchema).optional(),
  })
  .check((ctx) => {
    const policy = ctx.value;
    const seen = new Set<string>();
    for (const [i, name] of (policy.hide ?? []).entries()) {
      if (seen.has(name)) {
        ctx.issues.push({ code: "custom", input: name, path: ["hide", i], message: `"${name}" is listed twice` });
      }
      seen.add(name);
    }
    // A counter is one budget; two definitions of it that disagree cannot both hold.
    const counters = new Map<string, { window: string; max: number; scope: string; where: string }>();
    for (const [tool, rule] of Object.entries(policy.tools ?? {})) {
      for (const [i, limit] of (rule.limits ?? []).entries()) {
        const prior = counters.get(limit.counter);
        const where = `tools.${tool}.limits.${i}`;
        if (!prior) {
          counters.set(limit.counter, { ...limit, where });
        } else if (prior.window !== limit.window || prior.max !== limit.max || prior.scope !== limit.scope) {
          ctx.issues.push({
            code: "custom",
            input: limit,
            path: ["tools", tool, "limits", i],
            message: `counter "${limit.counter}" is defined differently at ${prior.where} (${prior.max} per ${prior.window}, scope ${prior.scope}); a shared counter needs one window, max and scope`,
          });
        }
      }
      if (rule.action === "deny" && (rule.limits?.length || rule.args)) {
        ctx.issues.push({
          code: "custom",
          input: rule,
          path: ["tools", tool],
          message: "denies every call, so its limits and argument checks can never apply",
        });
      }
    }
  });

export type Limit = z.infer<typeof limitSchema>;
export type ArgConstraint = z.infer<typeof argConstraintSchema>;
export type PolicyRule = z.infer<typeof ruleSchema>;
export type Policy = z.infer<typeof policySchema>;

export interface PolicyProblem {
  /** Dotted path into the document, e.g. "tools.send_email.limits.0.max"; "" for the whole. */
  path: string;
  message: string;
}

export type PolicyParseResult = { ok: true; policy: Policy } | { ok: false; problems: PolicyProblem[] };

/** Validates an already-parsed JSON value as a policy, with one plain problem per fault. */
export function parsePolicy(value: unknown): PolicyParseResult {
  const result = policySchema.safeParse(value);
  if (result.success) return { ok: true, policy: result.data };
  return { ok: false, problems: result.error.issues.flatMap((issue) => plainProblems(issue, value)) };
}

/** The fields each kind of object may have, for "did you mean" on an unknown key. */
const KNOWN_FIELDS = {
  policy: ["$schema", "version", "default", "hide", "tools"],
  rule: ["action", "reason", "limits", "args"],
  limit: ["counter", "window", "max", "scope"],
  constraint: ["enum", "pattern", "prefix", "maxLength", "minimum", "maximum"],
} as const;

function fieldsAt(path: readonly PropertyKey[]): readonly string[] {
  if (path.length === 0) return KNOWN_FIELDS.policy;
  if (path[0] === "tools" && path.length === 2) return KNOWN_FIELDS.rule;
  if (path[0] === "tools" && path[2] === "limits" && path.length === 4) return KNOWN_FIELDS.limit;
  if (path[0] === "tools" && path[2] === "args" && path.length === 4) return KNOWN_FIELDS.constraint;
  return [];
}

type Issue = z.core.$ZodIssue;

/** zod's issues rewritten as one plain problem each, with the unknown key in its path. */
function plainProblems(issue: Issue, input: unknown): PolicyProblem[] {
  const path = issue.path.map(String).join(".");
  if (issue.code === "unrecognized_keys") {
    const known = fieldsAt(issue.path);
    return issue.keys.map((key) => {
      const guess = known.find((field) => field.toLowerCase() === key.toLowerCase() || closeEnough(field, key));
      const hint = guess ? `; did you mean "${guess}"?` : known.length > 0 ? `; the fields here are ${known.join(", ")}` : "";
      return { path: path ? `${path}.${key}` : key, message: `is not a field policy.json knows${hint}` };
    });
  }
  if (issue.code === "invalid_type") {
    const got = valueAt(input, issue.path);
    const message = got.found ? `must be ${EXPECTED_WORDS[issue.expected] ?? issue.expected}, not ${describeType(got.value)}` : "is required";
    return [{ path, message }];
  }
  if (issue.code === "invalid_value" && !issue.message.startsWith("must")) {
    const options = issue.values.map((v) => JSON.stringify(v)).join(", ");
    return [{ path, message: valueAt(input, issue.path).found ? `must be one of ${options}` : `is required: one of ${options}` }];
  }
  return [{ path, message: issue.message }];
}

const EXPECTED_WORDS: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  record: "an object",
};

function valueAt(input: unknown, path: readonly PropertyKey[]): { found: boolean; value?: unknown } {
  let current: unknown = input;
  for (const key of path) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, key as string)) return { found: false };
    current = (current as Record<string, unknown>)[key as string];
  }
  return current === undefined ? { found: false } : { found: true, value: current };
}

function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return `text (${JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)})`;
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return String(value);
  return `${typeof value === "object" ? "an object" : typeof value}`;
}

/** One edit apart (a typo): "limit" for "limits", "acton" for "action". */
function closeEnough(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i), restB = b.slice(i);
  return restA.slice(1) === restB.slice(1) || restA.slice(1) === restB || restA === restB.slice(1);
}

function passesOtherChecks(c: { pattern?: string; prefix?: string; maxLength?: number; minimum?: number; maximum?: number }, value: unknown): boolean {
  if (typeof value === "string") {
    if (c.minimum !== undefined || c.maximum !== undefined) return false;
    if (c.prefix !== undefined && !value.startsWith(c.prefix)) return false;
    if (c.maxLength !== undefined && [...value].length > c.maxLength) return false;
    if (c.pattern !== undefined && isValidRegExp(c.pattern) && !new RegExp(c.pattern, "u").test(value)) return false;
    return true;
  }
  if (typeof value === "number") {
    if (c.pattern !== undefined || c.prefix !== undefined || c.maxLength !== undefined) return false;
    if (c.minimum !== undefined && value < c.minimum) return false;
    if (c.maximum !== undefined && value > c.maximum) return false;
    return true;
  }
  return c.pattern === undefined && c.prefix === undefined && c.maxLength === undefined && c.minimum === undefined && c.maximum === undefined;
}

function isValidRegExp(source: string): boolean {
  try {
    new RegExp(source, "u");
    return true;
  } catch {
    return false;
  }
}
