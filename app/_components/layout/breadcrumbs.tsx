import Link from "next/link";

export function Breadcrumbs({ items }: { items: { href?: string; label: string }[] }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-4 text-sm">
      <ol className="muted flex flex-wrap gap-1">
        {items.map((item, i) => (
          <li key={`${i}-${item.label}`} className="flex gap-1 break-all">
            {i > 0 && <span aria-hidden="true">/</span>}
            {item.href ? (
              // A crumb leads to a listing: prefetching it would fetch the whole listing's payload.
              <Link href={item.href} prefetch={false} className="inline-flex min-h-6 items-center">
                {item.label}
              </Link>
            ) : <span aria-current="page">{item.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
