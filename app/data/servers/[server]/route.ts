import { dataFileParam, fileParams } from "@/lib/catalogue/file-params";
import { findServer } from "@/lib/catalogue/queries";
import { serverRecord } from "@/lib/catalogue/records";
import { getCatalogue } from "@/lib/content";

// /data/servers/<server>.json: the segment is the whole file name, so the export writes a file.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams(): { server: string }[] {
  return fileParams(getCatalogue().servers.map((server) => server.slug), ".json").map((server) => ({ server }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ server: string }> }): Promise<Response> {
  const slug = dataFileParam((await params).server, ".json");
  const server = slug ? findServer(getCatalogue(), slug) : undefined;
  if (!server) return new Response("Not found", { status: 404 });
  return Response.json(serverRecord(server));
}
