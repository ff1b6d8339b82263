import type { Catalogue } from "../content";
import { CATEGORIES, RISK_LEVELS } from "../taxonomy";
import { extraPageParams, toolsAtRisk, toolsInCategory } from "./queries";
import { paths } from "./site";

/** Every page of the catalogue this module knows of (attack, search and builder pages are listed by path only). */
export function sitemapPaths(catalogue: Catalogue): string[] {
  return [
    paths.home(),
    paths.servers(),
    paths.risks(),
    paths.categories(),
    paths.attacks(),
    paths.search(),
    paths.policyBuilder(),
    paths.policyDocs(),
    paths.dataDocs(),
    paths.method(),
    ...RISK_LEVELS.flatMap((level) => [paths.risk(level), ...extraPageParams(toolsAtRisk(catalogue, level).length).map((n) => `${paths.risk(level)}${n}/`)]),
    ...CATEGORIES.flatMap((category) => [
      paths.category(category),
      ...extraPageParams(toolsInCategory(catalogue, category).length).map((n) => `${paths.category(category)}${n}/`),
    ]),
    ...catalogue.servers.flatMap((server) => [paths.server(server.slug), ...server.tools.map((tool) => paths.tool(server.slug, tool.slug))]),
  ];
}
