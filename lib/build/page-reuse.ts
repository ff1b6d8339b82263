import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Catalogue, ServerEntry, ToolEntry } from "../content";
import { LISTING_PAGE_SIZE, relatedTools, riskMix, toolsAtRisk, toolsInCategory } from "../catalogue/queries";
import { CATEGORIES, RISK_LEVELS } from "../taxonomy";
import { paths } from "../catalogue/site";
import { titleSubtitles } from "../catalogue/subtitles";

/**
 * Reusing tool and server pages between builds. `next build` renders every page of an export
 * every time; with tens of thousands of tools that is most of a build, although a change to
 * one server changes a few dozen pages. So before next build each of these pages gets a key:
 * a hash of everything it is made from (the code and settings that render it, its entries, the
 * entries it shows of other tools). A page whose key has an exported copy in the page store
 * (.cache/page-store) is not rendered again (render-plan.ts tells the routes); after the
 * build, its stored files are put back into the export, and the pages that were rendered are
 * stored under their keys.
 *
 * The keys are only as good as their list of inputs: a tool page shows its tool, its server
 * (whose tools it names) and its related tools; a server page shows its server, its tools and
 * the subtitle that tells it from servers of the same title;
 * a page of a risk or category listing shows its slice of the listing, the listing's length
 * and (category pages) its risk mix. Anything else a page reads must be code or settings,
 * which the fingerprint covers.
 */

export type PageKind = "tool" | "server" | "listing";

export interface ReusablePage {
  urlPath: string;
  kind: PageKind;
  key: string;
  /** A tool page's server and tool slugs. */
  tool?: { server: string; tool: string };
}

function sha(...parts: string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("hex").slice(0, 40);
}

/** Pure: the reusable pages of a catalogue and their keys, for a given code fingerprint. */
export function reusablePages(catalogue: Catalogue, fingerprint: string): ReusablePage[] {
  const toolHashes = new Map<ToolEntry, string>();
  const toolHash = (tool: ToolEntry) => {
    let hash = toolHashes.get(tool);
    if (!hash) {
      hash = sha(JSON.stringify(tool));
      toolHashes.set(tool, hash);
    }
    return hash;
  };
  const serverHash = (server: ServerEntry) => {
    const { tools, ...facts } = server;
    return sha(JSON.stringify(facts), ...tools.map(toolHash));
  };
  // Servers with the same title are told apart by a subtitle that depends on the others.
  const subtitles = titleSubtitles(catalogue.servers);
  const pages: ReusablePage[] = [];
  for (const server of catalogue.servers) {
    const ofServer = sha(serverHash(server), subtitles.get(server.slug) ?? "");
    pages.push({ urlPath: paths.server(server.slug), kind: "server", key: sha(fingerprint, "server", ofServer) });
    for (const tool of server.tools) {
      const related = relatedTools(catalogue, tool).map(toolHash);
      pages.push({
        urlPath: paths.tool(server.slug, tool.slug),
        kind: "tool",
        key: sha(fingerprint, "tool", ofServer, toolHash(tool), ...related),
        tool: { server: server.slug, tool: tool.slug },
      });
    }
  }
  const listings = [
    ...RISK_LEVELS.map((level) => ({ base: paths.risk(level), tools: toolsAtRisk(catalogue, level), mix: "" })),
    ...CATEGORIES.map((category) => {
      const tools = toolsInCategory(catalogue, category);
      return { base: paths.category(category), tools, mix: JSON.stringify(riskMix(tools)) };
    }),
  ];
  for (const listing of listings) {
    const count = Math.max(1, Math.ceil(listing.tools.length / LISTING_PAGE_SIZE));
    for (let page = 1; page <= count; page++) {
      const slice = listing.tools.slice((page - 1) * LISTING_PAGE_SIZE, page * LISTING_PAGE_SIZE).map(toolHash);
      const urlPath = page === 1 ? listing.base : `${listing.base}${page}/`;
      pages.push({ urlPath, kind: "listing", key: sha(fingerprint, "listing", urlPath, String(listing.tools.length), listing.mix, ...slice) });
    }
  }
  return pages;
}

/** What decides how pages render besides their entries: every file of app/, lib/ and the attack pages, the build's settings and the tools' versions. */
export function codeFingerprint(cwd: string, env: NodeJS.ProcessEnv): string {
  const hash = createHash("sha256");
  const files: string[] = [];
  for (const dir of ["app", "lib", "content/attacks"]) files.push(...filesUnder(path.join(cwd, dir)));
  for (const name of ["next.config.ts", "postcss.config.mjs", "tsconfig.json", "package.json", "package-lock.json"]) {
    const file = path.join(cwd, name);
    if (fs.existsSync(file)) files.push(file);
  }
  for (const file of files.sort()) hash.update(path.relative(cwd, file)).update("\0").update(fs.readFileSync(file)).update("\0");
  const nextVersion = (JSON.parse(fs.readFileSync(path.join(cwd, "node_modules/next/package.json"), "utf8")) as { version: string }).version;
  // No setting here changes with the catalogue: the search index's version is built into the
  // search page's script alone (lib/build/enhancer.ts), so stored pages do not depend on it.
  const settings = Object.entries(env)
    .filter(([name]) => name.startsWith("NEXT_PUBLIC_"))
    .sort(([a], [b]) => a.localeCompare(b));
  hash.update(JSON.stringify({ settings, nextVersion, node: process.version }));
  return hash.digest("hex").slice(0, 40);
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesUnder(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}

/** The files of an exported page: its index.html and any payload files beside it (not the pages below it). */
export function pageFiles(pageDir: string): string[] {
  if (!fs.existsSync(pageDir)) return [];
  return fs
    .readdirSync(pageDir, { withFileTypes: true })
    .filter((d) => d.isFile() && (d.name === "index.html" || d.name === "index.txt" || (d.name.startsWith("__next.") && d.name.endsWith(".txt"))))
    .map((d) => path.join(pageDir, d.name));
}

/**
 * The page store: one folder per key holding a page's exported files, written whole (staged,
 * then renamed) and never changed after, so the export can take hard links to them.
 */
export class PageStore {
  constructor(readonly dir: string) {}

  private folder(key: string): string {
    return path.join(this.dir, key);
  }

  has(key: string): boolean {
    return fs.existsSync(this.folder(key));
  }

  /** Keeps an exported page under its key (a no-op when that key is stored). */
  save(key: string, pageDir: string): void {
    const target = this.folder(key);
    if (fs.existsSync(target)) return;
    const staged = `${target}.${process.pid}.partial`;
    fs.rmSync(staged, { recursive: true, force: true });
    fs.mkdirSync(staged, { recursive: true });
    for (const file of pageFiles(pageDir)) fs.copyFileSync(file, path.join(staged, path.basename(file)));
    fs.renameSync(staged, target);
  }

  /** Puts a stored page into the export folder of its page as hard links to the stored files; returns the files placed. */
  restore(key: string, pageDir: string): string[] {
    const source = this.folder(key);
    fs.mkdirSync(pageDir, { recursive: true });
    const placed: string[] = [];
    for (const name of fs.readdirSync(source)) {
      const target = path.join(pageDir, name);
      try {
        fs.linkSync(path.join(source, name), target);
      } catch (error) {
        // Another filesystem, or links refused: a copy does the same.
        if ((error as NodeJS.ErrnoException).code === "EEXIST") throw error;
        fs.copyFileSync(path.join(source, name), target);
      }
      placed.push(target);
    }
    return placed;
  }

  /** Drops every stored page whose key is not in use, so the store holds one build's pages. */
  prune(inUse: ReadonlySet<string>): number {
    if (!fs.existsSync(this.dir)) return 0;
    let removed = 0;
    for (const name of fs.readdirSync(this.dir)) {
      if (inUse.has(name)) continue;
      fs.rmSync(path.join(this.dir, name), { recursive: true, force: true });
      removed++;
    }
    return removed;
  }

  clear(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The `/_next/static/...` files a page or payload file names (stylesheets, script chunks), as paths in the export. */
export function frameworkAssets(text: string, basePath: string): string[] {
  const prefix = `${basePath}/_next/static/`.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const found = new Set<string>();
  for (const match of text.matchAll(new RegExp(`${prefix}[^"'\\s?#)]+`, "g"))) found.add(match[0].slice(basePath.length));
  return [...found];
}
