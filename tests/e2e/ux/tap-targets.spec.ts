import path from "node:path";
import { expect, test } from "../fixtures";
import { PHONE, pageTypes } from "./page-types";

/**
 * Tap targets on a phone. axe-core's target-size rule (WCAG 2.2, 2.5.8) passes on every page
 * type; it accepts a small target with enough room around it, so the controls a reader taps
 * most (site navigation, tool links in tables, page numbers, filter checkboxes, sort
 * buttons) are also held to 24 px high themselves, 20 px for a checkbox inside a 24 px label.
 */

test.use({ viewport: PHONE });

const axePath = path.resolve("node_modules/axe-core/axe.min.js");

const TAPPED = [
  "header nav a",
  "footer a",
  "nav[aria-label=Breadcrumb] a",
  "nav[aria-label=Pages] a",
  "[data-tools-table] a",
  "[data-tools-table] th button",
  "[data-listing-table] a",
  "[data-builder-tools] button",
  "input[type=checkbox]",
  "input[type=radio]",
].join(", ");

for (const { name, url, prepare } of pageTypes()) {
  test(`tap targets on the ${name} page are large enough (${url})`, async ({ page }) => {
    await page.goto(url);
    await prepare?.(page);
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async () => {
      type Result = { violations: { id: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] };
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<Result> } }).axe;
      const result = await axe.run(document, { runOnly: { type: "rule", values: ["target-size"] }, resultTypes: ["violations"] });
      return result.violations.flatMap((v) => v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary ?? v.id}`));
    });
    expect(violations).toEqual([]);

    const small = await page.locator(TAPPED).evaluateAll((elements) =>
      elements.flatMap((element) => {
        const box = element.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || element.closest("[hidden], .sr-only")) return [];
        const isBox = element instanceof HTMLInputElement && (element.type === "checkbox" || element.type === "radio");
        const label = isBox ? (element.closest("label") ?? (element as HTMLInputElement).labels?.[0] ?? null) : null;
        const height = label ? Math.max(box.height, label.getBoundingClientRect().height) : box.height;
        const tooSmall = isBox ? box.height < 20 || height < 24 : height < 24;
        return tooSmall ? [`${element.outerHTML.slice(0, 90)} is ${Math.round(box.width)}x${Math.round(box.height)}${label ? ` in a ${Math.round(height)} px label` : ""}`] : [];
      }),
    );
    expect(small).toEqual([]);
  });
}
