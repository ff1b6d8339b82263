import type { Category, RiskLevel } from "@/lib/taxonomy";

/**
 * Risk colours chosen to stay apart for red-green colour-blind readers (blue, yellow,
 * orange, magenta), and never used alone: every badge also carries the word and a shape.
 * `fill` (bars, icons) is a CSS variable (app/globals.css) with one shade for light pages
 * and one for dark, each at least 3:1 against the page and the cards on it (WCAG 1.4.11);
 * `image` is the light shade as a colour, for the social images, which cannot read CSS.
 */
export const RISK_STYLE: Record<RiskLevel, { badge: string; fill: string; image: string }> = {
  low: { badge: "bg-sky-100 text-sky-900 ring-sky-300 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-800", fill: "var(--risk-low)", image: "#0284c7" },
  medium: { badge: "bg-amber-100 text-amber-950 ring-amber-300 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-800", fill: "var(--risk-medium)", image: "#a87b00" },
  high: { badge: "bg-orange-100 text-orange-950 ring-orange-400 dark:bg-orange-950 dark:text-orange-200 dark:ring-orange-800", fill: "var(--risk-high)", image: "#ea580c" },
  critical: { badge: "bg-fuchsia-100 text-fuchsia-950 ring-fuchsia-400 dark:bg-fuchsia-950 dark:text-fuchsia-200 dark:ring-fuchsia-800", fill: "var(--risk-critical)", image: "#a21caf" },
};

/** The bar of a server with no tools: a neutral grey, as clear against the page as the risk colours. */
export const EMPTY_FILL = "var(--risk-none)";

export const CATEGORY_STYLE: Record<Category, string> = {
  read: "border-slate-300 dark:border-slate-600",
  write: "border-blue-400 dark:border-blue-600",
  destructive: "border-orange-500 dark:border-orange-500",
  execute: "border-fuchsia-500 dark:border-fuchsia-500",
  financial: "border-emerald-600 dark:border-emerald-500",
};
