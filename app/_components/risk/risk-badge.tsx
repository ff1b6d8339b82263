import Link from "next/link";
import { paths } from "@/lib/catalogue/site";
import { CATEGORY_INFO, RISK_INFO, type Category, type RiskLevel } from "@/lib/taxonomy";
import { RiskIcon } from "./risk-icon";
import { CATEGORY_STYLE, RISK_STYLE } from "./risk-style";

interface BadgeProps {
  level: RiskLevel;
  /** Larger, for the top of a page. */
  large?: boolean;
  /** Link to the listing of this level. */
  link?: boolean;
}

export function RiskBadge({ level, large, link }: BadgeProps) {
  const size = large ? "px-3 py-1 text-base" : "px-2 py-0.5 text-xs";
  const body = (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full font-semibold whitespace-nowrap ring-1 ring-inset ${size} ${RISK_STYLE[level].badge}`}
      data-risk={level}
    >
      <RiskIcon level={level} className={large ? "h-4 w-4" : "h-3 w-3"} />
      {RISK_INFO[level].label} risk
    </span>
  );
  return link ? (
    <Link href={paths.risk(level)} prefetch={false} className="no-underline hover:no-underline">
      {body}
    </Link>
  ) : (
    body
  );
}

export function CategoryBadge({ category, large, link }: { category: Category; large?: boolean; link?: boolean }) {
  const size = large ? "px-3 py-1 text-base" : "px-2 py-0.5 text-xs";
  const body = (
    <span className={`inline-flex items-center rounded-md border-2 font-medium whitespace-nowrap ${size} ${CATEGORY_STYLE[category]}`} data-category={category}>
      {CATEGORY_INFO[category].label}
    </span>
  );
  return link ? (
    <Link href={paths.category(category)} prefetch={false} className="text-inherit no-underline hover:no-underline dark:text-inherit">
      {body}
    </Link>
  ) : (
    body
  );
}
