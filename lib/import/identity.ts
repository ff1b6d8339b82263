import fs from "node:fs";
import path from "node:path";
import { serverSlug } from "../content/slug";
import type { LiveListing, LiveTarget } from "./live";
import type { ServerFacts } from "./types";

/**
 * Who a live server is: the flags first, then its installed npm package (when --package
 * names one), then what it said about itself in initialize.
 */

export interface IdentityFlags {
  slug?: string;
  title?: string;
  description?: string;
  repository?: string;
  /** "name" or "name@version" of the npm package the server ships in. */
  package?: string;
  version?: string;
  source?: string;
}

export interface InstalledPackage {
  name: string;
  version?: string;
  description?: string;
  repository?: string;
}

/** Splits "name@version" (scoped names keep their leading @). */
export function splitPackageSpec(spec: string): { name: string; version?: string } {
  const at = spec.lastIndexOf("@");
  if (at > 0) return { name: spec.slice(0, at), version: spec.slice(at + 1) || undefined };
  return { name: spec };
}

/** The package.json of an installed package, looked up from cwd upwards; undefined when absent. */
export function readInstalledPackage(name: string, cwd: string): InstalledPackage | undefined {
  if (!/^(@[a-z0-9._~-]+\/)?[a-z0-9._~-]+$/i.test(name)) return undefined;
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const file = path.join(dir, "node_modules", ...name.split("/"), "package.json");
    if (fs.existsSync(file)) {
      try {
        const json = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
        const repo = json.repository;
        const repository = typeof repo === "string" ? repo : repo && typeof repo === "object" ? (repo as { url?: string }).url : undefined;
        return {
          name,
          version: typeof json.version === "string" ? json.version : undefined,
          description: typeof json.description === "string" ? json.description : undefined,
          repository: repository ? normaliseRepository(repository) : undefined,
        };
      } catch {
        return undefined;
      }
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** "git+https://github.com/a/b.git", "git+ssh://git@github.com/a/b.git" and "github:a/b" become https://github.com/a/b. */
export function normaliseRepository(value: string): string | undefined {
  const short = /^(?:github:)?([\w.-]+)\/([\w.-]+)$/.exec(value);
  if (short) return `https://github.com/${short[1]}/${short[2]!.replace(/\.git$/, "")}`;
  const cleaned = value
    .replace(/^git\+/, "")
    .replace(/^(?:ssh:\/\/)?git@([^:/]+)[:/]/, "https://$1/")
    .replace(/^git:\/\//, "https://")
    .replace(/\.git$/, "");
  return /^https?:\/\//.test(cleaned) ? cleaned : undefined;
}

export function liveFacts(flags: IdentityFlags, live: LiveListing, installed: InstalledPackage | undefined): ServerFacts {
  const spec = flags.package ? splitPackageSpec(flags.package) : undefined;
  return {
    slug: flags.slug ?? serverSlug(live.serverInfo.name),
    title: flags.title ?? live.serverInfo.title ?? live.serverInfo.name,
    description: flags.description ?? live.serverInfo.description ?? installed?.description,
    repository: flags.repository ?? installed?.repository,
    package: spec?.name,
    version: flags.version ?? spec?.version ?? installed?.version ?? live.serverInfo.version,
  };
}

export function liveSource(flags: IdentityFlags, facts: ServerFacts, target: LiveTarget, live: LiveListing): string {
  if (flags.source) return flags.source;
  const how = target.kind === "stdio" ? "tools/list over stdio" : "tools/list over Streamable HTTP";
  if (facts.package) return `npm:${facts.package}@${facts.version} (${how})`;
  const where = target.kind === "http" ? target.url : "a local command";
  return `${live.serverInfo.name}@${live.serverInfo.version} at ${where} (${how})`;
}
