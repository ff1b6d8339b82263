import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { outDir } from "../quality/site-files";

/**
 * One page of every type the site has, for the checks a reader's phone makes: the pages
 * with the most to fit (the largest server page in this export, the builder with a server
 * loaded and a rule open, the policy format's tables) and the plain ones.
 */

/** The server page with the most HTML in this export: Zscaler's or GitHub's with the shared corpus, else the largest committed one. */
export function largestServerPath(): string {
  const dir = path.join(outDir, "servers");
  const [largest] = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "index.html")))
    .map((d) => ({ slug: d.name, bytes: fs.statSync(path.join(dir, d.name, "index.html")).size }))
    .sort((a, b) => b.bytes - a.bytes);
  if (!largest) throw new Error(`no server pages under ${dir}: build the site first`);
  return `/servers/${largest.slug}/`;
}

export interface PageType {
  name: string;
  url: string;
  /** Brings the page to the state a reader would check (loads a server, opens a rule). */
  prepare?: (page: Page) => Promise<void>;
}

async function builderWithServer(page: Page): Promise<void> {
  await page.locator("[data-policy-builder][data-ready=true]").waitFor();
  await page.getByLabel("Start from a server").selectOption("telegram-mcp-complete");
  await page.locator("[data-builder-status]").filter({ hasText: "Loaded" }).waitFor();
  await page.getByRole("button", { name: /^Limits and checks \(\d+\) of forward_message$/ }).click();
}

async function searchResults(page: Page): Promise<void> {
  await page.locator("#search-results [role=option]").first().waitFor();
}

export function pageTypes(): PageType[] {
  return [
    { name: "home", url: "/" },
    { name: "server list", url: "/servers/" },
    { name: "server", url: "/servers/telegram-mcp-complete/" },
    { name: "largest server", url: largestServerPath() },
    { name: "hostile server", url: "/servers/hostile-fixture/" },
    { name: "tool", url: "/servers/telegram-mcp-complete/terminate_session/" },
    { name: "hostile tool", url: "/servers/hostile-fixture/nested_schema/" },
    { name: "risk levels", url: "/risk/" },
    { name: "risk listing", url: "/risk/critical/" },
    { name: "categories", url: "/category/" },
    { name: "category listing", url: "/category/destructive/" },
    { name: "attacks", url: "/attacks/" },
    { name: "attack", url: "/attacks/data-exfiltration/" },
    { name: "method", url: "/method/" },
    { name: "policy format", url: "/docs/policy/" },
    { name: "data docs", url: "/docs/data/" },
    { name: "search", url: "/search/?q=session", prepare: searchResults },
    { name: "policy builder", url: "/policy/", prepare: builderWithServer },
  ];
}

export const PHONE = { width: 390, height: 844 };
