/**
 * Every string of a tool definition that reaches the model: the description and titles, and in
 * the input schema every description, $comment, title, enum value, default, example and constant,
 * however deeply nested (properties, items, anyOf/oneOf/allOf, $defs, ...).
 *
 * The walk runs for every tool the classifier sees, so it allocates nothing per string and
 * visits only the keys a node has. Where a string sits (its path) is spelled out afterwards, by walking
 * again to the same position, only for a string that gets flagged.
 */
import type { McpTool } from "../mcp/schema";

export type FieldRole = "description" | "title" | "parameter-description" | "parameter-title" | "parameter-value";

/** Which list a parameter's value comes from: an allowed value, the default, an example. */
export type ValueKey = "enum" | "default" | "examples" | "example" | "const";

/**
 * Called for each string; return true to stop. `property` is the innermost `properties` key the
 * string belongs to; `index` counts strings from 0 in walk order (for `pathOfString`); `valueKey`
 * says, for a parameter's value, which list it comes from.
 */
export type FieldVisitor = (text: string, role: FieldRole, property: string | undefined, index: number, valueKey: ValueKey | undefined) => boolean | void;

const MAX_DEPTH = 12;
const MAX_STRINGS = 600;

type Node = Record<string, unknown>;

class Walk {
  count = 0;
  stopped = false;
  /** Path segments, kept only when a path is wanted. */
  constructor(
    public visit: FieldVisitor,
    readonly segments: (string | number)[] | null,
  ) {}

  emit(text: unknown, role: FieldRole, property: string | undefined, key: string | number, valueKey?: ValueKey): void {
    if (typeof text !== "string" || text.length === 0 || this.stopped) return;
    if (this.count >= MAX_STRINGS) {
      this.stopped = true;
      return;
    }
    this.segments?.push(key);
    if (this.visit(text, role, property, this.count++, valueKey)) this.stopped = true;
    else this.segments?.pop();
  }

  schema(node: Node, depth: number, property: string | undefined): void {
    if (this.stopped || depth > MAX_DEPTH) return;
    const inParameter = property !== undefined;
    // for…in over the keys a node has is cheaper than asking every node for every key it might have.
    for (const key in node) {
      if (this.stopped) return;
      const value = node[key];
      switch (key) {
        // A schema's comment goes to the model with the rest of the schema, whatever JSON Schema says it is for.
        case "description":
        case "$comment":
          this.emit(value, inParameter ? "parameter-description" : "description", property, key);
          break;
        case "title":
          this.emit(value, inParameter ? "parameter-title" : "title", property, key);
          break;
        // Descriptions of each allowed value, as editors and generators write them: read like the property's own.
        case "enumDescriptions":
        case "markdownEnumDescriptions":
        case "x-enum-descriptions":
        case "x-enumDescriptions":
          this.notes(value, key, inParameter ? "parameter-description" : "description", property);
          break;
        case "enum":
        case "default":
        case "examples":
        case "example":
        case "const":
          this.values(value, key, key, property);
          break;
        case "properties":
          this.map(value, key, depth, true, property);
          break;
        // A definition describes a value some parameter holds: its text is read as a parameter's, under the definition's name.
        case "$defs":
        case "definitions":
          this.map(value, key, depth, true, property);
          break;
        case "patternProperties":
          this.map(value, key, depth, false, property);
          break;
        case "items":
        case "additionalProperties":
        case "anyOf":
        case "oneOf":
        case "allOf":
        case "prefixItems":
        case "not":
          this.child(value, key, depth, property);
          break;
      }
    }
  }

  private notes(value: unknown, key: string, role: FieldRole, property: string | undefined): void {
    if (!Array.isArray(value) || this.stopped) return;
    this.segments?.push(key);
    for (let i = 0; i < value.length && !this.stopped; i++) this.emit(value[i], role, property, i);
    if (!this.stopped) this.segments?.pop();
  }

  private values(value: unknown, valueKey: ValueKey, key: string | number, property: string | undefined, depth = 0, inObject = false): void {
    if (value === undefined || value === null || this.stopped) return;
    if (typeof value === "string") {
      // A string inside an example or default object ({"_note": "…"}) is prose the model reads, judged like a parameter's note.
      this.emit(value, inObject ? "parameter-description" : "parameter-value", property, key, valueKey);
      return;
    }
    if (typeof value !== "object" || depth > 3) return;
    this.segments?.push(key);
    if (Array.isArray(value)) for (let i = 0; i < value.length && !this.stopped; i++) this.values(value[i], valueKey, i, property, depth + 1, inObject);
    else for (const name in value as Node) if (!this.stopped) this.values((value as Node)[name], valueKey, name, property, depth + 1, true);
    if (!this.stopped) this.segments?.pop();
  }

  private map(value: unknown, key: string, depth: number, named: boolean, property: string | undefined): void {
    if (!value || typeof value !== "object" || this.stopped) return;
    this.segments?.push(key);
    const map = value as Node;
    for (const name in map) {
      const child = map[name];
      if (!child || typeof child !== "object") continue;
      if (named && this.segments === null && longNames.length < 20 && manyWords(name) && holdsText(child as Node)) longNames.push(name);
      this.segments?.push(name);
      this.schema(child as Node, depth + 1, named ? name : property);
      if (this.stopped) return;
      this.segments?.pop();
    }
    this.segments?.pop();
  }

  private child(value: unknown, key: string, depth: number, property: string | undefined): void {
    if (!value || typeof value !== "object" || this.stopped) return;
    this.segments?.push(key);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (!item || typeof item !== "object") continue;
        this.segments?.push(i);
        this.schema(item as Node, depth + 1, property);
        if (this.stopped) return;
        this.segments?.pop();
      }
    } else {
      this.schema(value as Node, depth + 1, property);
      if (this.stopped) return;
    }
    this.segments?.pop();
  }
}

function run(tool: McpTool, walk: Walk): void {
  walk.emit(tool.description, "description", undefined, "description");
  walk.emit(tool.title, "title", undefined, "title");
  if (walk.stopped) return;
  if (tool.annotations && typeof tool.annotations.title === "string") {
    walk.segments?.push("annotations");
    walk.emit(tool.annotations.title, "title", undefined, "title");
    if (walk.stopped) return;
    walk.segments?.pop();
  }
  if (tool.inputSchema && typeof tool.inputSchema === "object" && !walk.stopped) {
    walk.segments?.push("inputSchema");
    walk.schema(tool.inputSchema, 0, undefined);
  }
}

/**
 * Parameter names of four words or more that can hold text, met by the last plain visit: a name
 * can carry a request as a description does (./parameter-names.ts), and collecting them during the
 * walk costs a character loop per name rather than a second walk per tool.
 */
const longNames: string[] = [];

export function longParameterNames(): readonly string[] {
  return longNames;
}

/** Four words or more: three separators (_ - space) or lower-to-upper humps. */
function manyWords(name: string): boolean {
  let breaks = 0;
  for (let i = 1; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 95 || c === 45 || c === 32) breaks++;
    else if (c >= 65 && c <= 90) {
      const prev = name.charCodeAt(i - 1);
      if (prev >= 97 && prev <= 122) breaks++;
    }
    if (breaks >= 3) return true;
  }
  return false;
}

/** A switch or a number cannot carry what a file holds. */
function holdsText(schema: Node): boolean {
  const type = schema.type;
  return type !== "boolean" && type !== "number" && type !== "integer";
}

/** One walker for plain visits, reused (visits are synchronous and never nested). */
let shared: Walk | null = null;

export function visitModelText(tool: McpTool, visit: FieldVisitor): void {
  const walk = shared ?? new Walk(visit, null);
  shared = null; // a visit that visits again gets a walker of its own
  walk.visit = visit;
  walk.count = 0;
  walk.stopped = false;
  longNames.length = 0;
  run(tool, walk);
  shared = walk;
}

/** Where the string with this walk index sits, e.g. `inputSchema.properties.notes.description`. */
export function pathOfString(tool: McpTool, index: number): string {
  const segments: (string | number)[] = [];
  let found = false;
  run(tool, new Walk((_text, _role, _property, i) => (found = i === index), segments));
  if (!found) return "description";
  let out = "";
  for (const s of segments) out += typeof s === "number" ? `[${s}]` : out ? `.${s}` : s;
  return out;
}

/** The top-level parameter names, which instructions refer to ("put it in `notes`"). */
export function parameterNames(tool: McpTool): string[] {
  const props = topProperties(tool);
  return props ? Object.keys(props).slice(0, 60) : [];
}

/** The input schema's top-level properties, when it has any. */
function topProperties(tool: McpTool): Record<string, unknown> | undefined {
  const props = (tool.inputSchema as { properties?: unknown } | undefined)?.properties;
  return props && typeof props === "object" ? (props as Record<string, unknown>) : undefined;
}

/** A top-level parameter's default strings: the value, or each string of a list. */
export function defaultValues(tool: McpTool, property: string): string[] {
  const props = topProperties(tool);
  const schema = props && Object.prototype.hasOwnProperty.call(props, property) ? props[property] : undefined;
  const value = schema && typeof schema === "object" ? (schema as { default?: unknown }).default : undefined;
  return typeof value === "string" ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** A top-level parameter's default, as text (a list joined): what "the files named in the default" are. */
export function defaultOf(tool: McpTool, property: string): string {
  return defaultValues(tool, property).join(", ");
}

/**
 * The names of nested parameters: of nested objects, array items and shared definitions ("into
 * line2" of an address defined once in `$defs`). Not the top-level ones.
 */
export function nestedParameterNames(tool: McpTool, topLevel: readonly string[] = parameterNames(tool)): string[] {
  const schema = tool.inputSchema as Node | undefined;
  if (!schema || typeof schema !== "object") return [];
  const names: string[] = [];
  const seen = new Set<string>(topLevel);
  let level: Node[] = [schema];
  for (let depth = 0; depth < 6 && level.length && names.length < 60; depth++) {
    const next: Node[] = [];
    for (const node of level) {
      for (const key of ["properties", "$defs", "definitions"] as const) {
        const map = node[key];
        if (!map || typeof map !== "object") continue;
        for (const name in map as Node) {
          const child = (map as Node)[name];
          if (key === "properties" && depth > 0 && !seen.has(name) && names.length < 60) {
            seen.add(name);
            names.push(name);
          }
          if (child && typeof child === "object") next.push(child as Node);
        }
      }
      for (const key of ["items", "additionalProperties"] as const) {
        const child = node[key];
        if (child && typeof child === "object" && !Array.isArray(child)) next.push(child as Node);
      }
      for (const key of ["anyOf", "oneOf", "allOf"] as const) {
        const list = node[key];
        if (Array.isArray(list)) for (const child of list) if (child && typeof child === "object") next.push(child as Node);
      }
    }
    level = next;
  }
  return names;
}
