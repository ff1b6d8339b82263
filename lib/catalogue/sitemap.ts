import type { Catalogue } from "../content";
import { CATEGORIES, RISK_LEVELS } from "../taxonomy";
import { extraPageParams, toolsAtRisk, toolsInCategory } from "./queries";
import { paths } from "./site";

/** Every page of the site: the fixed pages, each listing page, attack, server and tool. */
export function sitemapPaths(catalogue: Catalogue, attacks: readonly { slug: string }[]): string[] {
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
    ...attacks.map((attack) => paths.attack(attack.slug)),
    ...RISK_LEVELS.flatMap((level) => [paths.risk(level), ...extraPageParams(toolsAtRisk(catalogue, level).length).map((n) => `${paths.risk(level)}${n}/`)]),
    ...CATEGORIES.flatMap((category) => [
      paths.category(category),
      ...extraPageParams(toolsInCategory(catalogue, category).length).map((n) => `${paths.category(category)}${n}/`),
    ]),
    ...catalogue.servers.flatMap((server) => [paths.server(server.slug), ...server.tools.map((tool) => paths.tool(server.slug, tool.slug))]),
  ];
}
