import { renderToStaticMarkup } from "react-dom/server";
import { ToolArticle, toolPageHead } from "../../../app/_components/tool/tool-article";
import { findTool } from "../../catalogue";
import type { Catalogue } from "../../content";
import { fillTemplate, pageHeadTags, type PageTemplate } from "./page-html";

/**
 * One tool page as the route renders it (app/servers/[server]/[tool]/page.tsx), with React
 * alone. Without the empty comments React puts between text nodes for hydration: nothing
 * hydrates a tool page (see withoutTextSeparators).
 */
export function toolPageParts(catalogue: Catalogue, serverSlug: string, toolSlug: string): { headTags: string; article: string } {
  const { server, tool } = toolOf(catalogue, serverSlug, toolSlug);
  return {
    headTags: pageHeadTags(toolPageHead(server, tool)),
    article: renderToStaticMarkup(<ToolArticle catalogue={catalogue} server={server} tool={tool} />),
  };
}

/** The head tags alone: what cutting the template needs, without rendering its article. */
export function toolPageHeadTags(catalogue: Catalogue, serverSlug: string, toolSlug: string): string {
  const { server, tool } = toolOf(catalogue, serverSlug, toolSlug);
  return pageHeadTags(toolPageHead(server, tool));
}

function toolOf(catalogue: Catalogue, serverSlug: string, toolSlug: string) {
  const found = findTool(catalogue, serverSlug, toolSlug);
  if (!found) throw new Error(`no tool ${toolSlug} on server ${serverSlug} in the catalogue`);
  return found;
}

export function renderToolPage(catalogue: Catalogue, template: PageTemplate, serverSlug: string, toolSlug: string): string {
  const { headTags, article } = toolPageParts(catalogue, serverSlug, toolSlug);
  return fillTemplate(template, headTags, article);
}
