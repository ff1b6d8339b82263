import { caveatSummary, policyExports, rulesFileName, type ExportContext, type PolicyExport } from "@/lib/policy/exports";
import { CopyButton } from "./copy-button";
import { dataUrl } from "./data-url";
import { LinkedFile } from "./linked-file";
import { RawList, RawText } from "./raw-text";

interface PolicyFormatsProps {
  ctx: ExportContext;
  /** Prefix for the ids of the snippets, unique on the page. */
  idPrefix: string;
  /** Offer each file as a download too (the builder, whose policy exists only in the browser). */
  downloadable?: boolean;
  /** Link each file instead of showing it, at the site path this gives (a server page whose files are too large). */
  linkTo?: FileLink;
  /** The exports of ctx when the page has made them already (lib/catalogue/server-files.ts), so they are not made twice. */
  exports?: readonly PolicyExport[];
}

type Part = "file" | "rules";
type FileLink = (format: PolicyExport, part: Part) => string;

/**
 * The same policy in each agent client's own format, one disclosure each (no script needed to
 * open): where the file goes, the client release that loaded it in our tests, what the format
 * cannot say (one line, details folded), the whole file and the rules alone to merge. Used by
 * tool pages, server pages and the builder. The parts marked data-export-part are rewritten by
 * the page script when the reader names their server (lib/enhance/client-name.ts).
 */
export function PolicyFormats({ ctx, idPrefix, downloadable = false, linkTo, exports = policyExports(ctx) }: PolicyFormatsProps) {
  return (
    <div className="space-y-2">
      {exports.map((format) => (
        <ExportCard key={format.id} format={format} snippetId={`${idPrefix}-${format.id}`} downloadable={downloadable} linkTo={linkTo} />
      ))}
    </div>
  );
}

interface CardProps {
  format: PolicyExport;
  snippetId: string;
  downloadable: boolean;
  linkTo: FileLink | undefined;
}

function ExportCard({ format, snippetId, downloadable, linkTo }: CardProps) {
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
        <ExportText part="file" format={format} snippetId={snippetId} downloadable={downloadable} linkTo={linkTo} />
        <ExportText part="rules" format={format} snippetId={snippetId} downloadable={false} linkTo={linkTo} />
      </div>
    </details>
  );
}

const PART_TEXT = {
  file: { heading: "The whole file", copy: "Copy the whole file", label: "the whole file", exportPart: "content" },
  rules: { heading: "The rules alone, to merge", copy: "Copy the rules", label: "the rules alone", exportPart: "rules" },
} as const;

/** The whole file or the rules alone: shown with a copy button, or linked when linkTo is given. */
function ExportText({ part, format, snippetId, downloadable, linkTo }: CardProps & { part: Part }) {
  const words = PART_TEXT[part];
  const id = `${snippetId}-${part}`;
  const text = part === "file" ? format.content : format.rules;
  const fileName = part === "file" ? format.fileName : rulesFileName(format);
  const mergeHint = part === "rules" && <RawText as="p" className="muted text-sm" data-export-part="mergeHint" text={format.mergeHint} />;
  if (linkTo) {
    return (
      <>
        <p className="text-sm font-medium">{words.heading}</p>
        {mergeHint}
        <LinkedFile href={linkTo(format, part)} fileName={fileName} text={text} textId={id} label={`${format.label}: ${words.label}`} exportPart={words.exportPart} />
      </>
    );
  }
  return (
    <>
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm font-medium">{words.heading}</span>
        <CopyButton targetId={id} label={words.copy} />
        {downloadable && (
          <a className="button" href={dataUrl(text, format.language)} download={fileName}>
            Download {fileName}
          </a>
        )}
      </div>
      {mergeHint}
      <pre className="code-block" id={id} tabIndex={0} role="region" aria-label={`${format.label}: ${words.label}`}>
        <RawText as="code" data-export-part={words.exportPart} text={text} />
      </pre>
    </>
  );
}
