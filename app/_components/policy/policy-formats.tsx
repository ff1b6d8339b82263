import type { Policy } from "@/lib/policy/schema";
import { policyExports } from "@/lib/policy/exports";
import { CopyButton } from "./copy-button";

/** The same policy in each agent client's own format, one disclosure each (no script needed to open). */
export function PolicyFormats({ server, policy, tools }: { server: string; policy: Policy; tools: readonly string[] }) {
  const formats = policyExports({ server, policy, tools });
  if (formats.length === 0) return null;
  return (
    <div>
      <h3>The same policy for your agent&apos;s client</h3>
      <div className="space-y-2">
        {formats.map((format) => (
          <details key={format.id} className="card" data-policy-format={format.id}>
            <summary className="cursor-pointer font-medium">
              {format.label} <span className="muted font-mono text-sm">({format.fileName})</span>
            </summary>
            <div className="mt-3 space-y-2">
              {format.caveats.length > 0 && (
                <ul className="list-disc pl-5 text-sm text-amber-900 dark:text-amber-200">
                  {format.caveats.map((caveat) => (
                    <li key={caveat}>{caveat}</li>
                  ))}
                </ul>
              )}
              <CopyButton targetId={`format-${format.id}`} label={`Copy ${format.fileName}`} />
              <pre className="code-block" id={`format-${format.id}`} tabIndex={0} role="region" aria-label={`${format.label}: ${format.fileName}`}>
                <code>{format.content}</code>
              </pre>
            </div>
          </details>
        ))}
      </div>
    </div>
  );
}
