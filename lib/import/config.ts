import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { SourceSpec } from "./run";

/**
 * The list of live servers the committed catalogue is imported from (lib/import/live-servers.json):
 * npm packages installed as dev dependencies, each started over stdio from its own bin file
 * with the current Node, so the import is the same on every machine with the lockfile.
 */

const serverSchema = z.strictObject({
  /** npm package name; the version is read from the installed package.json. */
  package: z.string().min(1),
  /** Which of the package's bin entries to run; the only one when left out. */
  bin: z.string().optional(),
  args: z.array(z.string()).default([]),
  env: z.record(z.string(), z.string()).optional(),
  slug: z.string().min(1),
  title: z.string().min(1),
  description: z.string().optional(),
  repository: z.string().optional(),
  /** Why this server is in the list; documentation only. */
  why: z.string().optional(),
});

export const liveConfigSchema = z.strictObject({
  $comment: z.string().optional(),
  servers: z.array(serverSchema).min(1),
});

export type LiveConfig = z.infer<typeof liveConfigSchema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function readLiveConfig(file: string, cwd: string): SourceSpec[] {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new ConfigError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = liveConfigSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`${file}: ${issue?.path.map(String).join(".")}: ${issue?.message}`);
  }
  return parsed.data.servers.map((server) => {
    const binFile = resolveBin(server.package, server.bin, cwd);
    const flags = { slug: server.slug, title: server.title, description: server.description, repository: server.repository, package: server.package };
    const commandLine = [server.package, ...server.args].join(" ");
    const env = server.env ? { ...server.env } : undefined;
    return {
      kind: "stdio" as const,
      commandLine,
      target: { kind: "stdio" as const, command: process.execPath, args: [binFile, ...server.args], env, cwd },
      flags: Object.fromEntries(Object.entries(flags).filter(([, v]) => v !== undefined)),
    };
  });
}

function resolveBin(name: string, bin: string | undefined, cwd: string): string {
  const dir = path.join(cwd, "node_modules", ...name.split("/"));
  const manifestFile = path.join(dir, "package.json");
  if (!fs.existsSync(manifestFile)) throw new ConfigError(`${name} is not installed in ${cwd}/node_modules (run npm install)`);
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as { bin?: string | Record<string, string> };
  const bins = typeof manifest.bin === "string" ? { [name.split("/").pop()!]: manifest.bin } : (manifest.bin ?? {});
  const entries = Object.entries(bins);
  const chosen = bin ? bins[bin] : entries.length === 1 ? entries[0]![1] : undefined;
  if (!chosen) throw new ConfigError(`${name}: choose one of its bins with "bin" (${entries.map(([k]) => k).join(", ") || "it has none"})`);
  return path.join(dir, chosen);
}
