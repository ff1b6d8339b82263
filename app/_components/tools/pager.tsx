import Link from "next/link";

/** Page links for a split listing: page 1 lives at `base`, page n at `${base}${n}/`. */
/** Page numbers are narrow: each is a box of at least 32 px, so it is a fair tap target (WCAG 2.5.8). */
const PAGE_TARGET = "inline-flex min-h-8 min-w-8 items-center justify-center px-1";

export function Pager({ base, page, pages }: { base: string; page: number; pages: number }) {
  if (pages <= 1) return null;
  const href = (n: number) => (n === 1 ? base : `${base}${n}/`);
  return (
    <nav aria-label="Pages" className="mt-6">
      <ul className="flex flex-wrap items-center gap-2 text-sm">
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} prefetch={false} className={PAGE_TARGET}>
              ← Previous
            </Link>
          </li>
        )}
        {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
          <li key={n}>
            {n === page ? (
              <span aria-current="page" className={`${PAGE_TARGET} rounded border border-slate-400 font-semibold`}>
                {n}
              </span>
            ) : (
              <Link href={href(n)} prefetch={false} aria-label={`Page ${n}`} className={PAGE_TARGET}>
                {n}
              </Link>
            )}
          </li>
        ))}
        {page < pages && (
          <li>
            <Link href={href(page + 1)} prefetch={false} className={PAGE_TARGET}>
              Next →
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
