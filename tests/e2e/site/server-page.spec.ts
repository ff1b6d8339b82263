import { parsePolicy } from "../../../lib/policy/schema";
import { expect, test } from "../fixtures";

const SERVER = "/servers/telegram-mcp-complete/";

test.describe("server page", () => {
  test("offers the whole-server policy in each client's format, copied as shown", async ({ page }) => {
    await page.goto(SERVER);
    const formats = page.locator("[data-policy-format]");
    await expect(formats).toHaveCount(4);
    const claude = page.locator('[data-policy-format="claude-code"]');
    await claude.locator("summary").first().click();
    const settings = JSON.parse(await claude.locator("pre").first().innerText()) as { permissions: { deny: string[] } };
    // Hidden tools are denied outright in Claude Code's terms.
    expect(settings.permissions.deny).toContain("mcp__telegram-mcp-complete__terminate_session");
    await claude.getByRole("button", { name: "Copy the whole file" }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(JSON.parse(copied)).toEqual(settings);
  });

  test("its counts match its entries", async ({ page }) => {
    await page.goto(SERVER);
    const data = (await (await page.request.get("/data/servers/telegram-mcp-complete.json")).json()) as {
      tools: { name: string; risk: string; category: string }[];
      toolCount?: number;
    };
    const rows = page.locator("[data-tools-table] tbody tr");
    await expect(rows).toHaveCount(data.tools.length);
    // With the full corpus imported every tool is catalogued; with the seed entries alone, 3 of 153.
    const catalogued = data.toolCount ? `${data.tools.length} of ${data.toolCount} tools catalogued` : `${data.tools.length} tools catalogued`;
    await expect(page.locator("[data-tool-count]")).toContainText(catalogued);
    await expect(page.locator("[data-tool-count]")).toHaveAttribute("data-tool-count", String(data.tools.length));

    const count = (key: "risk" | "category", value: string) => data.tools.filter((t) => t[key] === value).length;
    const impact = { change: "write", destroy: "destructive", execute: "execute", spend: "financial", read: "read" };
    for (const [key, category] of Object.entries(impact)) {
      await expect(page.locator(`[data-impact="${key}"]`)).toHaveAttribute("data-count", String(count("category", category)));
      await expect(page.locator(`[data-impact="${key}"] p`).first()).toHaveText(String(count("category", category)));
      await expect(page.locator(`[data-tools-table] tbody tr[data-category="${category}"]`)).toHaveCount(count("category", category));
    }
    for (const level of ["low", "medium", "high", "critical"]) {
      await expect(page.locator(`figcaption [data-level="${level}"]`)).toHaveAttribute("data-count", String(count("risk", level)));
      await expect(page.locator(`[data-tools-table] tbody tr[data-risk="${level}"]`)).toHaveCount(count("risk", level));
    }
  });

  test("the table sorts and filters by keyboard", async ({ page }) => {
    await page.goto(SERVER);
    const names = () => page.locator("[data-tools-table] tbody tr td:first-child").allTextContents();
    const initial = await names();
    const sorted = [...initial].sort((a, b) => a.localeCompare(b));

    const byName = page.locator('[data-sort="name"]');
    await byName.focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("th:has([data-sort=name])")).toHaveAttribute("aria-sort", "ascending");
    expect(await names()).toEqual(sorted);
    await page.keyboard.press("Space");
    await expect(page.locator("th:has([data-sort=name])")).toHaveAttribute("aria-sort", "descending");
    expect(await names()).toEqual([...sorted].reverse());

    const riskFilter = page.locator('[data-filter="risk"]');
    await riskFilter.focus();
    await riskFilter.selectOption("critical");
    const shown = await page.locator("[data-tools-table] tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-risk")));
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(["critical"]));
    await expect(page.locator("[data-shown]")).toHaveAttribute("data-shown", String(shown.length));
  });

  test("the whole-server policy is valid and the download serves the same JSON", async ({ page }) => {
    await page.goto(SERVER);
    await page.locator("section:has(#policy) [data-copy-button]").click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const parsed = parsePolicy(JSON.parse(copied));
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.policy.hide).toContain("batch_export_sessions");
    const href = await page.locator("[data-policy-download]").getAttribute("href");
    expect(await (await page.request.get(href!)).text()).toBe(copied);
  });
});
