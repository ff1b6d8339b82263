import type { RiskLevel } from "@/lib/taxonomy";

/**
 * Risk colours chosen to stay apart for red-green colour-blind readers (blue, yellow,
 * orange, magenta), and never used alone: every badge also carries the word and a shape.
 * Badges take theirs from the stylesheet by data-risk and data-category (app/globals.css).
 * `fill` (bars, icons) is a CSS variable (app/globals.css) with one shade for light pages
 * and one for dark, each at least 3:1 against the page and the cards on it (WCAG 1.4.11);
 * `image` is the light shade as a colour, for the social images, which cannot read CSS.
 */
export const RISK_STYLE: Record<RiskLevel, { fill: string; image: string }> = {
  low: { fill: "var(--risk-low)", image: "#0284c7" },
  medium: { fill: "var(--risk-medium)", image: "#a87b00" },
  high: { fill: "var(--risk-high)", image: "#ea580c" },
  critical: { fill: "var(--risk-critical)", image: "#a21caf" },
};

/** The bar of a server with no tools: a neutral grey, as clear against the page as the risk colours. */
export const EMPTY_FILL = "var(--risk-none)";
