import type { RiskLevel } from "@/lib/taxonomy";

/** A distinct shape per level (circle, triangle, diamond, octagon), readable without colour. */
export function RiskIcon({ level, className = "h-3.5 w-3.5" }: { level: RiskLevel; className?: string }) {
  return (
    <svg viewBox="0 0 16 16" className={className} aria-hidden="true" focusable="false">
      {level === "low" && <circle cx="8" cy="8" r="6" fill="currentColor" />}
      {level === "medium" && <path d="M8 1.5 15 14.5H1z" fill="currentColor" />}
      {level === "high" && <path d="M8 1 15 8 8 15 1 8z" fill="currentColor" />}
      {level === "critical" && (
        // An octagon with the "!" cut out, so the mark shows in any colour scheme.
        <path d="M5.1 1h5.8L15 5.1v5.8L10.9 15H5.1L1 10.9V5.1zM7.1 3.8v5.4h1.8V3.8zm0 6.6v1.8h1.8v-1.8z" fill="currentColor" fillRule="evenodd" />
      )}
    </svg>
  );
}
