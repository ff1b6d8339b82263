/**
 * Where the site lives and the paths of everything on it. Every link and file name the
 * pages print comes from here, so a URL scheme change is one edit.
 */

/** The sub-path the export is served under ("" at the root), as next.config.ts uses it. */
export const BASE_PATH = (process.env.NEXT_PUBLIC_BASE_PATH ?? "").replace(/\/+$/, "");

/** The public origin, without a trailing slash; NEXT_PUBLIC_SITE_URL or the local server. */
export function siteOrigin(): string {
  return (process.env.NEXT_PUBLIC_SITE_URL || "http://localhost:3000").replace(/\/+$/, "");
}

/** A site path as a full URL (for canonical links, sitemaps and structured data). */
export function absoluteUrl(path: string): string {
  return `${siteOrigin()}${BASE_PATH}${path}`;
}

/** A site path as an href for a plain <a> (next/link adds the base path itself; <a> does not). */
export function withBasePath(path: string): string {
  return `${BASE_PATH}${path}`;
}

/** Where the project's own repository lives (issues, corrections); NEXT_PUBLIC_REPOSITORY_URL at build time. */
export const DEFAULT_REPOSITORY_URL = "https://github.com/mcp-tool-catalogue/catalogue";

export function repositoryUrl(env: Record<string, string | undefined> = process.env): string {
  const value = env.NEXT_PUBLIC_REPOSITORY_URL?.trim();
  if (!value) return DEFAULT_REPOSITORY_URL;
  if (!/^https?:\/\/[^\s"<>]+$/.test(value)) throw new Error(`NEXT_PUBLIC_REPOSITORY_URL must be an http(s) URL, not ${JSON.stringify(value)}`);
  return value.replace(/\/+$/, "");
}

export const SITE_NAME = "MCP Tool Catalogue";
export const SITE_DESCRIPTION =
  "An open catalogue of the tools MCP servers hand to AI agents: what each tool does, how risky it is and why, and an access policy you can copy.";

export const paths = {
  home: () => "/",
  servers: () => "/servers/",
  server: (server: string) => `/servers/${server}/`,
  tool: (server: string, tool: string) => `/servers/${server}/${tool}/`,
  risks: () => "/risk/",
  risk: (level: string) => `/risk/${level}/`,
  categories: () => "/category/",
  category: (category: string) => `/category/${category}/`,
  attacks: () => "/attacks/",
  attack: (slug: string) => `/attacks/${slug}/`,
  search: () => "/search/",
  policyBuilder: () => "/policy/",
  policyDocs: () => "/docs/policy/",
  dataDocs: () => "/docs/data/",
  method: () => "/method/",
  /** The sitemap, or the sitemap index when the site outgrows one (lib/catalogue/sitemap.ts). */
  sitemap: () => "/sitemap.xml",
  /** One part of a sitemap too large for one file, numbered from 1. */
  sitemapPart: (n: number) => `/sitemaps/${n}.xml`,
  serversData: () => "/data/servers.json",
  serverData: (server: string) => `/data/servers/${server}.json`,
  toolData: (server: string, tool: string) => `/data/servers/${server}/${tool}.json`,
  catalogueData: () => "/data/catalogue.jsonl",
  serverPolicy: (server: string) => `/policies/${server}.json`,
  toolPolicy: (server: string, tool: string) => `/policies/${server}/${tool}.json`,
  /** A server's policy in one client's format, the whole file or the rules alone: written only for pages that link them (lib/catalogue/server-files.ts). */
  serverExport: (server: string, format: string, part: "file" | "rules", language: "json" | "toml") =>
    `/exports/${server}/${format}${part === "rules" ? "-rules" : ""}.${language}`,
  /** What the client-exports script rewrites the exports from, for a page that links them instead of inlining it. */
  serverExportInput: (server: string) => `/exports/${server}/input.json`,
  /** A server's social card, which its tool pages share (lib/build/social-images.ts). */
  serverImage: (server: string) => `/og/servers/${server}.png`,
};
