/**
 * A tool's arguments as table rows, read from its JSON Schema. The schema comes from a
 * stranger's server: anything may be missing, mistyped or nested, so every field is read
 * defensively and every value comes out as plain text.
 */

export interface ArgumentRow {
  /** Dotted path for nested properties ("options.limit", "items[].id"). */
  name: string;
  /** 0 for top-level arguments, 1 for their properties, and so on. */
  depth: number;
  type: string;
  required: boolean;
  /** JSON text of the default, when one is declared. */
  defaultValue?: string;
  description: string;
}

type Json = Record<string, unknown>;

const MAX_DEPTH = 4;
const MAX_ROWS = 200;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function asText(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** The type of one schema node in words: "string", "integer or null", "one of: a, b", "array of string". */
export function describeType(schema: unknown, depth = 0): string {
  if (!isObject(schema)) return schema === true ? "any" : "unknown";
  if (depth > MAX_DEPTH) return "…";
  if (Array.isArray(schema.enum)) return `one of: ${schema.enum.map(jsonText).join(", ")}`;
  if ("const" in schema) return `exactly ${jsonText(schema.const)}`;
  for (const key of ["anyOf", "oneOf"] as const) {
    const options = schema[key];
    if (Array.isArray(options) && options.length) {
      return unique(options.map((option) => describeType(option, depth + 1))).join(" or ");
    }
  }
  if (Array.isArray(schema.allOf) && schema.allOf.length) {
    return unique(schema.allOf.map((option) => describeType(option, depth + 1))).join(" and ");
  }
  if (typeof schema.$ref === "string") return `see ${schema.$ref.split("/").pop() || schema.$ref}`;
  const types = Array.isArray(schema.type) ? schema.type.filter((t) => typeof t === "string") : typeof schema.type === "string" ? [schema.type] : [];
  const words = types.map((type) => {
    if (type === "array") {
      const items = schema.items;
      return items === undefined ? "array" : `array of ${describeType(items, depth + 1)}`;
    }
    const format = typeof schema.format === "string" && type === "string" ? ` (${schema.format})` : "";
    return `${type}${format}`;
  });
  if (words.length) return words.join(" or ");
  if (isObject(schema.properties)) return "object";
  return "any";
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Every argument of the tool, nested properties after their parent, in declared order. */
export function argumentRows(inputSchema: unknown): ArgumentRow[] {
  const rows: ArgumentRow[] = [];
  walkProperties(inputSchema, "", 0, rows);
  return rows;
}

function walkProperties(schema: unknown, prefix: string, depth: number, rows: ArgumentRow[]): void {
  if (!isObject(schema) || depth > MAX_DEPTH) return;
  const properties = schema.properties;
  if (!isObject(properties)) return;
  const required = new Set(Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === "string") : []);
  for (const [key, child] of Object.entries(properties)) {
    if (rows.length >= MAX_ROWS) return;
    const name = `${prefix}${key}`;
    const node = isObject(child) ? child : {};
    rows.push({
      name,
      depth,
      type: describeType(child),
      required: required.has(key),
      ...("default" in node ? { defaultValue: jsonText(node.default) } : {}),
      description: asText(node.description) || asText(node.title),
    });
    walkProperties(child, `${name}.`, depth + 1, rows);
    if (isObject(node.items)) walkProperties(node.items, `${name}[].`, depth + 1, rows);
  }
}
