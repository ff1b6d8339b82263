import { expect, test } from "../fixtures";
import { PHONE, largestServerPath, pageTypes } from "./page-types";

/**
 * On a phone (390 x 844) no page scrolls sideways: long tool names, code and tables wrap or
 * scroll inside their own box. Tables of tools keep names readable (whole words a line, not
 * a few letters), and the builder's action menus stay on the screen.
 */

test.use({ viewport: PHONE });

for (const { name, url, prepare } of pageTypes()) {
  test(`the ${name} page is no wider than a phone (${url})`, async ({ page }) => {
    await page.goto(url);
    await prepare?.(page);
    const widths = await page.evaluate(() => ({ document: document.documentElement.scrollWidth, viewport: window.innerWidth }));
    expect(widths.document, `the page is ${widths.document} px wide in a ${widths.viewport} px screen`).toBeLessThanOrEqual(widths.viewport);
  });
}

test("tool names in tables wrap at their words, not a few letters a line", async ({ page }) => {
  for (const url of [largestServerPath(), "/risk/critical/", "/servers/telegram-mcp-complete/terminate_session/"]) {
    await page.goto(url);
    const squeezed = await page.locator("[data-tools-table] td:first-child a, [data-listing-table] td:first-child a, [data-arguments-table] td:first-child").evaluateAll((cells) =>
      cells.flatMap((cell) => {
        const name = cell.textContent ?? "";
        const range = document.createRange();
        range.selectNodeContents(cell);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
        // Eight characters a line or more, on average, unless the name is shorter.
        return lines > Math.max(1, Math.ceil(name.length / 8)) ? [`${name}: ${lines} lines`] : [];
      }),
    );
    expect(squeezed, url).toEqual([]);
  }
});

test("the builder's action menus and rule editor fit on a phone's screen", async ({ page }) => {
  const builder = pageTypes().find((type) => type.name === "policy builder")!;
  await page.goto(builder.url);
  await builder.prepare!(page);
  const cutOff = await page.locator("[data-action-select], [data-rule-editor] input, [data-rule-editor] select").evaluateAll((controls) =>
    controls.filter((control) => control.getBoundingClientRect().right > window.innerWidth).map((control) => control.outerHTML.slice(0, 80)),
  );
  expect(cutOff).toEqual([]);
});
