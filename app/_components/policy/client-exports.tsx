import { serializeJsonLd } from "@/lib/catalogue/json-ld";
import { BASE_PATH, paths, withBasePath } from "@/lib/catalogue/site";
import { exportsScriptSrc } from "@/lib/enhance/script-path";
import { exportContext, type ExportInput } from "@/lib/enhance/export-input";
import { defaultNameNote, type PolicyExport } from "@/lib/policy/exports";
import { GuardSection } from "./guard-section";
import { PolicyFormats } from "./policy-formats";
import { escapeHtml } from "./raw-text";

interface ClientExportsProps {
  input: ExportInput;
  /** Site path of the policy file the guard reads. */
  guardPolicyPath: string;
  idPrefix: string;
  /**
   * Link the exports and the input instead of putting them in the page: a server page whose
   * files are too large (lib/catalogue/server-files.ts). The build writes them at these paths.
   */
  linked?: boolean;
  /** The exports under the catalogue's name, when the page has made them already (lib/catalogue/server-files.ts). */
  exports?: readonly PolicyExport[];
}

/**
 * The policy where the agent calls, on a server or tool page: the client exports under the
 * catalogue's name for the server, then the guard. The page script puts a field for the
 * reader's own name for the server in [data-client-name] (remembered, and carried by a link)
 * and writes every export and the guard's entry again under it, from the input below, or from
 * the input file it fetches once the reader's name is not the catalogue's.
 */
export function ClientExports({ input, guardPolicyPath, idPrefix, linked = false, exports }: ClientExportsProps) {
  const { slug, only } = input;
  // Without script the note stays: the reader can still rename the server by hand or with --name.
  const note = `<p class="muted text-sm">${escapeHtml(`${defaultNameNote(slug)} On the command line: catalogue policy export --name NAME.`)}</p>`;
  const source = linked
    ? { "data-export-input-src": withBasePath(paths.serverExportInput(slug)), "data-export-slug": slug }
    : {};
  return (
    <section aria-labelledby="exports" data-client-exports="" {...source}>
      <h3 id="exports">The same policy for your agent&apos;s client</h3>
      <div data-client-name="" dangerouslySetInnerHTML={{ __html: note }} />
      <PolicyFormats
        ctx={exportContext(input, slug)}
        idPrefix={idPrefix}
        {...(exports ? { exports } : {})}
        {...(linked ? { linkTo: (format, part) => paths.serverExport(slug, format.id, part, format.language) } : {})}
      />
      <GuardSection name={slug} setup={input.guard} policyPath={guardPolicyPath} wholeServerNote={only !== undefined} />
      {/* Strangers' tool names are in here: serializeJsonLd escapes everything that could end the element. */}
      {!linked && <script type="application/json" data-export-input="" dangerouslySetInnerHTML={{ __html: serializeJsonLd(input) }} />}
      <script src={exportsScriptSrc(BASE_PATH)} defer />
    </section>
  );
}
