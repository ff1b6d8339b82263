import type { Locator, Page } from "@playwright/test";
import { expect, test } from "../fixtures";

/**
 * The server's name in the reader's client, on server and tool pages: one field rewrites every
 * export and the guard's client entry, is remembered, and travels in a link. The exports sit
 * next to the policy, their caveats folded behind one line.
 */

const GITHUB = "/servers/modelcontextprotocol-server-github/";
const SLUG = "modelcontextprotocol-server-github";

function format(page: Page, id: string): Locator {
  return page.locator(`[data-policy-format="${id}"]`);
}

async function wholeFile(page: Page, id: string): Promise<string> {
  const card = format(page, id);
  if (!(await card.evaluate((el) => (el as HTMLDetailsElement).open))) await card.locator("summary").first().click();
  return card.locator('[data-export-part="content"]').innerText();
}

test("the reader's name for the server flows into every export and the guard's entry, and is remembered", async ({ page }) => {
  await page.goto(GITHUB);
  const field = page.getByLabel("What your client's config calls this server");
  await expect(field).toHaveValue(SLUG);
  await expect(page.locator("#client-name-note")).toContainText(`These rules call the server "${SLUG}", the catalogue's name for it`);
  const before = JSON.parse(await wholeFile(page, "claude-code")) as { permissions: Record<string, string[]> };
  expect(Object.values(before.permissions).flat().every((rule) => rule.startsWith(`mcp__${SLUG}`))).toBe(true);

  await field.fill("github");
  const claude = JSON.parse(await wholeFile(page, "claude-code")) as { permissions: Record<string, string[]> };
  const rules = Object.values(claude.permissions).flat();
  expect(rules.length).toBeGreaterThan(0);
  expect(rules.every((rule) => rule.startsWith("mcp__github__"))).toBe(true);
  expect(Object.keys(JSON.parse(await wholeFile(page, "gemini-settings")).mcpServers)).toEqual(["github"]);
  expect(await wholeFile(page, "gemini-policy")).toContain('mcpName = "github"');
  await expect(format(page, "gemini-policy").locator('[data-export-part="fileName"]')).toHaveText("github.toml");
  expect(await wholeFile(page, "codex")).toContain("[mcp_servers.github]");
  expect(Object.keys(JSON.parse(await page.locator('[data-guard-part="config"]').innerText()).mcpServers)).toEqual(["github"]);
  await expect(page.locator("#client-name-note")).toBeHidden();

  // What the copy button copies is what the page shows.
  await format(page, "claude-code").getByRole("button", { name: "Copy the whole file" }).click();
  expect(JSON.parse(await page.evaluate(() => navigator.clipboard.readText()))).toEqual(claude);

  // A name a client would rewrite is refused, and the exports keep the last good one.
  await field.fill("git hub");
  await expect(page.locator("#client-name-error")).toContainText('may hold only letters, digits, "-" and "_"');
  await expect(field).toHaveAttribute("aria-invalid", "true");
  expect(await wholeFile(page, "codex")).toContain("[mcp_servers.github]");

  // Remembered for this server, and carried by the link.
  await field.fill("github");
  await page.reload();
  await expect(field).toHaveValue("github");
  expect(await wholeFile(page, "codex")).toContain("[mcp_servers.github]");
  await expect(page.locator("[data-client-name-link]")).toHaveAttribute("href", "?name=github#exports");
  await page.goto(`${GITHUB}?name=gh-work#exports`);
  await expect(field).toHaveValue("gh-work");
  expect(await wholeFile(page, "codex")).toContain("[mcp_servers.gh-work]");
});

test("a tool page's exports touch only that tool; the guard there reads the server's policy", async ({ page }) => {
  await page.goto("/servers/telegram-mcp-complete/terminate_session/");
  const claude = JSON.parse(await wholeFile(page, "claude-code")) as { permissions: Record<string, string[]> };
  expect(claude.permissions).toEqual({ allow: [], ask: [], deny: ["mcp__telegram-mcp-complete__terminate_session"] });
  const codex = await wholeFile(page, "codex");
  expect(codex).toContain('disabled_tools = ["terminate_session"]');
  expect(codex).not.toContain("enabled_tools");
  expect(await wholeFile(page, "gemini-policy")).not.toContain('toolName = "*"');
  await expect(page.locator("[data-guard-section] a[download]")).toHaveAttribute("download", "telegram-mcp-complete.policy.json");
  await expect(page.locator("#guard-command")).toContainText("guard --policy telegram-mcp-complete.policy.json --");
});

test("the exports sit next to the policy, with a jump link from the top, and fold their caveats behind one line", async ({ page }) => {
  await page.goto("/servers/telegram-mcp-complete/");
  for (const target of ["#policy", "#exports", "#guard"]) {
    await expect(page.locator(`[data-jump-links] a[href="${target}"]`)).toHaveCount(1);
    await expect(page.locator(target)).toHaveCount(1);
  }
  await page.locator('[data-jump-links] a[href="#exports"]').click();
  await expect(page.locator("#exports")).toBeInViewport();

  const card = format(page, "claude-code");
  await card.locator("summary").first().click();
  const caveats = card.locator("details");
  await expect(caveats.locator("summary")).toHaveText(/^What Claude Code cannot say or needs from you: .+\.$/);
  await expect(caveats.locator('[data-export-part="caveats"]')).toBeHidden();
  await caveats.locator("summary").click();
  await expect(caveats.locator('[data-export-part="caveats"] li').first()).toBeVisible();
  await expect(card).toContainText("Loaded by Claude Code 2.1.332");
  await expect(card).toContainText("Goes in ~/.claude/settings.json");
  await expect(card.locator('[data-export-part="rules"]')).toContainText('"deny"');
});
