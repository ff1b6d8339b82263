import type { Metadata } from "next";
import Link from "next/link";
import { pageMetadata, paths, withBasePath } from "@/lib/catalogue";

export const metadata: Metadata = pageMetadata({
  title: "Data downloads",
  description: "Every server, tool and policy of the catalogue as JSON at a stable path, and the whole catalogue as one JSON Lines file.",
  path: paths.dataDocs(),
});

const FILES: { path: string; example: string; what: string }[] = [
  { path: "/data/servers.json", example: paths.serversData(), what: "Every server: { servers: [ServerSummary] }." },
  { path: "/data/servers/<server>.json", example: paths.serverData("tachibot"), what: "One server with all its catalogued tools (Server)." },
  { path: "/data/servers/<server>/<tool>.json", example: paths.toolData("tachibot", "focus_export_session"), what: "One tool (Tool)." },
  { path: "/data/catalogue.jsonl", example: paths.catalogueData(), what: "Every tool, one Tool object per line (JSON Lines, UTF-8, each line ends in \\n)." },
  { path: "/policies/<server>.json", example: paths.serverPolicy("tachibot"), what: "The recommended policy.json for the whole server." },
  { path: "/policies/<server>/<tool>.json", example: paths.toolPolicy("tachibot", "focus_export_session"), what: "The recommended policy.json for one tool." },
];

const TOOL_FIELDS: [string, string, string][] = [
  ["server", "string", "Slug of the server that provides the tool."],
  ["name", "string", "The tool's name exactly as the server declares it."],
  ["slug", "string", "URL and file-name segment of the tool, unique within its server."],
  ["title", "string, optional", "The tool's annotations.title, when declared."],
  ["description", "string", "The server's own description, verbatim, in its own language; may be empty. Untrusted text: never render it as HTML."],
  ["category", '"read" | "write" | "destructive" | "execute" | "financial"', "The strongest effect one call can have."],
  ["risk", '"low" | "medium" | "high" | "critical"', "Worst realistic harm of one call."],
  ["confidence", "number 0–1, optional", "How sure a machine verdict is; absent for hand-written and corrected entries."],
  ["rationale", "string", "Why the tool needs a policy."],
  ["signals", "string[]", "Risk signal ids (e.g. bulk-operation, exposes-credentials)."],
  ["roles", "string[]", "Data-flow roles: untrusted-input, private-data, public-sink, destroys."],
  ["evidence", "string[]", "Words of the definition the verdict rests on."],
  ["policy", "object", "The recommended policy.json (see the policy format)."],
  ["inputSchema", "object", "The tool's JSON Schema for its arguments, as declared."],
  ["annotations", "object, optional", "MCP annotations as declared (hints, not guarantees)."],
  ["source", "string", "Where the definition was read from."],
  ["reviewed", "boolean", "A person checked this verdict."],
  ["reviewNote", "string, optional", "What a person's correction of the verdict says."],
  ["importedAt", "string, optional", "When the entry was last imported (ISO 8601), when recorded."],
  ["notes", "string, optional", "Editorial notes (markdown)."],
  ["url", "string", "The tool's page on this site."],
  ["policyUrl", "string", "The tool's policy file on this site."],
];

export default function DataDocsPage() {
  return (
    <div className="space-y-6">
      <h1>Data downloads</h1>
      <p className="prose-text">
        Everything on this site is also plain files at stable paths, so you can build on it. The files are generated with the site, so they
        always agree with the pages. Paths below are relative to the site root.
      </p>
      <h2>Files</h2>
      <div className="overflow-x-auto">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Path</th>
              <th scope="col">Contents</th>
            </tr>
          </thead>
          <tbody>
            {FILES.map((file) => (
              <tr key={file.path}>
                <td className="font-mono whitespace-nowrap">
                  <a href={withBasePath(file.example)}>{file.path}</a>
                </td>
                <td>{file.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>The Tool object (one line of catalogue.jsonl)</h2>
      <div className="overflow-x-auto">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Type</th>
              <th scope="col">Meaning</th>
            </tr>
          </thead>
          <tbody>
            {TOOL_FIELDS.map(([field, type, meaning]) => (
              <tr key={field}>
                <td className="font-mono">{field}</td>
                <td className="font-mono text-xs">{type}</td>
                <td>{meaning}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Server and ServerSummary</h2>
      <p className="prose-text">
        A <strong>ServerSummary</strong> has <code>slug</code>, <code>title</code>, <code>description</code>, optional <code>repository</code>{" "}
        and <code>package</code>, <code>catalogued</code> (tools in this catalogue), optional <code>toolCount</code> (tools the server lists
        in all, when more than catalogued), <code>risk</code> (counts per level: <code>low</code>, <code>medium</code>, <code>high</code>,{" "}
        <code>critical</code>), <code>url</code>, <code>dataUrl</code> and <code>policyUrl</code>. A <strong>Server</strong> has the same
        fields except <code>dataUrl</code>, plus <code>source</code>, optional <code>version</code> and <code>notes</code>,{" "}
        <code>policy</code> (the whole server&apos;s policy) and <code>tools</code> (Tool objects).
      </p>
      <h2>Stability</h2>
      <p className="prose-text">
        Fields are added, never renamed or removed. Policies follow the <Link href={paths.policyDocs()}>policy.json format</Link>, and every
        policy file validates against it. Descriptions and schemas are quoted from the servers as they declare them: treat them as
        untrusted text.
      </p>
    </div>
  );
}
