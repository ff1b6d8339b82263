import { test, expect } from "../fixtures";

/**
 * Search over a bad network: index files live under the build's version
 * (/search/<version>/...), a failed request is retried, and when every try fails the page
 * says so and offers to try again.
 */

const INDEX_FILE = /\/search\/[0-9a-f]{16}\/t\/\d+\.json$/;

test("an index request that fails once is retried, and the results come", async ({ page, context }) => {
  const requests: string[] = [];
  await context.route(INDEX_FILE, async (route) => {
    requests.push(route.request().url());
    if (requests.length === 1) await route.abort("connectionreset");
    else await route.continue();
  });
  await page.goto("/search/?q=terminate_session");
  await expect(page.locator("#search-results [role=option]").first()).toContainText("terminate_session");
  // Other index files load alongside; the one that failed must have been asked for again.
  expect(requests.slice(1)).toContain(requests[0]);
});

test("when the index cannot be loaded the page says so, and Try again recovers", async ({ page, context }) => {
  let failing = true;
  await context.route(INDEX_FILE, async (route) => {
    if (failing) await route.abort("internetdisconnected");
    else await route.continue();
  });
  await page.goto("/search/?q=terminate_session");
  const failed = page.getByTestId("search-failed");
  await expect(failed).toContainText("Search could not load its index");
  await expect(page.getByTestId("search-status")).toContainText("Search failed");
  failing = false;
  await failed.getByRole("button", { name: "Try again" }).click();
  await expect(page.locator("#search-results [role=option]").first()).toContainText("terminate_session");
  await expect(failed).toHaveCount(0);
});

test("the header box of a stored page finds the index through search/current.json", async ({ page }) => {
  // Tool and server pages are reused across builds, so their script cannot name the index:
  // it reads search/current.json first and starts the worker of the version named there.
  const requested: string[] = [];
  page.on("request", (request) => requested.push(new URL(request.url()).pathname));
  await page.goto("/servers/telegram-mcp-complete/terminate_session/");
  await page.getByRole("combobox", { name: "Search tools and servers" }).fill("batch_export");
  const options = page.getByRole("listbox", { name: "Search results" }).getByRole("option");
  await expect(options.first()).toContainText("batch_export_sessions");
  const current = (await (await page.request.get("/search/current.json")).json()) as { version: string };
  expect(requested).toContain("/search/current.json");
  expect(requested).toContain(`/search/${current.version}/worker.js`);
});
