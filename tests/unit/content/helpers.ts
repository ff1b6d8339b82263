import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import yaml from "js-yaml";

/** A throwaway content root; files are written from plain objects so each test states only what it changes. */
export function makeRoot(): { root: string; write: (relative: string, text: string) => string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "catalogue-content-"));
  return {
    root,
    write(relative, text) {
      const file = path.join(root, relative);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
      return file;
    },
  };
}

export function entry(front: Record<string, unknown>, body = ""): string {
  return `---\n${yaml.dump(front)}---\n${body}`;
}

export function server(slug: string, overrides: Record<string, unknown> = {}): string {
  return entry({ slug, title: `Server ${slug}`, description: "A test server.", source: "test", ...overrides });
}

export function tool(name: string, serverSlug: string, overrides: Record<string, unknown> = {}): string {
  return entry({
    name,
    server: serverSlug,
    description: `Does ${name}.`,
    category: "read",
    risk: "low",
    rationale: "Reads a thing and changes nothing.",
    signals: [],
    evidence: [`Does ${name}.`],
    policy: { version: "1", default: "deny", tools: { [name]: { action: "allow" } } },
    inputSchema: { type: "object", properties: {} },
    source: "test",
    ...overrides,
  });
}
