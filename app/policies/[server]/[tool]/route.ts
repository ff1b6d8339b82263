import { dataFileParam } from "@/lib/catalogue/file-params";
import { findTool } from "@/lib/catalogue/queries";
import { policyFileText } from "@/lib/catalogue/records";
import { getCatalogue } from "@/lib/content";

// /policies/<server>/<tool>.json: one tool's recommended policy, byte for byte what its page shows.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams(): { server: string; tool: string }[] {
  return getCatalogue().servers.flatMap((server) => server.tools.map((tool) => ({ server: server.slug, tool: `${tool.slug}.json` })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ server: string; tool: string }> }): Promise<Response> {
  const { server, tool } = await params;
  const toolSlug = dataFileParam(tool, ".json");
  const found = toolSlug ? findTool(getCatalogue(), server, toolSlug) : undefined;
  if (!found) return new Response("Not found", { status: 404 });
  return new Response(policyFileText(found.tool.policy), { headers: { "content-type": "application/json; charset=utf-8" } });
}
