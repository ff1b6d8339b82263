import { quoteName } from "./phrases";
import type { ArgConstraint } from "./schema";

/**
 * Argument checks, with JSON-Schema-like meanings: `enum` compares with === (so "1" is not
 * 1), `pattern` is an unanchored search like JSON Schema's (anchor it with ^ and $),
 * `prefix` is a plain string comparison, `maxLength` counts Unicode code points, and
 * `minimum`/`maximum` are inclusive and need a finite number. Only text passes
 * pattern/prefix/maxLength and only numbers pass minimum/maximum. A constrained argument
 * that is missing breaks its constraint; null is a value that passes none.
 */

export interface ArgBreach {
  arg: string;
  /** Which check failed: "missing", "enum", "pattern", ... */
  check: "missing" | keyof ArgConstraint;
  message: string;
}

export function checkArgs(constraints: Readonly<Record<string, ArgConstraint>>, args: unknown): ArgBreach | undefined {
  const given = isPlainObject(args) ? args : {};
  for (const [name, constraint] of Object.entries(constraints)) {
    if (!Object.hasOwn(given, name) || given[name] === undefined) {
      return { arg: name, check: "missing", message: `argument ${quoteName(name)} is missing, and it is constrained` };
    }
    const breach = checkValue(constraint, given[name]);
    if (breach) return { arg: name, check: breach.check, message: `argument ${quoteName(name)} ${breach.message}` };
  }
  return undefined;
}

function checkValue(c: ArgConstraint, value: unknown): { check: keyof ArgConstraint; message: string } | undefined {
  const shown = showValue(value);
  if (c.enum && !c.enum.some((allowed) => allowed === value)) {
    return { check: "enum", message: `is ${shown}, not one of ${c.enum.map((v) => JSON.stringify(v)).join(", ")}` };
  }
  if (c.prefix !== undefined && !(typeof value === "string" && value.startsWith(c.prefix))) {
    return { check: "prefix", message: `is ${shown}, which does not start with ${JSON.stringify(c.prefix)}` };
  }
  if (c.pattern !== undefined && !(typeof value === "string" && safeTest(c.pattern, value))) {
    return { check: "pattern", message: `is ${shown}, which does not match ${JSON.stringify(c.pattern)}` };
  }
  if (c.maxLength !== undefined && !(typeof value === "string" && codePoints(value) <= c.maxLength)) {
    return {
      check: "maxLength",
      message: typeof value === "string" ? `is ${codePoints(value)} characters long, more than ${c.maxLength}` : `is ${shown}, not text`,
    };
  }
  if (c.minimum !== undefined && !(isNumber(value) && value >= c.minimum)) {
    return { check: "minimum", message: isNumber(value) ? `is ${value}, less than ${c.minimum}` : `is ${shown}, not a number` };
  }
  if (c.maximum !== undefined && !(isNumber(value) && value <= c.maximum)) {
    return { check: "maximum", message: isNumber(value) ? `is ${value}, more than ${c.maximum}` : `is ${shown}, not a number` };
  }
  return undefined;
}

function safeTest(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern, "u").test(value);
  } catch {
    // The schema rejects invalid patterns; a policy built around it fails closed.
    return false;
  }
}

function codePoints(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}

function isNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function showValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  const text = typeof value === "string" ? JSON.stringify(value) : String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
