import { expect, test } from "../fixtures";

/** /servers/: every server as a card, told apart where titles repeat, with a filter and a sort that live in the address. */

async function cards(page: import("@playwright/test").Page) {
  return page.locator("[data-server-cards] > li:not([hidden])");
}

test("cards that share a title carry a subtitle that tells them apart", async ({ page }) => {
  await page.goto("/servers/");
  const labels = await page.locator("[data-server-cards] > li").evaluateAll((items) =>
    items.map((item) => ({
      title: item.querySelector("a")?.textContent?.trim().toLowerCase() ?? "",
      subtitle: item.querySelector("[data-server-subtitle]")?.textContent ?? "",
    })),
  );
  const seen = new Map<string, number>();
  for (const { title } of labels) seen.set(title, (seen.get(title) ?? 0) + 1);
  for (const { title, subtitle } of labels) if ((seen.get(title) ?? 0) > 1) expect(subtitle, `"${title}" is repeated and has no subtitle`).not.toBe("");
  const full = labels.map(({ title, subtitle }) => `${title}\n${subtitle}`);
  expect(new Set(full).size, "two cards read the same").toBe(full.length);

  // The server's own page carries the same subtitle under its title.
  const twin = page.locator("[data-server-cards] > li").filter({ has: page.locator("[data-server-subtitle]") }).first();
  if ((await twin.count()) > 0) {
    const subtitle = await twin.locator("[data-server-subtitle]").textContent();
    await twin.locator("a").first().click();
    await expect(page.locator("article > header [data-server-subtitle]")).toHaveText(subtitle ?? "");
  }
});

test("descriptions on cards are plain text, not markdown", async ({ page }) => {
  await page.goto("/servers/");
  const texts = await page.locator("[data-server-cards] > li > p.muted").allTextContents();
  for (const text of texts) expect(text).not.toMatch(/(^|\s)#{1,6}\s|\*\*|__\w|:(tada|rocket|sparkles):/);
});

test("the list filters by words and by riskiest tool, sorts, and keeps it all in the address", async ({ page }) => {
  await page.goto("/servers/");
  const all = await (await cards(page)).count();
  const query = page.getByLabel("Find a server");
  await expect(query).toBeVisible();
  await expect(page.locator("[data-server-count]")).toHaveText(`Showing all ${all} servers.`);

  await query.fill("telegram");
  await expect(await cards(page)).toHaveCount(1);
  await expect((await cards(page)).first()).toContainText("Telegram");
  await expect(page.locator("[data-server-count]")).toHaveText(`Showing 1 of ${all} servers.`);
  await expect(page).toHaveURL(/\/servers\/\?q=telegram$/);

  await query.fill("no server is called this");
  await expect(await cards(page)).toHaveCount(0);
  await expect(page.locator("[data-server-none]")).toBeVisible();

  await query.fill("");
  await page.getByLabel("Riskiest tool").selectOption("low");
  const riskiest = await (await cards(page)).evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.mix ?? ""));
  expect(riskiest.length).toBeGreaterThan(0);
  for (const mix of riskiest) expect(mix, "a card with tools above low risk").toMatch(/^[1-9]\d*,0,0,0$/);

  await page.getByLabel("Riskiest tool").selectOption("");
  await page.getByLabel("Sort", { exact: true }).selectOption("tools");
  const counts = await (await cards(page)).evaluateAll((items) => items.map((item) => Number((item as HTMLElement).dataset.tools)));
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  await expect(page).toHaveURL(/\/servers\/\?sort=tools$/);

  await page.reload();
  await expect(page.getByLabel("Sort", { exact: true })).toHaveValue("tools");
  const again = await (await cards(page)).evaluateAll((items) => items.map((item) => Number((item as HTMLElement).dataset.tools)));
  expect(again).toEqual(counts);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the list shows every server and no controls that would do nothing", async ({ page }) => {
    await page.goto("/servers/");
    await expect(page.locator("[data-server-controls]")).toBeHidden();
    expect(await page.locator("[data-server-cards] > li").count()).toBeGreaterThan(5);
  });
});
