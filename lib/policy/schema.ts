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
    maxLength: z.number().int().min(0).optional(),
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
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      path: issue.path.map(String).join("."),
      message: issue.message,
    })),
  };
}

function isValidRegExp(source: string): boolean {
  try {
    new RegExp(source, "u");
    return true;
  } catch {
    return false;
  }
}
