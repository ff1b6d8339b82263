import type { Locator, Page } from "@playwright/test";
import { expect, test } from "../fixtures";

/**
 * Non-text indicators are at least 3:1 against what surrounds them (WCAG 1.4.11), measured
 * from the browser's computed colours in light and dark mode: the active option of both
 * search lists (an outline, not only a pale background), the marks on matched words, and
 * the risk colours of bars, legends and cards.
 */

/** Runs in the page: colour maths on computed styles (any CSS colour syntax, read back through a canvas). */
const HELPERS = `
window.__contrast = (() => {
  const canvas = document.createElement("canvas");
  canvas.width = canvas.height = 1;
  const ctx = canvas.getContext("2d", { willReadFrequently: true });
  function rgba(color) {
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = "rgba(0,0,0,0)";
    ctx.fillStyle = color;
    ctx.fillRect(0, 0, 1, 1);
    const d = ctx.getImageData(0, 0, 1, 1).data;
    return [d[0], d[1], d[2], d[3] / 255];
  }
  function over(top, bottom) {
    const a = top[3];
    return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1);
  }
  /** The colour an element is painted on: its own and its ancestors' backgrounds, composited. */
  function background(element) {
    const layers = [];
    for (let e = element; e; e = e.parentElement) {
      const c = rgba(getComputedStyle(e).backgroundColor);
      if (c[3] > 0) layers.push(c);
      if (c[3] === 1) break;
    }
    let base = [255, 255, 255, 1];
    for (let i = layers.length - 1; i >= 0; i--) base = over(layers[i], base);
    return base;
  }
  function luminance(c) {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
  }
  function ratio(a, b) {
    const la = luminance(a), lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }
  return { rgba, over, background, ratio };
})();
`;

async function measure(locator: Locator, fn: string): Promise<(number | string)[]> {
  return locator.evaluateAll((elements, body) => {
    const run = new Function("element", "c", body) as (element: Element, c: unknown) => number | string;
    return elements.map((element) => run(element, (window as unknown as { __contrast: unknown }).__contrast));
  }, fn);
}

async function open(page: Page, url: string, colorScheme: "light" | "dark") {
  await page.emulateMedia({ colorScheme });
  await page.addInitScript(HELPERS);
  await page.goto(url);
}

/** The outline of the active option against the list it sits in. */
const OUTLINE = `
  const style = getComputedStyle(element);
  if (style.outlineStyle === "none" || parseFloat(style.outlineWidth) < 2) return "no outline of 2 px";
  const list = element.closest("[role=listbox]");
  return c.ratio(c.over(c.rgba(style.outlineColor), c.background(list)), c.background(list));
`;

/** The strongest of a mark's background and its underline, against the text around it. */
const MARK = `
  const style = getComputedStyle(element);
  const around = c.background(element.parentElement);
  const fill = c.over(c.rgba(style.backgroundColor), around);
  let best = c.ratio(fill, around);
  // An underline drawn as an inset shadow: any layer offset 2 px or more.
  for (const shadow of style.boxShadow.matchAll(/((?:rgba?|hsla?|oklch|oklab|lab|lch|color)\\([^)]*\\)|#[0-9a-f]{3,8})\\s+(-?[\\d.]+)px\\s+(-?[\\d.]+)px/gi)) {
    if (Math.abs(parseFloat(shadow[3])) >= 2) best = Math.max(best, c.ratio(c.over(c.rgba(shadow[1]), fill), around));
  }
  return best;
`;

/** A shape's fill (SVG) or colour (icons) against what it is drawn on. */
const SHAPE = `
  const style = getComputedStyle(element);
  const paint = element instanceof SVGElement && element.tagName.toLowerCase() === "rect" ? style.fill : style.color;
  const on = c.background(element instanceof SVGElement ? element.closest("svg").parentElement : element);
  return c.ratio(c.over(c.rgba(paint), on), on);
`;

function expectAtLeast(values: (number | string)[], minimum: number, what: string) {
  expect(values.length, `no ${what} found`).toBeGreaterThan(0);
  for (const value of values) {
    expect(typeof value, `${what}: ${value}`).toBe("number");
    expect(value as number, what).toBeGreaterThanOrEqual(minimum);
  }
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`the header box's active suggestion is outlined at 3:1 or more (${colorScheme})`, async ({ page }) => {
    await open(page, "/", colorScheme);
    const box = page.locator("#header-search-q");
    await box.fill("session");
    const options = page.locator("#header-search-results [role=option]");
    await expect(options.first()).toBeVisible();
    await box.press("ArrowDown");
    await expect(options.first()).toHaveAttribute("aria-selected", "true");
    expectAtLeast(await measure(options.first(), OUTLINE), 3, "active suggestion outline");
  });

  test(`the search page's active result is outlined at 3:1 or more, and marks stand out (${colorScheme})`, async ({ page }) => {
    await open(page, "/search/?q=session", colorScheme);
    const results = page.locator("#search-results [role=option]");
    await expect(results.first()).toBeVisible();
    await page.locator("#search-page-q").press("ArrowDown");
    await expect(results.first()).toHaveAttribute("aria-selected", "true");
    expectAtLeast(await measure(results.first(), OUTLINE), 3, "active result outline");
    expectAtLeast(await measure(page.locator("#search-results mark"), MARK), 3, "matched-word mark");
  });

  test(`risk colours on bars, legends and cards are 3:1 or more against the page (${colorScheme})`, async ({ page }) => {
    await open(page, "/servers/telegram-mcp-complete/", colorScheme);
    expectAtLeast(await measure(page.locator("figure svg rect[data-level]"), SHAPE), 3, "risk bar segment");
    expectAtLeast(await measure(page.locator("figcaption li[data-level] > span:first-child"), SHAPE), 3, "risk legend shape");
    await open(page, "/servers/", colorScheme);
    expectAtLeast(await measure(page.locator("[data-server-cards] [aria-label='Tools by risk'] li > span"), SHAPE), 3, "risk shape on a server card");
  });
}

