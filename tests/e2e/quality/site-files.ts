import fs from "node:fs";
import path from "node:path";

/** Reading the exported site from disk, for checks that need every page rather than a browser. */

export const outDir = path.resolve("out");
const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? "";

export function htmlFiles(dir = outDir): string[] {
  const found: string[] = [];
  for (const dirent of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, dirent.name);
    if (dirent.isDirectory()) found.push(...htmlFiles(full));
    else if (dirent.name.endsWith(".html")) found.push(full);
  }
  return found;
}

/** The URL path a file is served at (folders serve their index.html). */
export function urlPathOf(file: string): string {
  const relative = path.relative(outDir, file).split(path.sep).join("/");
  return "/" + relative.replace(/(^|\/)index\.html$/, "$1");
}

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

/** Every same-site link and resource reference in a page, resolved to a path. */
export function internalReferences(html: string, pageUrlPath: string): string[] {
  const refs: string[] = [];
  for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const raw = decodeEntities(match[1] ?? "");
    if (!raw || raw.startsWith("#") || /^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith("//")) continue;
    const url = new URL(raw, `http://site${pageUrlPath}`);
    refs.push(url.pathname);
  }
  return refs;
}

/** Whether the export answers a path with a file, as the static server resolves it. */
export function existsInExport(urlPath: string): boolean {
  let pathname = decodeURIComponent(urlPath);
  if (basePath) {
    if (!pathname.startsWith(basePath)) return false;
    pathname = pathname.slice(basePath.length) || "/";
  }
  const candidate = path.join(outDir, pathname);
  if (!candidate.startsWith(outDir)) return false;
  return [candidate, path.join(candidate, "index.html"), `${candidate}.html`].some((file) => {
    try {
      return fs.statSync(file).isFile();
    } catch {
      return false;
    }
  });
}
