import type { Page } from "@playwright/test";
import type { Policy } from "@/lib/policy/schema";
import { expect, test } from "../fixtures";

/** The builder keeps each rule's reason true to the rule, and the simulator says when a tool name is not the server's. */

/** The editor's policy.json as the page shows it. */
async function editorJson(page: Page): Promise<Policy> {
  return JSON.parse(await page.getByLabel("policy.json (editable)").inputValue());
}

test("setting a tool to deny or approve rewrites its reason to match", async ({ page }) => {
  await page.goto("/policy/");
  await expect(page.locator("[data-policy-builder]")).toHaveAttribute("data-ready", "true");
  await page.getByLabel("Start from a server").selectOption("server-filesystem");
  await expect(page.locator("[data-builder-status]")).toContainText("Loaded");
  // move_file: allowed and rate-limited, with the classifier's reason ("…: medium risk because …, so it is allowed, …").
  const before = (await editorJson(page)).tools?.move_file?.reason ?? "";
  expect(before).toContain(", so it is allowed");
  const grounds = before.slice(0, before.lastIndexOf(", so "));

  const action = page.getByLabel("Action for move_file", { exact: true });
  await action.selectOption("deny");
  await expect.poll(async () => (await editorJson(page)).tools?.move_file?.reason).toBe(`Denied: every call is refused. ${grounds}.`);

  await action.selectOption("approve");
  await expect.poll(async () => (await editorJson(page)).tools?.move_file?.reason).toBe(`Each call needs a person's approval. ${grounds}.`);
  const sentence = page.locator("[data-builder-explanation] li").filter({ hasText: '"move_file"' });
  await expect(sentence).toContainText('"move_file" needs a person\'s approval for each call');
  await expect(sentence).not.toContainText("allowed");
});

test("the simulator says when a tool name is not one of the server's", async ({ page }) => {
  await page.goto("/policy/");
  await expect(page.locator("[data-policy-builder]")).toHaveAttribute("data-ready", "true");
  await page.getByLabel("Start from a server").selectOption("telegram-mcp-complete");
  await expect(page.locator("[data-builder-status]")).toContainText("Loaded");
  const sim = page.locator("[data-simulator]");
  await sim.getByLabel("Tool", { exact: true }).fill("forward_mesage");
  await expect(sim.locator("[data-simulator-unknown-tool]")).toContainText('has no tool named "forward_mesage"');
  await sim.getByRole("button", { name: "Try the call" }).click();
  await expect(page.locator("[data-simulator-log] li").first()).toContainText('has no tool named "forward_mesage"');

  await sim.getByLabel("Tool", { exact: true }).fill("forward_message");
  await expect(sim.locator("[data-simulator-unknown-tool]")).toHaveCount(0);
});
