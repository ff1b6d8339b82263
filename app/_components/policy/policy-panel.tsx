import type { Policy } from "@/lib/policy/schema";
import { policyFileText } from "@/lib/catalogue/records";
import { withBasePath } from "@/lib/catalogue/site";
import { CopyButton } from "./copy-button";
import { LinkedFile } from "./linked-file";

interface PolicyPanelProps {
  policy: Policy;
  /** Site path of the same policy as a file. */
  filePath: string;
  /** Name the browser saves it under. */
  fileName: string;
  heading: string;
  headingId: string;
  /** Link the file instead of showing it: a server page whose files are too large (lib/catalogue/server-files.ts). */
  linked?: boolean;
  /** The policy file's text, when the page has made it already (lib/catalogue/server-files.ts). */
  text?: string;
}

/** The policy.json exactly as served at filePath, to read, copy or download. */
export function PolicyPanel({ policy, filePath, fileName, heading, headingId, linked = false, text = policyFileText(policy) }: PolicyPanelProps) {
  if (linked) {
    return (
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{heading}</h2>
        <LinkedFile
          href={filePath}
          fileName={fileName}
          text={text}
          textId={`${headingId}-json`}
          label={`${heading}, JSON`}
          linkAttributes={{ "data-policy-download": "" }}
        />
      </section>
    );
  }
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <div className="mb-2 flex flex-wrap items-center gap-3">
        <CopyButton targetId={`${headingId}-json`} label="Copy policy.json" />
        <a className="button" href={withBasePath(filePath)} download={fileName} data-policy-download="">
          Download {fileName}
        </a>
      </div>
      {/* Focusable so a keyboard can scroll a long policy. */}
      <pre className="code-block" id={`${headingId}-json`} tabIndex={0} role="region" aria-label={`${heading}, JSON`} data-policy-json="">
        <code>{text}</code>
      </pre>
    </section>
  );
}
