import type { Metadata } from "next";
import { ServerBrowser } from "@/app/_components/server/server-browser";
import { catalogueCounts, pageMetadata, paths, plural } from "@/lib/catalogue";
import { getCatalogue } from "@/lib/content";

export const metadata: Metadata = pageMetadata({
  title: "MCP servers",
  description: "Every MCP server in the catalogue, with how many of its tools are low, medium, high and critical risk.",
  path: paths.servers(),
});

export default function ServersPage() {
  const catalogue = getCatalogue();
  const counts = catalogueCounts(catalogue);
  return (
    <div className="space-y-6">
      <h1>MCP servers</h1>
      <p className="prose-text">
        {plural(counts.servers, "server")} with {plural(counts.tools, "catalogued tool")}, in alphabetical order. Each server page sums up
        what its tools can do and gives one policy for all of them.
      </p>
      <ServerBrowser servers={catalogue.servers} />
    </div>
  );
}
