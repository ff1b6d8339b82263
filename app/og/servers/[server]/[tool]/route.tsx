import { toolSocialImage } from "@/app/_components/seo/tool-social-image";
import { dataFileParam } from "@/lib/catalogue/file-params";
import { findTool } from "@/lib/catalogue/queries";
import { getCatalogue } from "@/lib/content";

// /og/servers/<server>/<tool>.png: a route handler rather than opengraph-image.tsx, because the
// export writes that convention's file without an extension, which CDNs serve as octet-stream.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams(): { server: string; tool: string }[] {
  return getCatalogue().servers.flatMap((server) => server.tools.map((tool) => ({ server: server.slug, tool: `${tool.slug}.png` })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ server: string; tool: string }> }): Promise<Response> {
  const { server, tool } = await params;
  const toolSlug = dataFileParam(tool, ".png");
  const found = toolSlug ? findTool(getCatalogue(), server, toolSlug) : undefined;
  if (!found) return new Response("Not found", { status: 404 });
  return toolSocialImage(found.tool, found.server);
}
