import { byteLength, sizeText } from "@/lib/catalogue/file-size";
import { withBasePath } from "@/lib/catalogue/site";
import { CopyButton } from "./copy-button";

interface LinkedFileProps {
  /** Site path of the file, written at build time. */
  href: string;
  /** Name the browser saves it under. */
  fileName: string;
  /** The file's text, measured here and never put in the page. */
  text: string;
  /** Id of the element the enhancer shows it in, unique on the page. */
  textId: string;
  /** What the file is, for the region that shows it. */
  label: string;
  /** Marks the parts the client-exports script rewrites under the reader's name for the server. */
  exportPart?: "content" | "rules";
  linkAttributes?: Record<string, string>;
}

/**
 * A generated file too large to put in its page (lib/catalogue/server-files.ts): a plain link to
 * it and its size, which work without script. The client-exports script (lib/enhance/linked-file.ts)
 * adds a button that fetches it into the page, and a copy button once it is there.
 */
export function LinkedFile({ href, fileName, text, textId, label, exportPart, linkAttributes = {} }: LinkedFileProps) {
  return (
    <div className="space-y-2" data-linked-file="" {...(exportPart ? { "data-export-linked": exportPart } : {})}>
      <p className="text-sm">
        <a href={withBasePath(href)} download={fileName} data-linked-file-link="" {...linkAttributes}>
          {fileName}
        </a>{" "}
        <span className="muted">
          (<span data-linked-file-size="">{sizeText(byteLength(text))}</span>, too large to show on this page: the link serves it whole)
        </span>
      </p>
      <div hidden className="flex flex-wrap items-center gap-2" data-linked-file-actions="">
        <button type="button" className="button" aria-controls={textId} data-linked-file-show="">
          Show it here
        </button>
        <span hidden data-linked-file-copy="">
          <CopyButton targetId={textId} label="Copy it" />
        </span>
        <span role="status" aria-live="polite" className="muted text-sm" data-linked-file-status="" />
      </div>
      {/* Focusable so a keyboard can scroll a long file. */}
      <pre hidden className="code-block" id={textId} tabIndex={0} role="region" aria-label={label}>
        <code data-linked-file-text="" />
      </pre>
    </div>
  );
}
