/**
 * npm run bench:pages [-- --build] [-- --out DIR]
 * Prints, for the home, a server, the largest server, a tool, a listing and the search page
 * of the export, the compressed (gzip) bytes of script and HTML a browser loads by the load
 * event (first paint) and what it fetches after it (prefetches) until the network is idle;
 * the search page's time and bytes to its first result on a slow phone network; and the
 * build time and pages per second of the full export. With --build it runs `npm run build`
 * itself and times it; otherwise it reads the figures the last build wrote to
 * .cache/build-stats.json. Budgets are printed last, each within or OVER; like every benchmark
 * here it prints figures and fails only when it cannot measure.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import { chromium, type Browser } from "@playwright/test";
import { createStaticServer } from "../../lib/serve/server";
import { chromiumArgs, chromiumPath } from "../e2e/browser";
import { htmlFiles } from "../e2e/quality/site-files";

const KB = 1024;

/**
 * What a page may cost, in compressed bytes at the load event (first paint), and what it may
 * fetch after (prefetches of links the reader may never follow: none may pull a listing's
 * payload). Server pages and the search page need no framework: the page enhancer
 * (public/enhance.js, plain script) sorts a server page's tools table and draws the search
 * page's results, so neither loads React nor carries an inline React payload.
 */
const BUDGETS = {
  toolScript: 100 * KB,
  serverScript: 40 * KB,
  serverHtml: 40 * KB,
  largestServerHtml: 80 * KB,
  afterLoad: 16 * KB,
  /** No framework (the page's own script, the enhancer): as a server page's. It was 160 KB while the page hydrated React. */
  searchScript: 40 * KB,
  /** On the slow phone network below, from navigation to the first result shown. */
  searchFirstResultBytes: 200 * KB,
  searchFirstResultMs: 3000,
};

/** Lighthouse's slow 4G: 150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up. */
const SLOW_PHONE_NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

const SEARCH_URL = "/search/?q=github";

interface BuildStats {
  totalS: number;
  nextBuildS: number;
}

const { values: options } = parseArgs({ options: { build: { type: "boolean", default: false }, out: { type: "string", default: "out" } } });
const outDir = path.resolve(options.out);

function readBuildStats(): BuildStats | undefined {
  if (options.build) {
    const result = spawnSync("npm", ["run", "build"], { stdio: ["ignore", "ignore", "inherit"] });
    if (result.status !== 0) throw new Error("npm run build failed");
  }
  const file = path.resolve(".cache/build-stats.json");
  if (!fs.existsSync(file)) return undefined;
  return JSON.parse(fs.readFileSync(file, "utf8")) as BuildStats;
}

/** The server page with the most HTML: the GitHub server's when the shared corpus was built in. */
function largestServerPage(): string {
  const dir = path.join(outDir, "servers");
  const sizes = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "index.html")))
    .map((d) => ({ slug: d.name, bytes: fs.statSync(path.join(dir, d.name, "index.html")).size }))
    .sort((a, b) => b.bytes - a.bytes);
  if (sizes.length === 0) throw new Error(`no server pages under ${dir}`);
  return `/servers/${sizes[0]!.slug}/`;
}

/**
 * The export served as a CDN serves it: gzip for text when the browser asks, so timings on
 * a throttled network count the bytes a reader would really wait for.
 */
async function startServer(): Promise<{ base: string; close: () => void }> {
  const files = createStaticServer(outDir);
  await new Promise<void>((resolve) => files.listen(0, "127.0.0.1", resolve));
  const inner = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
  const front = http.createServer(async (request, response) => {
    const answer = await fetch(`${inner}${request.url ?? "/"}`, { redirect: "manual" });
    const body = Buffer.from(await answer.arrayBuffer());
    const type = answer.headers.get("content-type") ?? "";
    const headers: Record<string, string> = { "content-type": type };
    const location = answer.headers.get("location");
    if (location) headers.location = location;
    const gzip = /gzip/.test(String(request.headers["accept-encoding"] ?? "")) && /text|json|javascript|xml|svg/.test(type);
    if (gzip) headers["content-encoding"] = "gzip";
    response.writeHead(answer.status, headers);
    response.end(gzip ? zlib.gzipSync(body, { level: 6 }) : body);
  });
  await new Promise<void>((resolve) => front.listen(0, "127.0.0.1", resolve));
  return {
    base: `http://127.0.0.1:${(front.address() as AddressInfo).port}`,
    close: () => {
      front.close();
      files.close();
    },
  };
}

type Kind = "script" | "html" | "other";

interface Loaded {
  kind: Kind;
  url: string;
  raw: number;
  gzip: number;
  afterLoad: boolean;
}

async function measurePage(base: string, url: string, browser: Browser) {
  const page = await browser.newPage();
  let loadedYet = false;
  const bodies: Promise<Loaded>[] = [];
  page.on("response", (response) => {
    const type = response.request().resourceType();
    const kind: Kind = type === "script" ? "script" : type === "document" ? "html" : "other";
    const afterLoad = loadedYet;
    bodies.push(
      response.body().then(
        (body) => ({ kind, url: response.url().replace(base, ""), raw: body.length, gzip: zlib.gzipSync(body, { level: 6 }).length, afterLoad }),
        () => ({ kind, url: response.url().replace(base, ""), raw: 0, gzip: 0, afterLoad }),
      ),
    );
  });
  await page.goto(`${base}${url}`, { waitUntil: "load" });
  loadedYet = true;
  await page.waitForLoadState("networkidle");
  const loaded = await Promise.all(bodies);
  await page.close();
  const sum = (keep: (b: Loaded) => boolean, key: "raw" | "gzip") => loaded.filter(keep).reduce((n, b) => n + b[key], 0);
  const atLoad = (kind: Kind) => (b: Loaded) => b.kind === kind && !b.afterLoad;
  return {
    scriptGzip: sum(atLoad("script"), "gzip"),
    scriptRaw: sum(atLoad("script"), "raw"),
    htmlGzip: sum(atLoad("html"), "gzip"),
    htmlRaw: sum(atLoad("html"), "raw"),
    afterLoadGzip: sum((b) => b.afterLoad, "gzip"),
    afterLoadRaw: sum((b) => b.afterLoad, "raw"),
    largestAfterLoad: loaded.filter((b) => b.afterLoad).sort((a, b) => b.raw - a.raw)[0]?.url ?? "",
    requests: loaded.length,
  };
}

/** Navigation to the first result on the search page, on the slow phone network, with what crossed the network by then. */
async function searchFirstResult(base: string, browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", SLOW_PHONE_NETWORK);
  // Encoded (on the wire) bytes of every finished request, page and worker alike.
  const finished: { at: number; bytes: number }[] = [];
  page.on("requestfinished", async (request) => {
    const sizes = await request.sizes().catch(() => undefined);
    finished.push({ at: Date.now(), bytes: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0 });
  });
  const started = Date.now();
  await page.goto(`${base}${SEARCH_URL}`, { waitUntil: "commit" });
  await page.locator("#search-results [role=option]").first().waitFor({ timeout: 60_000 });
  const ms = Date.now() - started;
  const done = Date.now();
  // Let in-flight events arrive before summing what finished by the first result.
  await page.waitForTimeout(200);
  const bytes = finished.filter((f) => f.at <= done).reduce((n, f) => n + f.bytes, 0);
  await context.close();
  return { ms, bytes };
}

async function main() {
  const stats = readBuildStats();
  const pageCount = htmlFiles(outDir).length;
  const largest = largestServerPage();
  // The GitHub server's page, the one readers open most, when the export has it (the shared corpus).
  const github = fs.existsSync(path.join(outDir, "servers/github-mcp-server/index.html")) ? [{ name: "GitHub server", url: "/servers/github-mcp-server/" }] : [];
  const pages = [
    { name: "home", url: "/" },
    { name: "server", url: "/servers/telegram-mcp-complete/" },
    { name: "largest server", url: largest },
    ...github,
    { name: "tool", url: "/servers/telegram-mcp-complete/terminate_session/" },
    { name: "listing", url: "/risk/critical/" },
    { name: "search", url: SEARCH_URL },
  ];
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const rows: Record<string, Awaited<ReturnType<typeof measurePage>>> = {};
  let search: Awaited<ReturnType<typeof searchFirstResult>>;
  try {
    for (const { name, url } of pages) rows[name] = await measurePage(server.base, url, browser);
    search = await searchFirstResult(server.base, browser);
  } finally {
    await browser.close();
    server.close();
  }

  const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
  console.log(`largest server page: ${largest}`);
  console.log("page             script gzip (raw)        HTML gzip (raw)          after load gzip (raw)   requests");
  for (const [name, r] of Object.entries(rows)) {
    const pair = (gzip: number, raw: number) => `${kb(gzip)} (${kb(raw)})`.padEnd(24);
    console.log(`${name.padEnd(16)} ${pair(r.scriptGzip, r.scriptRaw)} ${pair(r.htmlGzip, r.htmlRaw)} ${pair(r.afterLoadGzip, r.afterLoadRaw)} ${String(r.requests).padStart(4)}`);
  }
  console.log(`search ${SEARCH_URL} on a slow phone network: first result after ${(search.ms / 1000).toFixed(2)} s and ${kb(search.bytes)} on the wire`);
  if (stats) {
    console.log(`full export: ${pageCount} HTML pages; next build ${stats.nextBuildS.toFixed(1)} s (${(pageCount / stats.nextBuildS).toFixed(1)} pages/s); whole build incl. import and search index ${stats.totalS.toFixed(1)} s`);
  }

  const checks: [string, number, number, (n: number) => string][] = [
    ["tool page script", rows.tool!.scriptGzip, BUDGETS.toolScript, kb],
    ["server page script", rows.server!.scriptGzip, BUDGETS.serverScript, kb],
    ["server page HTML", rows.server!.htmlGzip, BUDGETS.serverHtml, kb],
    ["largest server page script", rows["largest server"]!.scriptGzip, BUDGETS.serverScript, kb],
    ["largest server page HTML", rows["largest server"]!.htmlGzip, BUDGETS.largestServerHtml, kb],
    ...pages.map(({ name }): [string, number, number, (n: number) => string] => [`${name} page after load`, rows[name]!.afterLoadGzip, BUDGETS.afterLoad, kb]),
    ["search page script", rows.search!.scriptGzip, BUDGETS.searchScript, kb],
    ["search: bytes to first result", search.bytes, BUDGETS.searchFirstResultBytes, kb],
    ["search: time to first result", search.ms, BUDGETS.searchFirstResultMs, (n) => `${(n / 1000).toFixed(2)} s`],
  ];
  let over = 0;
  for (const [what, value, budget, show] of checks) {
    const within = value <= budget;
    if (!within) over++;
    console.log(`budget ${what}: ${show(value)} of ${show(budget)} ${within ? "(within)" : "(OVER)"}`);
  }
  console.log(
    JSON.stringify({ pages: rows, largestServer: largest, search, budgets: BUDGETS, over, htmlPages: pageCount, ...(stats ? { nextBuildS: stats.nextBuildS, totalBuildS: stats.totalS, pagesPerSecond: pageCount / stats.nextBuildS } : {}) }),
  );
}

main().catch((error: unknown) => {
  console.error(`bench:pages: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
