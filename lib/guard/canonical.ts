import { createHash } from "node:crypto";

/**
 * Canonical JSON (the JSON Canonicalization Scheme of RFC 8785 for the values JSON carries):
 * no whitespace, object keys sorted by UTF-16 code units, numbers and strings as
 * JSON.stringify writes them. Two calls with the same arguments get the same text whatever
 * the order their keys arrived in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    const text = JSON.stringify(value);
    // undefined, functions and symbols have no JSON form; in an array they are null, as JSON.stringify writes them.
    return text === undefined ? "null" : text;
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/**
 * The SHA-256 digest (hex) of a call's arguments in canonical JSON: what the audit log keeps
 * instead of the arguments, so equal calls can be matched without the log holding their data.
 * A call without arguments is digested as {}.
 */
export function argumentsDigest(args: unknown): string {
  return createHash("sha256").update(canonicalJson(args ?? {}), "utf8").digest("hex");
}
