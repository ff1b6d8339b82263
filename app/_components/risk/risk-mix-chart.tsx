import type { RiskMix } from "@/lib/catalogue/queries";
import { plural } from "@/lib/catalogue/text";
import { RISK_INFO, RISK_LEVELS } from "@/lib/taxonomy";
import { RiskIcon } from "./risk-icon";
import { EMPTY_FILL, RISK_STYLE } from "./risk-style";

/**
 * The risk mix as a server-rendered SVG bar, one segment per level, with a legend that
 * repeats every number in words and shapes, so the chart is never the only way to read it.
 */
export function RiskMixChart({ mix, title = "Risk mix" }: { mix: RiskMix; title?: string }) {
  const total = RISK_LEVELS.reduce((sum, level) => sum + mix[level], 0);
  const width = 600;
  const present = RISK_LEVELS.filter((level) => mix[level] > 0);
  const widths = present.map((level) => (total ? (mix[level] / total) * width : 0));
  // Each segment starts where the ones before it end.
  const segments = present.map((level, i) => ({ level, x: widths.slice(0, i).reduce((sum, w) => sum + w, 0), w: widths[i]! }));
  const summary = RISK_LEVELS.map((level) => `${mix[level]} ${level}`).join(", ");
  return (
    <figure className="my-4">
      <svg viewBox={`0 0 ${width} 28`} className="h-7 w-full" role="img" aria-label={`${title}: ${summary}`} preserveAspectRatio="none">
        <title>{`${title}: ${summary}`}</title>
        {total === 0 && <rect x="0" y="0" width={width} height="28" rx="4" style={{ fill: EMPTY_FILL }} />}
        {segments.map(({ level, x: sx, w }) => (
          <rect key={level} x={sx} y="0" width={Math.max(w - 1, 0.5)} height="28" style={{ fill: RISK_STYLE[level].themed }} data-level={level}>
            <title>{`${RISK_INFO[level].label}: ${plural(mix[level], "tool")}`}</title>
          </rect>
        ))}
      </svg>
      <figcaption>
        <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm">
          {RISK_LEVELS.map((level) => (
            <li key={level} className="inline-flex items-center gap-1.5" data-level={level} data-count={mix[level]}>
              <span style={{ color: RISK_STYLE[level].themed }}>
                <RiskIcon level={level} />
              </span>
              <span>
                {RISK_INFO[level].label}: <strong>{mix[level]}</strong>
              </span>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
