import fs from "node:fs";
import path from "node:path";
import { serverPolicy } from "@/lib/catalogue";
import { serverFiles } from "@/lib/catalogue/server-files";
import { exportContext } from "@/lib/enhance/export-input";
import { getCatalogue } from "@/lib/content";
import { isHidden, ruleAction, ruleFor } from "@/lib/policy/phrases";
import { parsePolicy, type Policy } from "@/lib/policy/schema";
import type { ExportContext } from "@/lib/policy/exports";
import type { RiskLevel } from "@/lib/taxonomy";
import { server as serverEntry, tool as toolEntry } from "../unit/catalogue/entries";

/**
 * What the client tests load: every committed server's recommended policy (default deny),
 * the same rules under default allow, every tool page's single-tool policy, and a policy
 * with every kind of rule and hostile tool names. Each case says what the policy means for
 * each tool, so a test can compare a client's decision with it.
 */

export const CLIENTS_DIR = import.meta.dirname;

/** Fails with the install command when the clients are not there, rather than skipping. */
export function clientPath(...parts: string[]): string {
  const file = path.join(CLIENTS_DIR, "node_modules", ...parts);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run clients:install\` first`);
  return file;
}

export type Meaning = "allow" | "ask" | "deny" | "untouched";

export interface ExportCase {
  title: string;
  ctx: ExportContext;
  /** Every tool the client may meet, with what the policy means for it. */
  expected: Map<string, Meaning>;
}

function policy(value: unknown): Policy {
  const parsed = parsePolicy(value);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.policy;
}

/** What a policy means for one tool, in the words every client can say. */
export function meaning(p: Policy, tool: string): Meaning {
  if (isHidden(p, tool)) return "deny";
  const rule = ruleFor(p, tool);
  if (!rule) return p.default === "allow" ? "allow" : "deny";
  const action = ruleAction(rule);
  if (action === "deny") return "deny";
  if (action === "approve" || Object.keys(rule.args ?? {}).length > 0) return "ask";
  return "allow";
}

function wholeServer(title: string, name: string, p: Policy, tools: readonly string[], launch?: ExportContext["launch"]): ExportCase {
  return { title, ctx: { name, policy: p, tools, ...(launch ? { launch } : {}) }, expected: new Map(tools.map((t) => [t, meaning(p, t)])) };
}

function singleTool(title: string, name: string, p: Policy, tool: string, tools: readonly string[]): ExportCase {
  return {
    title,
    ctx: { name, policy: p, tools, only: tool },
    expected: new Map(tools.map((t) => [t, t === tool ? meaning(p, t) : "untouched"])),
  };
}

export const HOSTILE_NAMES = ['a"b', "c\\d", "e\nf", "批量导出", "x.y", "[z]", "# not a comment", "a".repeat(70), "get_me"];

const MIXED = policy({
  version: "1",
  default: "deny",
  hide: ['a"b'],
  tools: {
    get_me: { action: "allow" },
    "c\\d": { action: "allow", limits: [{ counter: "c", window: "minute", max: 3, scope: "grant" }] },
    "e\nf": { args: { path: { prefix: "/tmp/" } } },
    批量导出: { action: "approve", reason: 'Writes "files".' },
    "x.y": { action: "deny", reason: "Irreversible." },
    ["a".repeat(70)]: { action: "allow" },
  },
});

export function exportCases(): ExportCase[] {
  const cases: ExportCase[] = [];
  for (const server of getCatalogue().servers) {
    const tools = server.tools.map((t) => t.name);
    const recommended = serverPolicy(server);
    const launch = server.package ? { command: "npx", args: ["-y", server.package] } : undefined;
    cases.push(wholeServer(`${server.slug}: recommended (default deny)`, server.slug, recommended, tools, launch));
    cases.push(wholeServer(`${server.slug}: same rules, default allow, named "my_${server.slug.slice(0, 10)}"`, `my_${server.slug.slice(0, 10)}`, { ...recommended, default: "allow" }, tools, launch));
    const [first] = server.tools;
    if (first) cases.push(singleTool(`${server.slug}: tool page of ${first.name}`, server.slug, first.policy, first.name, tools));
  }
  cases.push(largeServer());
  cases.push(wholeServer("hostile names, default deny", "srv", MIXED, HOSTILE_NAMES));
  cases.push(wholeServer("hostile names, default allow", "a-much-longer-server-name-here", { ...MIXED, default: "allow" }, HOSTILE_NAMES));
  for (const tool of HOSTILE_NAMES) cases.push(singleTool(`hostile names: tool page of ${JSON.stringify(tool)}`, "srv", MIXED, tool, HOSTILE_NAMES));
  return cases;
}

/**
 * A server too large for its page to show its exports (lib/catalogue/server-files.ts): its page
 * links files the build writes with exactly these exports (tests/unit/catalogue/server-files.test.ts).
 */
function largeServer(): ExportCase {
  const levels: RiskLevel[] = ["low", "medium", "high", "critical"];
  const tools = Array.from({ length: 400 }, (_, i) => toolEntry(`tool_number_${i}`, levels[i % 4]!, i % 2 ? "read" : "write", { server: "large-server" }));
  const files = serverFiles(serverEntry("large-server", tools, { package: "large-server" }));
  if (!files.linked) throw new Error("the large case is within the inline limit now: give it more tools");
  return {
    title: "a server too large for its page: the exports its page links",
    ctx: exportContext(files.input, files.input.slug),
    expected: new Map(tools.map((t) => [t.name, meaning(files.input.policy, t.name)])),
  };
}
