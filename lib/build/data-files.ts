import type { Catalogue } from "../content";
import { serverPolicy } from "../catalogue/queries";
import { catalogueJsonLines, policyFileText, serverRecord, serversListing, toolRecord } from "../catalogue/records";
import { paths } from "../catalogue/site";

/**
 * Pure: the export's files that are not pages (the JSON copies, the policy files and the JSON
 * Lines download), as URL paths and their text. They are written after `next build` from the
 * catalogue it was built from (lib/build/write-files.ts) instead of going through Next's page
 * machinery, which spent as long on each of these small files as on a page. The bytes are
 * those the route handlers served: JSON without indentation, policies pretty-printed as the
 * file a person saves.
 */

export interface SiteFile {
  /** The URL path the file is served at, e.g. "/data/servers/x.json" (before any base path). */
  urlPath: string;
  text: string;
}

export function* dataFiles(catalogue: Catalogue): Generator<SiteFile> {
  yield { urlPath: paths.serversData(), text: JSON.stringify(serversListing(catalogue)) };
  yield { urlPath: paths.catalogueData(), text: catalogueJsonLines(catalogue) };
  for (const server of catalogue.servers) {
    yield { urlPath: paths.serverData(server.slug), text: JSON.stringify(serverRecord(server)) };
    yield { urlPath: paths.serverPolicy(server.slug), text: policyFileText(serverPolicy(server)) };
    for (const tool of server.tools) {
      yield { urlPath: paths.toolData(server.slug, tool.slug), text: JSON.stringify(toolRecord(tool)) };
      yield { urlPath: paths.toolPolicy(server.slug, tool.slug), text: policyFileText(tool.policy) };
    }
  }
}
