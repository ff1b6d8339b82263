import { expect, test } from "../fixtures";

/**
 * Search puts a server that has a catalogue page before index-only entries of the same
 * name, and shows an index entry that is a catalogued server (same repository or package)
 * once, as the catalogue entry. The index the build used is the shared one or a small
 * test file (CATALOGUE_INDEX); both hold an archived "github" entry and a "playwright"
 * entry whose repository is the catalogued Playwright server's.
 */

test("searching github shows a catalogued GitHub server first, in the header box and on the page", async ({ page }) => {
  await page.goto("/");
  await page.locator("#header-search-q").fill("github");
  const suggestions = page.locator("#header-search-results [role=option]");
  await expect(suggestions.first()).toBeVisible();
  const first = suggestions.first().locator("[data-testid=result-name]");
  await expect(first).toContainText("github");
  await expect(first).not.toHaveText("github");

  await page.goto("/search/?q=github");
  const results = page.locator("#search-results [role=option]");
  await expect(results.first()).toBeVisible();
  await expect(results.first().locator("a")).toHaveAttribute("href", /^\/servers\/[^/]+\/$/);
  const names = await results.locator("[data-testid=result-name]").allTextContents();
  const archived = names.indexOf("github");
  if (archived >= 0) expect(archived, `the index-only "github" entry is above a catalogued server: ${names.join(", ")}`).toBeGreaterThan(0);
});

test("an index entry that is a catalogued server is shown once, as the catalogue's page", async ({ page }) => {
  await page.goto("/search/?q=playwright");
  const results = page.locator("#search-results [role=option]");
  await expect(results.first()).toBeVisible();
  const servers = await results.evaluateAll((items) =>
    items
      .filter((item) => item.textContent?.startsWith("Server"))
      .map((item) => ({ name: item.querySelector("[data-testid=result-name]")?.textContent ?? "", href: item.querySelector("a")?.getAttribute("href") ?? "" })),
  );
  expect(servers.map((s) => s.href)).toContain("/servers/playwright-mcp/");
  expect(servers.filter((s) => s.name === "playwright" && !s.href.startsWith("/servers/")), JSON.stringify(servers)).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the search page says search needs JavaScript and links the listings", async ({ page }) => {
    await page.goto("/search/?q=delete");
    const message = page.locator("[data-search-noscript]");
    await expect(message).toBeVisible();
    await expect(message).toContainText("Search needs JavaScript");
    for (const href of ["/servers/", "/risk/", "/category/"]) await expect(message.locator(`a[href="${href}"]`)).toHaveCount(1);
  });
});

test("with JavaScript the no-script message stays out of sight", async ({ page }) => {
  await page.goto("/search/?q=delete");
  await expect(page.locator("#search-page-q")).toBeVisible();
  await expect(page.getByText("Search needs JavaScript")).toHaveCount(0);
});
