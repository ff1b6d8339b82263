import { policyExports } from "@/lib/policy/exports";
import type { Policy } from "@/lib/policy/schema";
import { CopyTextButton } from "./copy-text-button";

/** The built policy in each client's format, with what each format cannot say. */
export function ExportsPanel({ policy, server, tools }: { policy: Policy; server: string; tools: readonly string[] | undefined }) {
  const exports = policyExports({ server, policy, ...(tools ? { tools } : {}) });
  return (
    <section aria-labelledby="exports-heading">
      <h2 id="exports-heading">The same policy for your client</h2>
      <div className="space-y-2">
        {exports.map((format) => (
          <details key={format.id} className="card" data-builder-export={format.id}>
            <summary className="cursor-pointer font-medium">
              {format.label} <span className="muted font-mono text-sm">({format.fileName})</span>
            </summary>
            <div className="mt-3 space-y-2">
              {format.caveats.length > 0 && (
                <ul className="list-disc pl-5 text-sm text-amber-900 dark:text-amber-200">
                  {format.caveats.map((caveat, i) => (
                    <li key={i}>{caveat}</li>
                  ))}
                </ul>
              )}
              <div className="flex flex-wrap gap-2">
                <CopyTextButton text={format.content} label={`Copy ${format.fileName}`} />
                <a className="button" href={dataUrl(format.content, format.language)} download={format.fileName}>
                  Download {format.fileName}
                </a>
              </div>
              <pre className="code-block" tabIndex={0}>
                <code>{format.content}</code>
              </pre>
            </div>
          </details>
        ))}
      </div>
    </section>
  );
}

export function dataUrl(text: string, language: "json" | "toml"): string {
  const type = language === "json" ? "application/json" : "application/toml";
  return `data:${type};charset=utf-8,${encodeURIComponent(text)}`;
}
