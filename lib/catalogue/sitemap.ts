import type { Catalogue } from "../content";
import { CATEGORIES, RISK_LEVELS } from "../taxonomy";
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
    ...RISK_LEVELS.map(paths.risk),
    ...CATEGORIES.map(paths.category),
    ...catalogue.servers.flatMap((server) => [paths.server(server.slug), ...server.tools.map((tool) => paths.tool(server.slug, tool.slug))]),
  ];
}
