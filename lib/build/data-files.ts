import type { Catalogue } from "../content";
import { catalogueJsonLines, policyFileText, serverRecord, serversListing, toolRecord } from "../catalogue/records";
import { exportInputText, serverFiles, type ServerFiles } from "../catalogue/server-files";
import { absoluteUrl, paths } from "../catalogue/site";
import { sitemapFiles, sitemapPaths } from "../catalogue/sitemap";

/**
 * Pure: the export's files that are not pages (the JSON copies, the policy files and the JSON
 * Lines download), as URL paths and their text. They are written after `next build` from the
 * catalogue it was built from (lib/build/write-files.ts) instead of going through Next's page
 * machinery, which spent as long on each of these small files as on a page. The bytes are
 * those the route handlers served: JSON without indentation, policies pretty-printed as the
 * file a person saves. A server page too large to show its client exports links them instead
 * (lib/catalogue/server-files.ts): they are written here, byte for byte what the page would show.
 */

export interface SiteFile {
  /** The URL path the file is served at, e.g. "/data/servers/x.json" (before any base path). */
  urlPath: string;
  text: string;
}

/**
 * Every file of the export that is not a page: the sitemap (an index and its parts once the
 * site outgrows one file, which a route of Next's could not make) and the data files.
 */
export function* siteFiles(catalogue: Catalogue, attacks: readonly { slug: string }[]): Generator<SiteFile> {
  yield* sitemapFiles(sitemapPaths(catalogue, attacks), absoluteUrl);
  yield* dataFiles(catalogue);
}

export function* dataFiles(catalogue: Catalogue): Generator<SiteFile> {
  yield { urlPath: paths.serversData(), text: JSON.stringify(serversListing(catalogue)) };
  yield { urlPath: paths.catalogueData(), text: catalogueJsonLines(catalogue) };
  for (const server of catalogue.servers) {
    yield { urlPath: paths.serverData(server.slug), text: JSON.stringify(serverRecord(server)) };
    const files = serverFiles(server);
    yield { urlPath: paths.serverPolicy(server.slug), text: files.policyText };
    if (files.linked) yield* linkedExportFiles(files);
    for (const tool of server.tools) {
      yield { urlPath: paths.toolData(server.slug, tool.slug), text: JSON.stringify(toolRecord(tool)) };
      yield { urlPath: paths.toolPolicy(server.slug, tool.slug), text: policyFileText(tool.policy) };
    }
  }
}

/** The files a server page links in place of its client exports and its page script's input. */
export function* linkedExportFiles({ input, exports }: ServerFiles): Generator<SiteFile> {
  for (const format of exports) {
    yield { urlPath: paths.serverExport(input.slug, format.id, "file", format.language), text: format.content };
    yield { urlPath: paths.serverExport(input.slug, format.id, "rules", format.language), text: format.rules };
  }
  yield { urlPath: paths.serverExportInput(input.slug), text: exportInputText(input) };
}
