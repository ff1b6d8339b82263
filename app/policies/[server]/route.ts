import { dataFileParam, fileParams } from "@/lib/catalogue/file-params";
import { findServer, serverPolicy } from "@/lib/catalogue/queries";
import { policyFileText } from "@/lib/catalogue/records";
import { getCatalogue } from "@/lib/content";

// /policies/<server>.json: the whole server's policy, byte for byte what the server page shows.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams(): { server: string }[] {
  return fileParams(getCatalogue().servers.map((server) => server.slug), ".json").map((server) => ({ server }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ server: string }> }): Promise<Response> {
  const slug = dataFileParam((await params).server, ".json");
  const server = slug ? findServer(getCatalogue(), slug) : undefined;
  if (!server) return new Response("Not found", { status: 404 });
  return new Response(policyFileText(serverPolicy(server)), { headers: { "content-type": "application/json; charset=utf-8" } });
}
