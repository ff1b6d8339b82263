import path from "node:path";
import { LARGE_SERVER_SLUG } from "../../fixtures/large-server/names";
import { expect, test } from "../fixtures";

const axePath = path.resolve("node_modules/axe-core/axe.min.js");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

const pages = [
  { name: "home", url: "/" },
  { name: "server", url: "/servers/telegram-mcp-complete/" },
  // Its policy and exports are links to files (lib/catalogue/server-files.ts).
  { name: "large server", url: `/servers/${LARGE_SERVER_SLUG}/` },
  { name: "tool", url: "/servers/telegram-mcp-complete/terminate_session/" },
  { name: "risk listing", url: "/risk/critical/" },
  { name: "category listing", url: "/category/destructive/" },
];

for (const colorScheme of ["light", "dark"] as const) {
  for (const { name, url } of pages) {
    test(`${name} page has no serious accessibility violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(url);
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
        const result = await axe.run(document, { resultTypes: ["violations"] });
        return result.violations;
      });
      const serious = violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(", ")}`);
      expect(serious).toEqual([]);
    });
  }
}
