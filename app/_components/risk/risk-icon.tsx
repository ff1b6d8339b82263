import type { RiskLevel } from "@/lib/taxonomy";

/** A distinct shape per level (circle, triangle, diamond, octagon), readable without colour. */
export function RiskIcon({ level, className = "h-3.5 w-3.5" }: { level: RiskLevel; className?: string }) {
  return (
    <svg viewBox="0 0 16 16" className={className} aria-hidden="true" focusable="false">
      {level === "low" && <circle cx="8" cy="8" r="6" fill="currentColor" />}
      {level === "medium" && <path d="M8 1.5 15 14.5H1z" fill="currentColor" />}
      {level === "high" && <path d="M8 1 15 8 8 15 1 8z" fill="currentColor" />}
      {level === "critical" && (
        <>
          <path d="M5.1 1h5.8L15 5.1v5.8L10.9 15H5.1L1 10.9V5.1z" fill="currentColor" />
          <path d="M7.2 4h1.6v5H7.2zM7.2 10.5h1.6v1.6H7.2z" fill="white" />
        </>
      )}
    </svg>
  );
}
