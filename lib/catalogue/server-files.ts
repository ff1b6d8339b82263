import type { ServerEntry } from "../content";
import { exportContext, type ExportInput } from "../enhance/export-input";
import { npxLaunch, policyExports, type PolicyExport } from "../policy/exports";
import { coverage, serverPolicy } from "./queries";
import { byteLength } from "./file-size";
import { policyFileText } from "./records";

/**
 * The generated text a server page offers beside its own: the policy file, the policy in each
 * client's format (the whole file and the rules alone) and the input the client-exports script
 * rewrites the exports from under the reader's name for the server. A page shows them inline,
 * to read and copy with no request, while together they stay within INLINE_LIMIT_BYTES. Past
 * it they outweigh the page's own content (with the full corpus, 1.2 MB of them on the largest
 * server's page, 1,083 tools): the page then links each one as a file written beside it at
 * build time (lib/build/data-files.ts) and says how large it is.
 */

/**
 * Set so that ordinary pages keep everything inline: with the full corpus, 420 of 427 servers'
 * pages stay within it (the Telegram server's, 153 tools, has 190 KB; the GitHub server's 151 KB),
 * and the seven past it have 188 tools or more.
 */
export const INLINE_LIMIT_BYTES = 256 * 1024;

export interface ServerFiles {
  input: ExportInput;
  policyText: string;
  /** Each client's export under the catalogue's name for the server, as the page shows it. */
  exports: PolicyExport[];
  /** Whether the page links the files instead of showing them. */
  linked: boolean;
}

export function serverExportInput(server: ServerEntry): ExportInput {
  const launch = server.package ? npxLaunch(server.package) : undefined;
  return {
    slug: server.slug,
    policy: serverPolicy(server),
    // Against a partial list, naming the tools a policy leaves out would miss the rest: the exports say so instead.
    ...(coverage(server) ? {} : { tools: server.tools.map((tool) => tool.name) }),
    ...(launch ? { launch } : {}),
    guard: { policyFile: `${server.slug}.policy.json`, ...(launch ? { launch } : {}) },
  };
}

/** The input as the page inlines it or serves it: plain JSON (the page escapes it for its script element). */
export function exportInputText(input: ExportInput): string {
  return JSON.stringify(input);
}

export function serverFiles(server: ServerEntry): ServerFiles {
  const input = serverExportInput(server);
  const policyText = policyFileText(input.policy);
  const exports = policyExports(exportContext(input, input.slug));
  const texts = [policyText, exportInputText(input), ...exports.flatMap((e) => [e.content, e.rules])];
  return { input, policyText, exports, linked: texts.reduce((sum, text) => sum + byteLength(text), 0) > INLINE_LIMIT_BYTES };
}
