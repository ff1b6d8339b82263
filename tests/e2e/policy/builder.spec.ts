import { expect, test } from "../fixtures";
import type { Page } from "@playwright/test";
import type { Policy } from "@/lib/policy/schema";

/** The policy builder as a person uses it, against the exported site. */

async function openBuilder(page: Page, hash = "") {
  await page.goto(`/policy/${hash}`);
  await expect(page.locator("[data-policy-builder]")).toHaveAttribute("data-ready", "true");
}

/** The editor's policy.json as the page shows it (the tests check what it says, not that it is valid). */
async function editorJson(page: Page): Promise<Policy> {
  return JSON.parse(await page.getByLabel("policy.json (editable)").inputValue());
}

test("start from a server, change an action, simulate calls, and share the policy as a link", async ({ page, context }) => {
  await openBuilder(page);
  await page.getByLabel("Start from a server").selectOption("telegram-mcp-complete");
  await expect(page.locator("[data-builder-status]")).toContainText("with the recommended policy");

  // Every tool is listed with its risk and the action of the recommended policy the site serves
  // pre-filled. (With the shared corpus the server has its whole tool list, can leak data, and that
  // policy holds every sending tool for approval; the seed entries alone do not. Which tools need
  // approval is tested in tests/unit/policy/flow-approval*.test.ts.)
  const recommended = (await (await page.request.get("/policies/telegram-mcp-complete.json")).json()) as Policy;
  const row = page.locator('[data-tool-row="forward_message"]');
  await expect(row).toContainText("Medium risk");
  const forwardAction = recommended.tools?.forward_message?.action;
  expect(forwardAction).toBeDefined();
  await expect(page.getByLabel("Action for forward_message", { exact: true })).toHaveValue(forwardAction!);
  await expect(page.getByLabel("Action for terminate_session", { exact: true })).toHaveValue("hide");
  expect((await editorJson(page)).hide).toContain("terminate_session");

  // Change an action: the JSON follows and stays valid.
  await page.getByLabel("Action for forward_message", { exact: true }).selectOption("deny");
  await expect.poll(async () => (await editorJson(page)).tools?.forward_message?.action).toBe("deny");
  await expect(page.locator("[data-policy-valid]")).toBeVisible();
  await expect(page.locator("[data-builder-explanation]")).toContainText('"forward_message" is denied');

  // Simulate calls with the same evaluator.
  const sim = page.locator("[data-simulator]");
  await sim.getByLabel("Tool", { exact: true }).fill("forward_message");
  await sim.getByRole("button", { name: "Try the call" }).click();
  await expect(page.locator("[data-simulator-log] li").first()).toHaveAttribute("data-decision", "denied");
  await sim.getByLabel("Tool", { exact: true }).fill("batch_export_sessions");
  await sim.getByRole("button", { name: "Try the call" }).click();
  await expect(page.locator("[data-simulator-log] li").first()).toHaveAttribute("data-decision", "hidden");
  await expect(page.locator("[data-simulator-log] li").first()).toContainText("Rule hide");

  // The address bar holds the policy: a fresh tab with that link shows the same policy.
  const built = await editorJson(page);
  await expect(page.locator("[data-policy-builder]")).toHaveAttribute("data-link-current", "true");
  const link = page.url();
  expect(link).toContain("policy=");
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.locator("[data-policy-builder]")).toHaveAttribute("data-ready", "true");
  await expect(other.locator("[data-builder-status]")).toContainText("Loaded");
  expect(await editorJson(other)).toEqual(built);
  await expect(other.getByLabel("Action for forward_message", { exact: true })).toHaveValue("deny");
  await other.close();

  // And a plain reload keeps it too.
  await page.reload();
  await expect(page.locator("[data-policy-builder]")).toHaveAttribute("data-ready", "true");
  expect(await editorJson(page)).toEqual(built);
});

test("limits set in the builder are enforced by the simulator", async ({ page }) => {
  await openBuilder(page);
  await page.getByLabel("Start from a server").selectOption("telegram-mcp-complete");
  await expect(page.locator("[data-builder-status]")).toContainText("Loaded");
  const row = page.locator('[data-tool-row="forward_message"]');
  // Recommended: approval (a sending tool on a server that can leak data); allow it to see the limit act alone.
  await page.getByLabel("Action for forward_message", { exact: true }).selectOption("allow");
  await expect.poll(async () => (await editorJson(page)).tools?.forward_message?.action ?? "allow").toBe("allow");
  await row.getByRole("button", { name: /^Limits and checks \(\d+\) of forward_message$/ }).click();
  const max = page.locator('[data-rule-editor="forward_message"]').getByLabel("forward_message limit 1: max");
  await max.fill("1");
  await expect.poll(async () => (await editorJson(page)).tools?.forward_message?.limits?.[0]?.max).toBe(1);

  const sim = page.locator("[data-simulator]");
  await sim.getByLabel("Tool", { exact: true }).fill("forward_message");
  await sim.getByLabel("Time (ISO, empty for now)").fill("2026-11-21T09:00:00Z");
  await sim.getByRole("button", { name: "Try the call" }).click();
  await sim.getByRole("button", { name: "Try the call" }).click();
  const entries = page.locator("[data-simulator-log] li");
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toHaveAttribute("data-decision", "rate_limited");
  await expect(entries.nth(1)).toHaveAttribute("data-decision", "allowed");
});

test("a pasted policy is validated inline, and exports appear when it is valid", async ({ page }) => {
  await openBuilder(page);
  const editor = page.getByLabel("policy.json (editable)");
  await editor.fill(JSON.stringify({ version: "1", default: "maybe", tools: { send: { limit: [] } } }));
  const problems = page.locator("[data-policy-problems]");
  await expect(problems).toContainText('must be one of "allow", "deny"');
  await expect(problems).toContainText('did you mean "limits"?');
  await editor.fill("{ not json");
  await expect(problems).toContainText("The JSON cannot be read");

  await editor.fill(JSON.stringify({ version: "1", default: "deny", hide: ["wipe"], tools: { send: { action: "approve" } } }));
  await expect(page.locator("[data-policy-valid]")).toBeVisible();
  await expect(page.getByLabel("Action for send", { exact: true })).toHaveValue("approve");
  const claude = page.locator('[data-policy-format="claude-code"]');
  await claude.locator("summary").first().click();
  const snippet = JSON.parse(await claude.locator("pre").first().innerText());
  expect(snippet.permissions.ask).toEqual(["mcp__my-server__send"]);
  expect(snippet.permissions.deny).toContain("mcp__my-server__wipe");
});

test("the format documentation is a static page with the worked example decided", async ({ page }) => {
  await page.goto("/docs/policy/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The policy format");
  const example = page.locator("#worked-example + p + div table");
  await expect(example).toContainText("rate_limited");
  await expect(example).toContainText("approval_required");
  await expect(example).toContainText("hidden");
});
