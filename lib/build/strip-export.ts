import fs from "node:fs";
import path from "node:path";
import { hasIsland, stripFramework } from "./strip-framework";

/**
 * Build step after `next build`: strips Next's runtime from every exported page without a
 * React island of our own (rule and reasons in strip-framework.ts).
 */

/** Ids of the client modules (from the client reference manifests) whose key matches. */
export function clientModuleIds(nextDir: string, wanted: (key: string) => boolean): Set<string> {
  const ids = new Set<string>();
  for (const file of walk(path.join(nextDir, "server/app"), (name) => name.endsWith("_client-reference-manifest.js"))) {
    const source = fs.readFileSync(file, "utf8");
    for (const match of source.matchAll(/^globalThis\.__RSC_MANIFEST\["(?:[^"\\]|\\.)*"\]\s*=\s*(\{.*\});?\s*$/gm)) {
      const manifest = JSON.parse(match[1]!) as { clientModules?: Record<string, { id: string | number }> };
      for (const [key, entry] of Object.entries(manifest.clientModules ?? {})) if (wanted(key)) ids.add(String(entry.id));
    }
  }
  return ids;
}

/**
 * Ids of this project's own client components, from the client reference manifests next
 * build leaves in .next/server/app (keys like "[project]/app/_components/x.tsx").
 * Framework modules ("[project]/node_modules/...") are not islands.
 */
export function projectIslandIds(nextDir: string): Set<string> {
  return clientModuleIds(nextDir, (key) => key.startsWith("[project]/") && !key.includes("/node_modules/"));
}

export interface StripSummary {
  pages: number;
  stripped: number;
  kept: string[];
}

export function stripExport(options: { outDir: string; nextDir: string; basePath: string }): StripSummary {
  const islands = projectIslandIds(options.nextDir);
  // The site has interactive pages (search, builder, tables): finding none means the
  // manifests moved or changed shape, and stripping blind would break those pages.
  if (islands.size === 0) throw new Error(`no client component found in the client reference manifests under ${options.nextDir}/server/app; refusing to strip pages`);
  const summary: StripSummary = { pages: 0, stripped: 0, kept: [] };
  for (const file of walk(options.outDir, (name) => name.endsWith(".html"))) {
    summary.pages++;
    const html = fs.readFileSync(file, "utf8");
    if (hasIsland(html, islands)) {
      summary.kept.push(path.relative(options.outDir, file));
      continue;
    }
    const stripped = stripFramework(html, options.basePath);
    if (stripped !== html) fs.writeFileSync(file, stripped);
    summary.stripped++;
  }
  return summary;
}

export function walk(dir: string, wanted: (name: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  const found: string[] = [];
  for (const dirent of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, dirent.name);
    if (dirent.isDirectory()) found.push(...walk(full, wanted));
    else if (wanted(dirent.name)) found.push(full);
  }
  return found;
}
