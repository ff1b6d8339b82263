import Link from "next/link";
import type { DataFlowWarning as Warning } from "@/lib/catalogue/queries";
import { paths } from "@/lib/catalogue/site";
import type { ToolEntry } from "@/lib/content";
import { DocumentLink } from "../layout/document-link";

function Names({ tools }: { tools: readonly ToolEntry[] }) {
  return (
    <>
      {tools.map((tool, i) => (
        <span key={tool.slug}>
          {i > 0 && ", "}
          <DocumentLink href={paths.tool(tool.server, tool.slug)} className="font-mono">
            {tool.name}
          </DocumentLink>
        </span>
      ))}
    </>
  );
}

/** The lethal trifecta on one server: untrusted input, private data and a way out, together. */
export function DataFlowWarning({ warning }: { warning: Warning }) {
  return (
    <section role="note" aria-labelledby="data-flow" className="mt-6 rounded-lg border-2 border-fuchsia-500 p-4" data-data-flow-warning="">
      <h2 id="data-flow" className="mt-0 flex items-center gap-2">
        <span aria-hidden="true">⚠</span> Data-flow warning: this server can leak private data
      </h2>
      <p className="prose-text">
        Its tools read content strangers wrote, read private data, and can send data out. An instruction hidden in untrusted content
        can make the agent read private data with one tool and send it away with another. Do not allow all three kinds together
        without a person approving the sending side: the recommended policy below holds every sending tool for a person&apos;s approval. See <Link href={paths.attack("lethal-trifecta")} prefetch={false}>the lethal trifecta</Link> and <Link href={paths.attack("data-exfiltration")} prefetch={false}>data exfiltration</Link>.
      </p>
      <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Reads untrusted content</dt>
        <dd><Names tools={warning.untrustedInput} /></dd>
        <dt className="font-semibold">Reads private data</dt>
        <dd><Names tools={warning.privateData} /></dd>
        <dt className="font-semibold">Sends data out</dt>
        <dd><Names tools={warning.publicSink} /></dd>
      </dl>
    </section>
  );
}
