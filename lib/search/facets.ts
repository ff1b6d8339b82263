import { CATEGORIES, RISK_LEVELS, type Category, type RiskLevel } from "../taxonomy";

/**
 * Pure: the 5-bit facet code carried by every posting. Tools: risk * 5 + category (0..19).
 * Servers with classified tools: 20 + their highest tool risk. Servers known only from the
 * index (no tool list yet): 24. Filters combine with AND across facets and OR within one;
 * category is a property of tools, so a category filter leaves servers out.
 */

export const UNCLASSIFIED_SERVER_CODE = 24;

export function toolCode(risk: RiskLevel, category: Category): number {
  return RISK_LEVELS.indexOf(risk) * CATEGORIES.length + CATEGORIES.indexOf(category);
}

export function serverCode(highestRisk: RiskLevel | undefined): number {
  return highestRisk === undefined ? UNCLASSIFIED_SERVER_CODE : 20 + RISK_LEVELS.indexOf(highestRisk);
}

export interface Filters {
  risk: readonly RiskLevel[];
  category: readonly Category[];
}

export const NO_FILTERS: Filters = { risk: [], category: [] };

/** A 32-entry table: which codes pass the filters. */
export function filterMask(filters: Filters): boolean[] {
  const risks = new Set(filters.risk.map((r) => RISK_LEVELS.indexOf(r)));
  const categories = new Set(filters.category.map((c) => CATEGORIES.indexOf(c)));
  const mask: boolean[] = [];
  for (let code = 0; code < 32; code++) {
    let pass: boolean;
    if (code < 20) {
      const risk = Math.floor(code / CATEGORIES.length);
      const category = code % CATEGORIES.length;
      pass = (risks.size === 0 || risks.has(risk)) && (categories.size === 0 || categories.has(category));
    } else if (code < UNCLASSIFIED_SERVER_CODE) {
      pass = categories.size === 0 && (risks.size === 0 || risks.has(code - 20));
    } else if (code === UNCLASSIFIED_SERVER_CODE) {
      pass = categories.size === 0 && risks.size === 0;
    } else pass = false;
    mask.push(pass);
  }
  return mask;
}
