import type { ReactNode } from "react";
import { RISK_LEVELS, type RiskLevel } from "@/lib/taxonomy";

/**
 * A distinct shape per level (circle, triangle, diamond, octagon), readable without colour.
 * Each shape is drawn once per page (RiskIconSprite, in the layout) and every icon refers to
 * it: a server page shows a few hundred icons, and their paths would otherwise be most of
 * its table's bytes. An empty className leaves the size to the badge around it.
 */
export function RiskIcon({ level, className = "h-3.5 w-3.5" }: { level: RiskLevel; className?: string }) {
  return (
    <svg className={className || undefined} aria-hidden="true" focusable="false">
      <use href={`#risk-icon-${level}`} />
    </svg>
  );
}

const SHAPES: Record<RiskLevel, ReactNode> = {
  low: <circle cx="8" cy="8" r="6" fill="currentColor" />,
  medium: <path d="M8 1.5 15 14.5H1z" fill="currentColor" />,
  high: <path d="M8 1 15 8 8 15 1 8z" fill="currentColor" />,
  // An octagon with the "!" cut out, so the mark shows in any colour scheme.
  critical: <path d="M5.1 1h5.8L15 5.1v5.8L10.9 15H5.1L1 10.9V5.1zM7.1 3.8v5.4h1.8V3.8zm0 6.6v1.8h1.8v-1.8z" fill="currentColor" fillRule="evenodd" />,
};

/** The shapes RiskIcon refers to, once per page; out of sight and out of the accessibility tree. */
export function RiskIconSprite() {
  return (
    <svg aria-hidden="true" focusable="false" className="absolute h-0 w-0 overflow-hidden">
      {RISK_LEVELS.map((level) => (
        <symbol key={level} id={`risk-icon-${level}`} viewBox="0 0 16 16">
          {SHAPES[level]}
        </symbol>
      ))}
    </svg>
  );
}
