import type { Catalogue } from "../content";
import { CATEGORIES, RISK_LEVELS } from "../taxonomy";
import { extraPageParams, toolsAtRisk, toolsInCategory } from "./queries";
import { paths } from "./site";

/** Every page of the site: the fixed pages, each listing page, attack, server and tool. */
export function sitemapPaths(catalogue: Catalogue, attacks: readonly { slug: string }[]): string[] {
  return [
    paths.home(),
    paths.servers(),
    paths.risks(),
    paths.categories(),
    paths.attacks(),
    paths.search(),
    paths.policyBuilder(),
    paths.policyDocs(),
    paths.dataDocs(),
    paths.method(),
    ...attacks.map((attack) => paths.attack(attack.slug)),
    ...RISK_LEVELS.flatMap((level) => [paths.risk(level), ...extraPageParams(toolsAtRisk(catalogue, level).length).map((n) => `${paths.risk(level)}${n}/`)]),
    ...CATEGORIES.flatMap((category) => [
      paths.category(category),
      ...extraPageParams(toolsInCategory(catalogue, category).length).map((n) => `${paths.category(category)}${n}/`),
    ]),
    ...catalogue.servers.flatMap((server) => [paths.server(server.slug), ...server.tools.map((tool) => paths.tool(server.slug, tool.slug))]),
  ];
}

/**
 * What one sitemap file may hold under the sitemaps.org protocol, which search engines enforce:
 * at most 50,000 URLs and 50 MiB uncompressed. A larger site lists its parts in a sitemap index.
 */
export const SITEMAP_LIMITS = { urls: 50_000, bytes: 50 * 1024 * 1024 };

export interface SitemapFile {
  /** The URL path the file is served at (before any base path). */
  urlPath: string;
  text: string;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const URLSET_OPEN = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n';
const URLSET_CLOSE = "</urlset>\n";
const INDEX_OPEN = '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n';
const INDEX_CLOSE = "</sitemapindex>\n";

/** The protocol asks for entity-escaped URLs; a slug is made safe upstream, but an origin set at build time may hold "&". */
function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${({ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "apos" } as const)[c as "&"]};`);
}

/**
 * Pure: the sitemap files for these site paths. One `urlset` at /sitemap.xml while the site fits
 * in one file; beyond that, parts at /sitemaps/N.xml, each within the limits, and /sitemap.xml
 * becomes the index that lists them, so robots.txt and anyone who knew the old address still
 * find everything. `absolute` turns a site path into the full URL the protocol requires.
 */
export function sitemapFiles(sitePaths: readonly string[], absolute: (path: string) => string, limits = SITEMAP_LIMITS): SitemapFile[] {
  const entries = sitePaths.map((p) => `<url>\n<loc>${escapeXml(absolute(p))}</loc>\n</url>\n`);
  const fixedBytes = Buffer.byteLength(XML_HEAD + URLSET_OPEN + URLSET_CLOSE);
  const parts: string[][] = [];
  let current: string[] = [];
  let bytes = fixedBytes;
  for (const entry of entries) {
    const size = Buffer.byteLength(entry);
    if (fixedBytes + size > limits.bytes) throw new Error(`sitemap: one entry is larger than a sitemap file may be (${size} bytes)`);
    if (current.length === limits.urls || bytes + size > limits.bytes) {
      parts.push(current);
      current = [];
      bytes = fixedBytes;
    }
    current.push(entry);
    bytes += size;
  }
  parts.push(current);

  const urlset = (part: readonly string[]) => XML_HEAD + URLSET_OPEN + part.join("") + URLSET_CLOSE;
  if (parts.length === 1) return [{ urlPath: paths.sitemap(), text: urlset(parts[0]!) }];
  const files = parts.map((part, i) => ({ urlPath: paths.sitemapPart(i + 1), text: urlset(part) }));
  const index = XML_HEAD + INDEX_OPEN + files.map((f) => `<sitemap>\n<loc>${escapeXml(absolute(f.urlPath))}</loc>\n</sitemap>\n`).join("") + INDEX_CLOSE;
  return [{ urlPath: paths.sitemap(), text: index }, ...files];
}
