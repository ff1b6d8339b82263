import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ToolArticle, toolPageHead } from "@/app/_components/tool/tool-article";
import { findTool, pageMetadata, paths } from "@/lib/catalogue";
import { pagesToRender } from "@/lib/build/render-plan";
import { getCatalogue } from "@/lib/content";

type Params = { server: string; tool: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  const params = getCatalogue().servers.flatMap((server) => server.tools.map((tool) => ({ server: server.slug, tool: tool.slug })));
  // Pages the build reuses from its last run, or renders itself, are not rendered here (lib/build/render-plan.ts).
  return pagesToRender(params, (p) => paths.tool(p.server, p.tool));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { server: serverSlug, tool: toolSlug } = await params;
  const found = findTool(getCatalogue(), serverSlug, toolSlug);
  return found ? pageMetadata(toolPageHead(found.server, found.tool)) : {};
}

export default async function ToolPage({ params }: { params: Promise<Params> }) {
  const { server: serverSlug, tool: toolSlug } = await params;
  const catalogue = getCatalogue();
  const found = findTool(catalogue, serverSlug, toolSlug);
  if (!found) notFound();
  return <ToolArticle catalogue={catalogue} server={found.server} tool={found.tool} />;
}
