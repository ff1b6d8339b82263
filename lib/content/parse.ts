import matter from "gray-matter";
import yaml from "js-yaml";
import type { z } from "zod";
import type { ContentProblem } from "./problems";

/**
 * Pure: markdown text in, validated front matter (or problems naming the file and field) out.
 * YAML is read with the core schema so that dates and other implicit types stay strings.
 */

const engines = {
  yaml: {
    parse: (source: string) => yaml.load(source, { schema: yaml.CORE_SCHEMA }) as object,
    stringify: (data: object) => yaml.dump(data, { schema: yaml.CORE_SCHEMA }),
  },
};

export type Parsed<T> = { ok: true; data: T; body: string } | { ok: false; problems: ContentProblem[] };

export function parseEntry<S extends z.ZodType>(file: string, source: string, schema: S): Parsed<z.infer<S>> {
  let front: { data: unknown; content: string };
  try {
    // An empty options object disables gray-matter's cache, which keys on the text alone.
    front = matter(source, { engines });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { ok: false, problems: [{ file, field: "", message: `front matter is not valid YAML: ${reason}` }] };
  }
  if (!front.data || typeof front.data !== "object" || Object.keys(front.data).length === 0) {
    return { ok: false, problems: [{ file, field: "", message: "has no front matter (it must start with a --- block)" }] };
  }
  const result = validateFields(file, front.data, schema);
  return result.ok ? { ...result, body: front.content.trim() } : result;
}

/** Validates parsed fields against a schema; each problem names the file and the dotted field. */
export function validateFields<S extends z.ZodType>(file: string, data: unknown, schema: S): { ok: true; data: z.infer<S> } | { ok: false; problems: ContentProblem[] } {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      file,
      field: issue.path.map(String).join("."),
      message: describeIssue(issue),
    })),
  };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type" && issue.input === undefined) return "is required";
  if (issue.code === "unrecognized_keys") return `unknown field${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")}`;
  return issue.message;
}
