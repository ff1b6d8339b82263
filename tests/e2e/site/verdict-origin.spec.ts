import { readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { expect, test } from "../fixtures";

const MACHINE = "/servers/modelcontextprotocol-server-github/create_issue/";
const REVIEWED = "/servers/telegram-mcp-complete/batch_export_sessions/";
/** The committed entry the page is built from: its confidence and import day change with each re-import. */
const ENTRY = matter(readFileSync(path.resolve(import.meta.dirname, "../../../content/servers/modelcontextprotocol-server-github/tools/create_issue.md"), "utf8")).data as { confidence: number; importedAt: string | Date; category: string; risk: string };
const IMPORTED_DAY = new Date(ENTRY.importedAt).toISOString().slice(0, 10);
/** The measured figures the method page and the confidence's meaning are built from. */
const MEASURED = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../../lib/classify/measured.json"), "utf8")) as { calibration: { band: string; tools: number; exact: number }[] };
/** Confidence as the site writes it, always two places ("0.80", not "0.8"). */
const CONFIDENCE = ENTRY.confidence.toFixed(2);
const REPOSITORY = (process.env.NEXT_PUBLIC_REPOSITORY_URL ?? "https://github.com/mcp-tool-catalogue/catalogue").replace(/\/+$/, "");

test.describe("where a verdict comes from", () => {
  test("a machine verdict: its confidence, the npm version it was read from, the import day, the method and a report link", async ({ page }) => {
    await page.goto(MACHINE);
    const origin = page.locator("[data-verdict-origin]");
    await expect(origin.locator('[data-verdict-by="machine"]')).toContainText(`confidence ${CONFIDENCE}`);
    // What that confidence has meant on the sealed split: the measured band it falls in.
    const band = MEASURED.calibration.find((row) => {
      const [from, to] = row.band.split("-").map(Number) as [number, number];
      return ENTRY.confidence >= from && (ENTRY.confidence < to || to === 1);
    })!;
    await expect(origin.locator("[data-confidence-meaning]")).toContainText(
      `verdicts with a confidence from ${band.band.replace("-", " to ")} were exactly right ${(100 * band.exact).toFixed(1)}% of the time (${band.tools} tools)`,
    );
    await expect(origin.locator("[data-source-link]")).toHaveAttribute("href", "https://www.npmjs.com/package/@modelcontextprotocol/server-github/v/2025.4.8");
    await expect(origin.locator("[data-imported]")).toHaveText(IMPORTED_DAY);

    const report = await origin.locator("[data-report-link]").getAttribute("href");
    expect(report?.startsWith(`${REPOSITORY}/issues/new?`)).toBe(true);
    const body = new URL(report!).searchParams.get("body") ?? "";
    expect(body).toContain("Tool: create_issue");
    expect(body).toContain(`Current verdict: ${ENTRY.category}, ${ENTRY.risk} risk (machine verdict, confidence ${CONFIDENCE})`);
    expect(body).toContain("```yaml\nserver: modelcontextprotocol-server-github\ntool: create_issue\n");

    // The server can leak data, so this sending tool's own policy holds it for approval, and says why.
    await expect(page.locator("article > header")).toContainText("each call needs a person's approval");
    await expect(page.locator("[data-policy-explanation]")).toContainText("an agent could send data out");

    await origin.locator("[data-method-link]").click();
    await expect(page).toHaveURL(/\/method\/$/);
    await expect(page.locator("h1")).toHaveText("How verdicts are made");
  });

  test("a reviewed verdict says a person checked it and links the commit it was read from", async ({ page }) => {
    await page.goto(REVIEWED);
    const origin = page.locator("[data-verdict-origin]");
    await expect(origin.locator('[data-verdict-by="reviewed"]')).toContainText("Reviewed by a person");
    await expect(origin.locator("[data-source-link]")).toHaveAttribute("href", "https://github.com/you922/telegram-mcp/tree/1dcd8934a0f12aa46a98d27059d59b56d95f0d81");
    await expect(origin.locator("[data-method-link]")).toHaveAttribute("href", "/method/");
    await expect(origin.locator("[data-report-link]")).toHaveAttribute("href", /\/issues\/new\?title=/);
  });

  test("a server page says how its verdicts were made, and its policy agrees with its data-flow warning", async ({ page }) => {
    await page.goto("/servers/modelcontextprotocol-server-github/");
    const origin = page.locator("[data-verdict-origin]");
    await expect(origin).toContainText("by the classifier");
    await expect(origin.locator("[data-source-link]")).toHaveAttribute("href", /^https:\/\/www\.npmjs\.com\/package\/@modelcontextprotocol\/server-github\/v\//);
    await expect(origin.locator("[data-method-link]")).toHaveAttribute("href", "/method/");
    await expect(page.locator("[data-data-flow-warning]")).toBeVisible();
    await expect(page.locator("[data-policy-explanation]")).toContainText(`"create_issue" needs a person's approval for each call`);
  });

  test("the method page shows the stages, the measured figures with their date, and the weak spots", async ({ page }) => {
    await page.goto("/method/");
    await expect(page.locator("h1")).toHaveText("How verdicts are made");
    await expect(page.locator("[data-method-stages] li")).toHaveCount(5);
    await expect(page.locator("main time").first()).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
    await expect(page.locator('[data-measured] [data-figures="Sealed"]')).toHaveCount(1);
    await expect(page.locator('[data-measured] [data-figures="Development"]')).toContainText("%");
    // The sealed shares and the confidence bands carry their intervals, and the page says what they are.
    await expect(page.locator('[data-measured] [data-figures="Sealed"] [data-interval]')).toHaveCount(3);
    await expect(page.locator('[data-measured] [data-figures="Sealed"] [data-interval]').first()).toHaveText(/^\d+\.\d–\d+\.\d%$/);
    await expect(page.locator("[data-calibration] [data-interval]")).toHaveCount(5);
    await expect(page.locator("[data-intervals]")).toContainText("resampling the sealed servers");
    // How far two labellings of the same tools agree, so the figures are read with that margin.
    await expect(page.locator("[data-label-retest]")).toContainText(/sealed and \d+ development tools was labelled again/);
    await expect(page.locator("[data-weak-spots] li")).not.toHaveCount(0);
    // A page that only shows things ships no framework script.
    await expect(page.locator('script[src*="/_next/"]')).toHaveCount(0);
  });
});
