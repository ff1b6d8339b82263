import fs from "node:fs";
import http from "node:http";
import path from "node:path";

/**
 * A small static file server for the exported site, as a CDN would serve it: folders
 * answer with their index.html, unknown paths with 404.html and status 404, and nothing
 * outside the root is ever read. Used by `npm start`, the browser tests and benchmarks.
 */

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".jsonl": "application/jsonl; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".webmanifest": "application/manifest+json",
  ".toml": "text/plain; charset=utf-8",
  ".bin": "application/octet-stream",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pagefind": "application/octet-stream",
};

/** Maps a URL path to a file under root, or undefined when it would leave root. */
export function resolveStaticPath(root: string, urlPath: string, basePath = ""): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(urlPath, "http://localhost").pathname);
  } catch {
    return undefined;
  }
  if (basePath) {
    if (pathname !== basePath && !pathname.startsWith(`${basePath}/`)) return undefined;
    pathname = pathname.slice(basePath.length) || "/";
  }
  if (pathname.includes("\0")) return undefined;
  const resolvedRoot = path.resolve(root);
  const candidate = path.resolve(resolvedRoot, `.${pathname}`);
  if (candidate !== resolvedRoot && !candidate.startsWith(resolvedRoot + path.sep)) return undefined;
  return candidate;
}

function findFile(candidate: string): string | undefined {
  const options = [candidate, path.join(candidate, "index.html"), `${candidate}.html`];
  return options.find((file) => {
    try {
      return fs.statSync(file).isFile();
    } catch {
      return false;
    }
  });
}

export function createStaticServer(root: string, basePath = ""): http.Server {
  return http.createServer((req, res) => {
    const candidate = resolveStaticPath(root, req.url ?? "/", basePath);
    const file = candidate && findFile(candidate);
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    if (!file) {
      const notFound = path.join(root, "404.html");
      res.writeHead(404, { "content-type": TYPES[".html"] });
      if (req.method === "HEAD" || !fs.existsSync(notFound)) res.end("Not found");
      else fs.createReadStream(notFound).pipe(res);
      return;
    }
    // A folder URL without its trailing slash would break relative links; redirect as CDNs do.
    const url = new URL(req.url ?? "/", "http://localhost");
    if (file.endsWith(`${path.sep}index.html`) && !url.pathname.endsWith("/") && !url.pathname.endsWith(".html")) {
      res.writeHead(308, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const type = TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
    res.writeHead(200, { "content-type": type, "content-length": fs.statSync(file).size, "cache-control": "no-cache" });
    if (req.method === "HEAD") res.end();
    else fs.createReadStream(file).pipe(res);
  });
}
