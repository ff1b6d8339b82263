import path from "node:path";
import { expect, test } from "../fixtures";
import type { Page } from "@playwright/test";

/** The builder and the format page: no serious axe violations, and the builder works from the keyboard. */

const axePath = path.resolve("node_modules/axe-core/axe.min.js");

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    type Violation = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ["violations"] });
    return violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(", ")}`);
  });
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`the builder, with a server, an open rule editor and a tried call, has no serious violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto("/policy/");
    await expect(page.locator("[data-policy-builder]")).toHaveAttribute("data-ready", "true");
    await page.getByLabel("Start from a server").selectOption("telegram-mcp-complete");
    await expect(page.locator("[data-builder-status]")).toContainText("Loaded");
    await page.getByRole("button", { name: /^Limits and checks \(\d+\) of forward_message$/ }).click();
    await page.locator("[data-simulator]").getByRole("button", { name: "Try the call" }).click();
    await expect(page.locator("[data-simulator-log] li")).toHaveCount(1);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`the policy format page has no serious violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto("/docs/policy/");
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("the builder can be driven from the keyboard", async ({ page }) => {
  await page.goto("/policy/");
  await expect(page.locator("[data-policy-builder]")).toHaveAttribute("data-ready", "true");
  const serverSelect = page.getByLabel("Start from a server");
  await serverSelect.focus();
  await serverSelect.press("ArrowDown");
  await expect(page.locator("[data-builder-status]")).toContainText("Loaded");
  const firstAction = page.locator("[data-action-select]").first();
  await firstAction.focus();
  await expect(firstAction).toBeFocused();
  const before = await firstAction.inputValue();
  await firstAction.press("ArrowDown");
  await expect(firstAction).not.toHaveValue(before);
  // Tab reaches the simulator's button and Enter tries a call.
  const tryButton = page.locator("[data-simulator]").getByRole("button", { name: "Try the call" });
  await tryButton.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("[data-simulator-log] li")).toHaveCount(1);
});
