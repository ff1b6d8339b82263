import Link from "next/link";
import { paths } from "@/lib/catalogue/site";
import { CATEGORY_INFO, RISK_INFO, type Category, type RiskLevel } from "@/lib/taxonomy";
import { RiskIcon } from "./risk-icon";

interface BadgeProps {
  level: RiskLevel;
  /** Larger, for the top of a page. */
  large?: boolean;
  /** Link to the listing of this level. */
  link?: boolean;
}

/** Colours come from the stylesheet by data-risk (app/globals.css, .risk-badge): a class list per badge would be most of a long table's bytes. */
export function RiskBadge({ level, large, link }: BadgeProps) {
  const body = (
    <span className={large ? "risk-badge risk-badge-large" : "risk-badge"} data-risk={level}>
      <RiskIcon level={level} className="" />
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
  const body = (
    <span className={large ? "category-badge risk-badge-large" : "category-badge"} data-category={category}>
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
