import type { ImpactSummary as Impact } from "@/lib/catalogue/queries";

const ITEMS: { key: keyof Impact; label: string; detail: string }[] = [
  { key: "change", label: "can change things", detail: "write" },
  { key: "destroy", label: "can destroy", detail: "destructive" },
  { key: "execute", label: "can execute code", detail: "execute" },
  { key: "spend", label: "can spend money", detail: "financial" },
  { key: "read", label: "only read", detail: "read" },
];

/** How many of a server's tools can change, destroy, execute or spend, as big plain numbers. */
export function ImpactSummary({ impact }: { impact: Impact }) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-5" data-impact-summary="">
      {ITEMS.map((item) => (
        <li key={item.key} className="card" data-impact={item.key} data-count={impact[item.key]}>
          <p className="text-3xl font-bold tabular-nums">{impact[item.key]}</p>
          <p className="text-sm">
            {impact[item.key] === 1 ? "tool" : "tools"} {item.label}
          </p>
          <p className="muted text-xs">category {item.detail}</p>
        </li>
      ))}
    </ul>
  );
}
