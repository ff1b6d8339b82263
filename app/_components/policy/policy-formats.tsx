import { caveatSummary, policyExports, type ExportContext, type PolicyExport } from "@/lib/policy/exports";
import { CopyButton } from "./copy-button";
import { dataUrl } from "./data-url";
import { RawList, RawText } from "./raw-text";

interface PolicyFormatsProps {
  ctx: ExportContext;
  /** Prefix for the ids of the snippets, unique on the page. */
  idPrefix: string;
  /** Offer each file as a download too (the builder, whose policy exists only in the browser). */
  downloadable?: boolean;
}

/**
 * The same policy in each agent client's own format, one disclosure each (no script needed to
 * open): where the file goes, the client release that loaded it in our tests, what the format
 * cannot say (one line, details folded), the whole file and the rules alone to merge. Used by
 * tool pages, server pages and the builder. The parts marked data-export-part are rewritten by
 * the page script when the reader names their server (lib/enhance/client-name.ts).
 */
export function PolicyFormats({ ctx, idPrefix, downloadable = false }: PolicyFormatsProps) {
  return (
    <div className="space-y-2">
      {policyExports(ctx).map((format) => (
        <ExportCard key={format.id} format={format} snippetId={`${idPrefix}-${format.id}`} downloadable={downloadable} />
      ))}
    </div>
  );
}

function ExportCard({ format, snippetId, downloadable }: { format: PolicyExport; snippetId: string; downloadable: boolean }) {
  return (
    <details className="card" data-policy-format={format.id}>
      <summary className="cursor-pointer font-medium">
        {format.label} <RawText className="muted font-mono text-sm" data-export-part="fileName" text={format.fileName} />
      </summary>
      <div className="mt-3 space-y-3">
        <p className="text-sm">
          Goes in <RawText as="code" data-export-part="location" text={format.location} />.{" "}
          <span className="muted" data-export-tested="">
            Loaded by {format.testedWith}, the client&apos;s own code, in our tests.
          </span>
        </p>
        <details className="text-sm text-amber-900 dark:text-amber-200">
          <summary className="cursor-pointer">
            <RawText data-export-part="caveatSummary" text={caveatSummary(format)} />
          </summary>
          <RawList className="mt-1 list-disc space-y-1 pl-5" part="caveats" items={format.caveats.map((c) => c.text)} />
        </details>

        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm font-medium">The whole file</span>
          <CopyButton targetId={`${snippetId}-file`} label="Copy the whole file" />
          {downloadable && (
            <a className="button" href={dataUrl(format.content, format.language)} download={format.fileName}>
              Download {format.fileName}
            </a>
          )}
        </div>
        <pre className="code-block" id={`${snippetId}-file`} tabIndex={0} role="region" aria-label={`${format.label}: the whole file`}>
          <RawText as="code" data-export-part="content" text={format.content} />
        </pre>

        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm font-medium">The rules alone, to merge</span>
          <CopyButton targetId={`${snippetId}-rules`} label="Copy the rules" />
        </div>
        <RawText as="p" className="muted text-sm" data-export-part="mergeHint" text={format.mergeHint} />
        <pre className="code-block" id={`${snippetId}-rules`} tabIndex={0} role="region" aria-label={`${format.label}: the rules alone`}>
          <RawText as="code" data-export-part="rules" text={format.rules} />
        </pre>
      </div>
    </details>
  );
}
