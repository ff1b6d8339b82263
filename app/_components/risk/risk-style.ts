import type { RiskLevel } from "@/lib/taxonomy";

/**
 * Risk colours chosen to stay apart for red-green colour-blind readers (blue, yellow,
 * orange, magenta), and never used alone: every badge also carries the word and a shape.
 * Badges take theirs from the stylesheet by data-risk and data-category (app/globals.css).
 * `themed` (bars, icons on pages) is a CSS variable (app/globals.css) with one shade for
 * light pages and one for dark, each at least 3:1 against the page and the cards on it
 * (WCAG 1.4.11); `fill` is the light shade as a plain colour, for images drawn without CSS.
 */
export const RISK_STYLE: Record<RiskLevel, { themed: string; fill: string }> = {
  low: { themed: "var(--risk-low)", fill: "#0284c7" },
  medium: { themed: "var(--risk-medium)", fill: "#a87b00" },
  high: { themed: "var(--risk-high)", fill: "#ea580c" },
  critical: { themed: "var(--risk-critical)", fill: "#a21caf" },
};

/** The bar of a server with no tools: a neutral grey, as clear against the page as the risk colours. */
export const EMPTY_FILL = "var(--risk-none)";
