import type { Page } from "@playwright/test";
import { parsePolicy } from "../../../lib/policy/schema";
import { expect, test } from "../fixtures";

/**
 * The page enhancer (public/enhance.js) on pages stripped of Next's runtime and on pages that
 * still hydrate: header search and copy buttons behave the same on both.
 */

const TOOL = "/servers/telegram-mcp-complete/terminate_session/";
const SERVER = "/servers/telegram-mcp-complete/";

/** Every script URL the page requests while it loads. */
function watchScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  return scripts;
}

async function searchFromHeader(page: Page): Promise<void> {
  const box = page.getByRole("combobox", { name: "Search tools and servers" });
  await page.locator("body").press("/");
  await expect(box).toBeFocused();
  await page.keyboard.type("batch_export");
  await expect(box).toHaveAttribute("aria-expanded", "true");
  const options = page.getByRole("listbox", { name: "Search results" }).getByRole("option");
  await expect(options.first()).toContainText("batch_export_sessions");
  await expect(options.first().locator("mark").first()).toHaveText(/batch/i);
  await expect(options.first().locator("[data-risk]")).toHaveAttribute("data-risk", "critical");
  await expect(options.first().locator("[data-risk]")).toContainText("Critical risk");
  await page.keyboard.press("ArrowDown");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await expect(box).toHaveAttribute("aria-activedescendant", (await options.first().getAttribute("id"))!);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("listbox", { name: "Search results" })).toBeHidden();
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await box.fill("batch_export");
  await expect(options.first()).toContainText("batch_export_sessions");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/servers\/telegram-mcp-complete\/batch_export_sessions\/$/);
  await expect(page.locator("h1")).toHaveText("batch_export_sessions");
}

test("a tool page loads no framework script, only the enhancer", async ({ page }) => {
  const scripts = watchScripts(page);
  await page.goto(TOOL, { waitUntil: "networkidle" });
  expect(scripts.filter((url) => url.includes("/_next/"))).toEqual([]);
  expect(scripts).toContain("/enhance.js");
  // Still styled, still carrying its structured data.
  await expect(page.locator('link[rel="stylesheet"][href^="/_next/"]')).not.toHaveCount(0);
  await expect(page.locator('script[type="application/ld+json"]')).not.toHaveCount(0);
});

test("pages with a React island keep the framework; a server page, whose table the enhancer sorts, and the search page, which the enhancer draws, do not", async ({ page }) => {
  {
    const scripts = watchScripts(page);
    await page.goto("/policy/", { waitUntil: "networkidle" });
    expect(scripts.some((s) => s.startsWith("/_next/")), "/policy/ loads the framework").toBe(true);
  }
  for (const url of [SERVER, "/search/?q=terminate_session"]) {
    const scripts = watchScripts(page);
    await page.goto(url, { waitUntil: "networkidle" });
    expect(scripts.filter((s) => s.includes("/_next/")), `${url} loads no framework script`).toEqual([]);
    expect(scripts).toContain("/enhance.js");
    // The search page's own script is loaded by the search page alone.
    expect(scripts.includes("/search-page.js"), `${url} loads the search page script`).toBe(url.startsWith("/search/"));
  }
});

test("header search on a page without the framework: results as you type, keyboard, Escape", async ({ page }) => {
  await page.goto(TOOL);
  await searchFromHeader(page);
});

test("header search on a hydrated page works the same", async ({ page }) => {
  await page.goto("/policy/", { waitUntil: "networkidle" });
  await searchFromHeader(page);
});

test("without script the header search is a plain form to the search page", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(TOOL);
  await page.getByRole("searchbox", { name: "Search tools and servers" }).fill("session");
  await page.getByRole("searchbox", { name: "Search tools and servers" }).press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=session$/);
  await context.close();
});

test("the copy button on a stripped page copies the policy and says so", async ({ page }) => {
  await page.goto(TOOL);
  await page.evaluate(() => navigator.clipboard.writeText("empty"));
  await page.locator("section:has(#policy) [data-copy-button]").click();
  await expect(page.locator("section:has(#policy) [role=status]")).toHaveText("Copied");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(parsePolicy(JSON.parse(copied)).ok).toBe(true);
  expect(copied).toBe(await page.locator("[data-policy-json]").textContent());
});

test("an attack page's policy example copies", async ({ page }) => {
  await page.goto("/attacks/credential-theft/");
  const figure = page.locator("[data-attack-policy]").first();
  await figure.getByRole("button", { name: "Copy policy" }).click();
  await expect(figure.locator("[role=status]")).toHaveText("Copied");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await figure.locator("pre").textContent());
  expect(parsePolicy(JSON.parse(copied)).ok).toBe(true);
});

test("a hydrated page navigates on the client to pages that keep their payload, and loads tool pages as documents", async ({ page }) => {
  await page.goto("/policy/", { waitUntil: "networkidle" });
  // A marker on window survives only while navigation stays client-side.
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Servers" }).click();
  await expect(page).toHaveURL(/\/servers\/$/);
  await page.locator('a[href="/servers/telegram-mcp-complete/"]').first().click();
  await expect(page).toHaveURL(/\/servers\/telegram-mcp-complete\/$/);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  // Tool pages have no payload files (the build deletes them): their links are plain and load the page.
  await page.locator('[data-tools-table] a[href="/servers/telegram-mcp-complete/terminate_session/"]').first().click();
  await expect(page).toHaveURL(/\/servers\/telegram-mcp-complete\/terminate_session\/$/);
  await expect(page.locator("h1")).toHaveText("terminate_session");
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBeUndefined();
  // The page enhancer is a deferred script: a click before the page has loaded can come before it
  // (the likely cause of one failure under load), and the button is only promised to work once
  // the page has.
  await page.waitForLoadState("load");
  await page.locator("section:has(#policy) [data-copy-button]").click();
  await expect(page.locator("section:has(#policy) [role=status]")).toHaveText("Copied");
});

test("the tools table sorts on a server page reached by client navigation", async ({ page }) => {
  await page.goto("/policy/", { waitUntil: "networkidle" });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Servers" }).click();
  await page.locator('a[href="/servers/telegram-mcp-complete/"]').first().click();
  await expect(page).toHaveURL(/\/servers\/telegram-mcp-complete\/$/);
  await page.locator('[data-sort="name"]').click();
  await expect(page.locator("th:has([data-sort=name])")).toHaveAttribute("aria-sort", "ascending");
  const names = await page.locator("[data-tools-table] tbody tr td:first-child").allTextContents();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
});

test("hostile text in header search results stays text", async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { __alerts: string[] }).__alerts = [];
    window.alert = (message?: unknown) => (window as unknown as { __alerts: string[] }).__alerts.push(String(message));
  });
  await page.goto(TOOL);
  await page.locator("#header-search-q").fill("inject_markup");
  const option = page.getByRole("listbox", { name: "Search results" }).getByRole("option").filter({ hasText: "inject_markup" }).first();
  await expect(option).toContainText("<img src=x onerror=alert(1)>");
  await expect(page.locator('[role=listbox] img, [role=listbox] script, img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __alerts: string[] }).__alerts)).toEqual([]);
});

test("hostile text in the search page's results stays text", async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { __alerts: string[] }).__alerts = [];
    window.alert = (message?: unknown) => (window as unknown as { __alerts: string[] }).__alerts.push(String(message));
  });
  await page.goto("/search/?q=inject_markup");
  const option = page.locator("#search-results [role=option]").filter({ hasText: "inject_markup" }).first();
  await expect(option).toContainText("<img src=x onerror=alert(1)>");
  await expect(page.locator('#search-results img, #search-results script, img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __alerts: string[] }).__alerts)).toEqual([]);
});

test("the header's Search link loads the search page as a document, which works without the framework", async ({ page }) => {
  await page.goto("/policy/", { waitUntil: "networkidle" });
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\/$/);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBeUndefined();
  await page.locator("#search-page-q").fill("terminate_session");
  await expect(page.locator("#search-results [role=option]").first()).toContainText("terminate_session");
  await expect(page).toHaveURL(/\/search\/\?q=terminate_session$/);
});
