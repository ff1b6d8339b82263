import type { Page } from "@playwright/test";
import { byteLength, sizeText } from "../../../lib/catalogue/file-size";
import { exportContext, type ExportInput } from "../../../lib/enhance/export-input";
import { policyExports, rulesFileName } from "../../../lib/policy/exports";
import { parsePolicy } from "../../../lib/policy/schema";
import { LARGE_SERVER_SLUG } from "../../fixtures/large-server/names";
import { expect, test } from "../fixtures";

/**
 * A server page whose policy and client exports are too large to show (lib/catalogue/server-files.ts)
 * links them: the e2e build holds such a server (tests/fixtures/large-server, 360 tools).
 */

const PAGE = `/servers/${LARGE_SERVER_SLUG}/`;

async function servedInput(page: Page): Promise<ExportInput> {
  const src = await page.locator("[data-client-exports]").getAttribute("data-export-input-src");
  expect(src).toBeTruthy();
  return (await (await page.request.get(src!)).json()) as ExportInput;
}

test.describe("a server page too large to show its files", () => {
  test("links its policy, each export and the page script's input instead of carrying them", async ({ page }) => {
    await page.goto(PAGE);
    const pageText = (await page.evaluate(() => document.documentElement.textContent)) ?? "";
    await expect(page.locator("[data-policy-json]")).toHaveCount(0);
    await expect(page.locator('[data-export-part="content"], [data-export-part="rules"]')).toHaveCount(0);
    await expect(page.locator("script[data-export-input]")).toHaveCount(0);
    const links = page.locator("[data-linked-file-link]");
    await expect(links).toHaveCount(9);

    // Every link serves its file, none of which is in the page, and the page says how large it is.
    for (const link of await links.all()) {
      const href = (await link.getAttribute("href"))!;
      const served = await page.request.get(href);
      expect(served.status(), href).toBe(200);
      const text = await served.text();
      const lines = text.split("\n").slice(1, 6).join("\n");
      expect(lines.length, href).toBeGreaterThan(40);
      expect(pageText.includes(lines), `${href} is in the page`).toBe(false);
      const box = page.locator("[data-linked-file]", { has: page.locator(`a[href="${href}"]`) });
      await expect(box.locator("[data-linked-file-size]")).toHaveText(sizeText(byteLength(text)));
      if (href.endsWith(".json")) expect(() => JSON.parse(text), href).not.toThrow();
    }

    const policyHref = (await page.locator("[data-policy-download]").getAttribute("href"))!;
    expect(parsePolicy(JSON.parse(await (await page.request.get(policyHref)).text())).ok).toBe(true);
  });

  test("the served exports are the exports the catalogue makes for the server, byte for byte", async ({ page }) => {
    await page.goto(PAGE);
    const input = await servedInput(page);
    expect(input.slug).toBe(LARGE_SERVER_SLUG);
    for (const format of policyExports(exportContext(input, input.slug))) {
      const card = page.locator(`[data-policy-format="${format.id}"]`);
      const file = card.locator('[data-export-linked="content"] [data-linked-file-link]');
      const rules = card.locator('[data-export-linked="rules"] [data-linked-file-link]');
      await expect(file).toHaveAttribute("download", format.fileName);
      await expect(rules).toHaveAttribute("download", rulesFileName(format));
      expect(await (await page.request.get((await file.getAttribute("href"))!)).text()).toBe(format.content);
      expect(await (await page.request.get((await rules.getAttribute("href"))!)).text()).toBe(format.rules);
    }
  });

  test("shows a file in the page on request, and copies what it shows", async ({ page }) => {
    await page.goto(PAGE);
    const card = page.locator('[data-policy-format="claude-code"]');
    await card.locator("summary").first().click();
    const box = card.locator('[data-export-linked="content"]');
    const served = await (await page.request.get((await box.locator("[data-linked-file-link]").getAttribute("href"))!)).text();
    await box.getByRole("button", { name: "Show it here" }).click();
    await expect(box.locator("pre")).toBeVisible();
    expect(await box.locator("pre").textContent()).toBe(served);
    await box.getByRole("button", { name: "Copy it" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(served);

    const policy = page.locator("section:has(#policy) [data-linked-file]");
    await policy.getByRole("button", { name: "Show it here" }).click();
    await expect(policy.locator("pre")).toBeVisible();
    expect(JSON.parse((await policy.locator("pre").textContent())!)).toEqual((await servedInput(page)).policy);
  });

  test("the reader's name for the server rewrites the linked exports", async ({ page }) => {
    await page.goto(PAGE);
    const field = page.getByLabel("What your client's config calls this server");
    await expect(field).toHaveValue(LARGE_SERVER_SLUG);
    const claude = page.locator('[data-policy-format="claude-code"]');
    await claude.locator("summary").first().click();
    const whole = claude.locator('[data-export-linked="content"]');
    const builtHref = await whole.locator("[data-linked-file-link]").getAttribute("href");
    await whole.getByRole("button", { name: "Show it here" }).click();
    await expect(whole.locator("pre")).toContainText(`mcp__${LARGE_SERVER_SLUG}__`);

    await field.fill("big");
    await expect(whole.locator("[data-linked-file-link]")).toHaveAttribute("href", /^blob:/);
    await expect(whole.locator("pre")).toContainText("mcp__big__");
    await expect(whole.locator("pre")).not.toContainText(`mcp__${LARGE_SERVER_SLUG}__`);
    const input = await servedInput(page);
    const expected = policyExports(exportContext(input, "big"));
    expect(await whole.locator("pre").textContent()).toBe(expected.find((e) => e.id === "claude-code")!.content);
    const geminiPolicy = page.locator('[data-policy-format="gemini-policy"] [data-export-linked="content"] [data-linked-file-link]');
    await expect(geminiPolicy).toHaveAttribute("download", "big.toml");
    expect(Object.keys(JSON.parse(await page.locator('[data-guard-part="config"]').innerText()).mcpServers)).toEqual(["big"]);

    // Back to the catalogue's name: the links serve the built files again.
    await field.fill(LARGE_SERVER_SLUG);
    await expect(whole.locator("[data-linked-file-link]")).toHaveAttribute("href", builtHref!);
    await expect(whole.locator("pre")).toContainText(`mcp__${LARGE_SERVER_SLUG}__`);
  });

  test("without JavaScript the links work and no button promises what cannot happen", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PAGE);
    const links = page.locator("[data-linked-file-link]");
    await expect(links).toHaveCount(9);
    await expect(page.getByRole("button", { name: "Show it here" })).toHaveCount(0);
    const href = (await links.first().getAttribute("href"))!;
    expect((await page.request.get(href)).status()).toBe(200);
    await context.close();
  });
});

test("an ordinary server page still shows its policy and exports in the page", async ({ page }) => {
  await page.goto("/servers/telegram-mcp-complete/");
  await expect(page.locator("[data-policy-json]")).toHaveCount(1);
  await expect(page.locator('[data-export-part="content"]')).toHaveCount(4);
  await expect(page.locator("script[data-export-input]")).toHaveCount(1);
  await expect(page.locator("[data-linked-file]")).toHaveCount(0);
});
