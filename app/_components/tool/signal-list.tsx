import Link from "next/link";
import { paths } from "@/lib/catalogue/site";
import { SIGNALS, type SignalId } from "@/lib/taxonomy";

/** An attack page a tool concerns, and which of its signals lead there (none: by category or role). */
export interface AttackLink {
  slug: string;
  title: string;
  because: readonly SignalId[];
}

/** The tool's risk signals in words, each with the attack patterns it opens the door to. */
export function SignalList({ signals, attacks }: { signals: readonly string[]; attacks: readonly AttackLink[] }) {
  const general = attacks.filter((attack) => attack.because.length === 0);
  return (
    <div>
      {signals.length === 0 ? (
        <p className="muted">No specific risk signals beyond its category.</p>
      ) : (
        <ul className="space-y-2">
          {signals.map((id) => {
            const signal = SIGNALS[id as SignalId];
            if (!signal) return null;
            const related = attacks.filter((attack) => attack.because.includes(id as SignalId));
            return (
              <li key={id} className="card" data-signal={id}>
                <p className="font-medium">{signal.label}</p>
                {related.length > 0 && (
                  <p className="muted mt-1 text-sm">
                    Attack patterns:{" "}
                    {related.map((attack, i) => (
                      <span key={attack.slug}>
                        {i > 0 && ", "}
                        <Link href={paths.attack(attack.slug)}>{attack.title}</Link>
                      </span>
                    ))}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {general.length > 0 && (
        <p className="mt-3 text-sm">
          Also read, for tools of this kind:{" "}
          {general.map((attack, i) => (
            <span key={attack.slug}>
              {i > 0 && ", "}
              <Link href={paths.attack(attack.slug)}>{attack.title}</Link>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
