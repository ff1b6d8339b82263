import type { Policy } from "@/lib/policy/schema";
import { policyExports } from "@/lib/policy/exports";
import { CopyButton } from "./copy-button";
import { dataUrl } from "./data-url";

interface PolicyFormatsProps {
  server: string;
  policy: Policy;
  tools: readonly string[] | undefined;
  /** Prefix for the ids of the snippets, unique on the page. */
  idPrefix: string;
  /** Offer each snippet as a file too (the builder, whose policy exists only in the browser). */
  downloadable?: boolean;
}

/**
 * The same policy in each agent client's own format, one disclosure each (no script needed to
 * open), with what the format cannot say. Used by tool pages, server pages and the builder.
 */
export function PolicyFormats({ server, policy, tools, idPrefix, downloadable = false }: PolicyFormatsProps) {
  const formats = policyExports({ name: server, policy, ...(tools ? { tools } : {}) });
  return (
    <div className="space-y-2">
      {formats.map((format) => {
        const snippetId = `${idPrefix}-${format.id}`;
        return (
          <details key={format.id} className="card" data-policy-format={format.id}>
            <summary className="cursor-pointer font-medium">
              {format.label} <span className="muted font-mono text-sm">({format.fileName})</span>
            </summary>
            <div className="mt-3 space-y-2">
              {format.caveats.length > 0 && (
                <ul className="list-disc pl-5 text-sm text-amber-900 dark:text-amber-200">
                  {format.caveats.map((caveat) => (
                    <li key={caveat.text}>{caveat.text}</li>
                  ))}
                </ul>
              )}
              <div className="flex flex-wrap gap-2">
                <CopyButton targetId={snippetId} label={`Copy ${format.fileName}`} />
                {downloadable && (
                  <a className="button" href={dataUrl(format.content, format.language)} download={format.fileName}>
                    Download {format.fileName}
                  </a>
                )}
              </div>
              <pre className="code-block" id={snippetId} tabIndex={0} role="region" aria-label={`${format.label}: ${format.fileName}`}>
                <code>{format.content}</code>
              </pre>
            </div>
          </details>
        );
      })}
    </div>
  );
}
