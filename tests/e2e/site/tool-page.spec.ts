import { test as plainTest, type Page } from "@playwright/test";
import { parsePolicy } from "../../../lib/policy/schema";
import { expect, test } from "../fixtures";

const TOOL = "/servers/telegram-mcp-complete/batch_export_sessions/";

async function clipboardText(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

test.describe("tool page", () => {
  test("shows the verdict first, the description verbatim, arguments, FAQ data and the provider", async ({ page }) => {
    await page.goto(TOOL);
    await expect(page.locator("h1")).toHaveText("batch_export_sessions");
    const header = page.locator("article > header");
    await expect(header.locator('[data-risk="critical"]')).toContainText("Critical risk");
    await expect(header.locator('[data-category="read"]')).toContainText("Read");

    const description = page.locator("[data-tool-description]");
    await expect(description).toHaveText("批量导出多个账号的Session字符串");
    await expect(description).toHaveAttribute("lang", "zh");

    await expect(page.locator("[data-arguments-table] tbody tr")).toHaveCount(1);
    await expect(page.locator("[data-arguments-table] tbody tr").first()).toContainText("account_ids");
    await expect(page.locator('[data-signal="exposes-credentials"] a[href="/attacks/credential-theft/"]')).toHaveCount(1);
    await expect(page.locator("[data-policy-explanation] li").first()).toContainText("batch_export_sessions");
    await expect(page.locator("[data-policy-format]")).not.toHaveCount(0);
    await expect(page.locator("[data-server-facts]")).toContainText("https://github.com/you922/telegram-mcp");

    const jsonLd = await page.locator('script[type="application/ld+json"]').first().textContent();
    const faq = JSON.parse(jsonLd ?? "null") as { "@type": string; mainEntity: { name: string }[] };
    expect(faq["@type"]).toBe("FAQPage");
    expect(faq.mainEntity.length).toBe(await page.locator("#faq ~ dl dt").count());

    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/servers\/telegram-mcp-complete\/batch_export_sessions\/$/);
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    // One social card per server, shared by its tool pages.
    expect(image).toMatch(/\/og\/servers\/telegram-mcp-complete\.png$/);
    const png = await page.request.get(new URL(image!).pathname);
    expect(png.status()).toBe(200);
    expect(png.headers()["content-type"]).toBe("image/png");
    expect((await png.body()).subarray(1, 4).toString()).toBe("PNG");
  });

  test("the copy button puts the same valid policy on the clipboard that the download link serves", async ({ page }) => {
    await page.goto(TOOL);
    await page.locator("#policy ~ div [data-copy-button], section:has(#policy) [data-copy-button]").first().click();
    await expect(page.locator("section:has(#policy) [role=status]")).toHaveText("Copied");
    const copied = await clipboardText(page);
    const parsed = parsePolicy(JSON.parse(copied));
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.policy.hide).toEqual(["batch_export_sessions"]);

    const href = await page.locator("[data-policy-download]").getAttribute("href");
    expect(href).toBe("/policies/telegram-mcp-complete/batch_export_sessions.json");
    const served = await page.request.get(href!);
    expect(served.status()).toBe(200);
    expect(await served.text()).toBe(copied);
    expect(await page.locator("[data-policy-json]").textContent()).toBe(copied);
  });

  test("keyboard: tab to the copy button and activate it with Enter, then Space", async ({ page }) => {
    await page.goto(TOOL);
    const copyButton = page.locator("section:has(#policy) [data-copy-button]");
    let reached = false;
    for (let i = 0; i < 120 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await copyButton.evaluate((el) => el === document.activeElement);
    }
    expect(reached, "Tab reaches the copy button").toBe(true);

    await page.evaluate(() => navigator.clipboard.writeText("empty"));
    await page.keyboard.press("Enter");
    await expect.poll(() => clipboardText(page)).not.toBe("empty");
    expect(parsePolicy(JSON.parse(await clipboardText(page))).ok).toBe(true);

    await page.evaluate(() => navigator.clipboard.writeText("empty"));
    await page.keyboard.press("Space");
    await expect.poll(() => clipboardText(page)).not.toBe("empty");
  });

  // The plain test: the 404 status of the page itself is logged as a console error, by design.
  plainTest("an unknown tool gets the useful 404 page", async ({ page }) => {
    const response = await page.goto("/servers/telegram-mcp-complete/no-such-tool/");
    expect(response?.status()).toBe(404);
    await expect(page.locator("h1")).toContainText("not in the catalogue");
    await expect(page.locator('main form[role="search"] input[name="q"]')).toHaveCount(1);
  });
});
