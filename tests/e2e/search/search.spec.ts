import fs from "node:fs";
import path from "node:path";
import { needsShared } from "../../shared-corpus";
import { test, expect } from "../fixtures";

/**
 * The search box and page on the exported site (built by `npm run build`, so the index is
 * the real one: content/ plus ../shared/index when present).
 */

const sharedIndex = needsShared("index/servers.jsonl");

test("/ focuses the header box from anywhere; arrows and Enter open a result", async ({ page }) => {
  await page.goto("/");
  const box = page.locator("#header-search-q");
  await page.locator("body").press("/");
  await expect(box).toBeFocused();
  await page.keyboard.type("terminate_sess");
  const options = page.getByRole("listbox", { name: "Search results" }).getByRole("option");
  await expect(options.first()).toContainText("terminate_session");
  await expect(options.first().locator("mark").first()).toHaveText(/terminate/i);
  await expect(options.first().locator("[data-risk]")).toHaveAttribute("data-risk", "critical");
  await page.keyboard.press("ArrowDown");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/servers\/telegram-mcp-complete\/terminate_session\/$/);
});

test("/ typed in another field stays in that field", async ({ page }) => {
  await page.goto("/search/");
  const own = page.locator("#search-page-q");
  await own.click();
  await page.keyboard.type("a/b");
  await expect(own).toHaveValue("a/b");
  await expect(page.locator("#header-search-q")).not.toBeFocused();
});

test("Enter with nothing chosen goes to the search page with the query in the URL", async ({ page }) => {
  await page.goto("/");
  await page.locator("#header-search-q").fill("session");
  await page.locator("#header-search-q").press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=session$/);
  await expect(page.locator("#search-page-q")).toHaveValue("session");
  await expect(page.locator("#search-results [role=option]").first()).toBeVisible();
});

test("a shared URL restores query and filters; filters combine and update the URL", async ({ page }) => {
  await page.goto("/search/?q=session&risk=critical");
  await expect(page.locator("#search-page-q")).toHaveValue("session");
  await expect(page.getByRole("checkbox", { name: "Critical" })).toBeChecked();
  const results = page.locator("#search-results [role=option]");
  await expect(results.first()).toBeVisible();
  const risks = await results.locator("[data-risk]").evaluateAll((els) => els.map((el) => el.getAttribute("data-risk")));
  expect(risks.length).toBeGreaterThan(0);
  expect(new Set(risks)).toEqual(new Set(["critical"]));

  await page.getByRole("checkbox", { name: "Destructive" }).check();
  await expect(page).toHaveURL(/[?&]risk=critical&category=destructive$/);
  // The last answer stays on screen while the new one is on its way: read the new one.
  await expect(page.locator("#search-results")).toHaveAttribute("aria-busy", "false");
  await expect(results.first()).toBeVisible();
  const categories = await results.locator("[data-category]").evaluateAll((els) => els.map((el) => el.getAttribute("data-category")));
  expect(new Set(categories)).toEqual(new Set(["destructive"]));
  // Servers have no category, so none is listed under a category filter.
  await expect(results.filter({ hasText: /^Server/ })).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Destructive" })).toBeChecked();
  await expect(page.locator("#search-page-q")).toHaveValue("session");
});

test("arrows move through the page's results and Enter opens one", async ({ page }) => {
  await page.goto("/search/?q=terminate_session");
  const input = page.locator("#search-page-q");
  await expect(page.locator("#search-results [role=option]").first()).toContainText("terminate_session");
  await input.press("ArrowDown");
  await expect(page.locator("#search-results [role=option]").first()).toHaveAttribute("aria-selected", "true");
  await input.press("Enter");
  await expect(page).toHaveURL(/\/servers\/telegram-mcp-complete\/terminate_session\/$/);
});

test("Chinese text and typos find results", async ({ page }) => {
  await page.goto("/search/?q=会话");
  await expect(page.locator("#search-results")).toContainText("terminate_session");
  await page.locator("#search-page-q").fill("telgram");
  await expect(page.locator("#search-results [role=option]").first()).toContainText("telegram");
});

test("a query that matches nothing says so and suggests what to do", async ({ page }) => {
  await page.goto("/search/?q=qqxqzzvv");
  await expect(page.getByTestId("search-empty")).toContainText("Nothing matches “qqxqzzvv”");
});

test("a server with no tool list leads to its description, repository and how to import it", async ({ page }) => {
  test.skip(!sharedIndex.available, sharedIndex.reason);
  // An index entry with a catalogue page (committed or imported), or the same repository as one,
  // is shown as that catalogue entry: the server wanted here has neither.
  const catalogued = new Set<string>();
  for (const dir of ["content/servers", ".cache/imported/servers"]) {
    if (!fs.existsSync(dir)) continue;
    for (const slug of fs.readdirSync(dir)) {
      catalogued.add(slug);
      const file = path.join(dir, slug, "server.md");
      const repository = fs.existsSync(file) ? /^repository: (\S+)/m.exec(fs.readFileSync(file, "utf8"))?.[1] : undefined;
      if (repository) catalogued.add(repository.toLowerCase().replace(/\.git$|\/+$/g, ""));
    }
  }
  const first = fs
    .readFileSync(sharedIndex.path, "utf8")
    .split("\n")
    .map((line) => (line ? (JSON.parse(line) as { name: string; repository?: string }) : undefined))
    .find(
      (s) =>
        s &&
        /^[a-z][a-z0-9-]{5,}$/.test(s.name) &&
        s.repository?.startsWith("https://") &&
        !catalogued.has(s.name) &&
        !catalogued.has(s.repository.toLowerCase().replace(/\.git$|\/+$/g, "")),
    );
  test.skip(!first, "no suitable index server");
  await page.goto(`/search/?q=${encodeURIComponent(first!.name)}`);
  const result = page.locator("#search-results [role=option]").filter({ hasText: first!.name }).first();
  await expect(result).toContainText("tools not classified yet");
  await result.click();
  await expect(page).toHaveURL(new RegExp(`[?&]server=${first!.name}`));
  const detail = page.getByTestId("server-detail");
  await expect(detail).toContainText("Its tools are not classified yet");
  await expect(detail).toContainText("catalogue -- import --stdio");
  await expect(detail.getByRole("link", { name: first!.repository! })).toBeVisible();
});
