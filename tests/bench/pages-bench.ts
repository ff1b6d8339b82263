/**
 * npm run bench:pages [-- --build]
 * Prints, for the home, a server, a tool and a listing page of the export, the compressed
 * (gzip) bytes of script and HTML a browser loads, and the build time and pages per second
 * of the full export. With --build it runs `npm run build` itself and times it; otherwise it
 * reads the figures the last build wrote to .cache/build-stats.json.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import type { AddressInfo } from "node:net";
import { chromium } from "@playwright/test";
import { createStaticServer } from "../../lib/serve/server";
import { chromiumArgs, chromiumPath } from "../e2e/browser";
import { htmlFiles } from "../e2e/quality/site-files";

const TOOL_PAGE_SCRIPT_BUDGET = 100 * 1024;

const pages = [
  { name: "home", url: "/" },
  { name: "server", url: "/servers/telegram-mcp-complete/" },
  { name: "tool", url: "/servers/telegram-mcp-complete/terminate_session/" },
  { name: "listing", url: "/risk/critical/" },
];

interface BuildStats {
  totalS: number;
  nextBuildS: number;
}

function readBuildStats(): BuildStats {
  if (process.argv.includes("--build")) {
    const result = spawnSync("npm", ["run", "build"], { stdio: ["ignore", "ignore", "inherit"] });
    if (result.status !== 0) throw new Error("npm run build failed");
  }
  const file = path.resolve(".cache/build-stats.json");
  if (!fs.existsSync(file)) throw new Error("no .cache/build-stats.json: run `npm run build` first, or pass --build");
  return JSON.parse(fs.readFileSync(file, "utf8")) as BuildStats;
}

async function measurePage(base: string, url: string, browser: import("@playwright/test").Browser) {
  const page = await browser.newPage();
  const bodies: Promise<{ kind: "script" | "html" | "other"; raw: number; gzip: number }>[] = [];
  page.on("response", (response) => {
    const type = response.request().resourceType();
    const kind = type === "script" ? "script" : type === "document" ? "html" : "other";
    bodies.push(
      response.body().then(
        (body) => ({ kind, raw: body.length, gzip: zlib.gzipSync(body, { level: 6 }).length }),
        () => ({ kind, raw: 0, gzip: 0 }),
      ),
    );
  });
  await page.goto(`${base}${url}`, { waitUntil: "networkidle" });
  const loaded = await Promise.all(bodies);
  await page.close();
  const sum = (kind: string, key: "raw" | "gzip") => loaded.filter((b) => b.kind === kind).reduce((n, b) => n + b[key], 0);
  return {
    scriptGzip: sum("script", "gzip"),
    scriptRaw: sum("script", "raw"),
    htmlGzip: sum("html", "gzip"),
    requests: loaded.length,
  };
}

async function main() {
  const stats = readBuildStats();
  const pageCount = htmlFiles().length;
  const server = createStaticServer(path.resolve("out"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const rows: Record<string, Awaited<ReturnType<typeof measurePage>>> = {};
  try {
    for (const { name, url } of pages) rows[name] = await measurePage(base, url, browser);
  } finally {
    await browser.close();
    server.close();
  }

  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log("page       script (gzip)   script (raw)   HTML (gzip)   requests");
  for (const [name, r] of Object.entries(rows)) {
    console.log(`${name.padEnd(10)} ${kb(r.scriptGzip).padStart(13)} ${kb(r.scriptRaw).padStart(14)} ${kb(r.htmlGzip).padStart(13)} ${String(r.requests).padStart(10)}`);
  }
  const toolScript = rows.tool?.scriptGzip ?? 0;
  console.log(`tool page script budget: ${kb(toolScript)} of ${kb(TOOL_PAGE_SCRIPT_BUDGET)} ${toolScript < TOOL_PAGE_SCRIPT_BUDGET ? "(within)" : "(OVER)"}`);
  console.log(`full export: ${pageCount} HTML pages; next build ${stats.nextBuildS.toFixed(1)} s (${(pageCount / stats.nextBuildS).toFixed(1)} pages/s); whole build incl. import and search index ${stats.totalS.toFixed(1)} s`);
  console.log(JSON.stringify({ pages: rows, htmlPages: pageCount, nextBuildS: stats.nextBuildS, totalBuildS: stats.totalS, pagesPerSecond: pageCount / stats.nextBuildS }));
}

main().catch((error: unknown) => {
  console.error(`bench:pages: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
