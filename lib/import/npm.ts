/**
 * Pure rules for importing servers straight from npm packages (the I/O is in npm-batch.ts):
 * which package specs are accepted, which are refused as reserved, what environment an
 * install and a server get (a fresh home, no credentials), which bin to start, and how an
 * outcome is named in the batch report.
 */

/** A package to import: a registry name with an optional version or range, or a local tarball (for tests and mirrors). */
export type NpmSpec = { kind: "registry"; name: string; version?: string; raw: string } | { kind: "tarball"; file: string; raw: string };

const NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
const VERSION = /^[\w.^~<>=*|+ -]{1,100}$/;

export function isPackageName(name: string): boolean {
  return name.length <= 214 && NAME.test(name);
}

/**
 * "name", "name@1.2.3", "@scope/name@^2" or a path to a .tgz file. Git URLs, other URLs and
 * folders are refused: what is installed must be a published package (or its tarball).
 */
export function parseNpmSpec(raw: string): NpmSpec {
  const spec = raw.trim();
  if (/\.(tgz|tar\.gz)$/i.test(spec) && !/^[a-z][a-z0-9+.-]*:/i.test(spec)) return { kind: "tarball", file: spec, raw: spec };
  const at = spec.indexOf("@", 1);
  const name = at > 0 ? spec.slice(0, at) : spec;
  const version = at > 0 ? spec.slice(at + 1) : undefined;
  if (!isPackageName(name)) throw new Error(`"${raw}" is not an npm package name (optionally @VERSION) or a .tgz file`);
  if (version !== undefined && (!version || !VERSION.test(version))) throw new Error(`"${raw}": "${version}" is not a version or range`);
  return { kind: "registry", name, ...(version ? { version } : {}), raw: spec };
}

/** One line of an --npm-list file: a spec, then the server's arguments; blank lines and # comments skipped. */
export interface ListEntry {
  spec: NpmSpec;
  args: string[];
  line: number;
}

export function parseNpmList(text: string): ListEntry[] {
  const entries: ListEntry[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const words = line.replace(/#.*$/, "").trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) return;
    try {
      entries.push({ spec: parseNpmSpec(words[0]!), args: words.slice(1), line: i + 1 });
    } catch (error) {
      throw new Error(`line ${i + 1}: ${(error as Error).message}`);
    }
  });
  return entries;
}

/**
 * Whether a package is named in a reserved list. The list's format is not ours to know, so a
 * name counts as named when it appears in the text as a whole word (case aside): a list may
 * refuse more than it means, never less.
 */
export function isReserved(name: string, reservedText: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\w@/.-])${escaped}(?![\\w/-]|\\.[\\w])`, "i").test(reservedText);
}

/** Variables that may hold a secret: never passed to an install or a server. */
const SECRET = /TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|AUTH|API_?KEY|PRIVATE|SESSION|COOKIE|_KEY$|^AWS_|^GCP_|^AZURE_|^GOOGLE_|^GITHUB_|^NPM_|^NODE_AUTH/i;
/** Variables worth passing: how to find programs, language, certificates, proxies. */
const KEPT = ["PATH", "LANG", "LC_ALL", "TZ", "SSL_CERT_FILE", "SSL_CERT_DIR", "NODE_EXTRA_CA_CERTS", "HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "no_proxy"];

/**
 * The environment of an install or a server: a handful of harmless variables from ours,
 * a fresh HOME (so no user npm config, git config or token file is found), and nothing that
 * could be a credential, a proxy address with a password in it included.
 */
export function isolatedEnv(parent: Record<string, string | undefined>, home: string, extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of KEPT) {
    const value = parent[name];
    if (value === undefined || SECRET.test(name)) continue;
    if (/proxy/i.test(name) && /\/\/[^/@\s]*@/.test(value)) continue;
    env[name] = value;
  }
  return { ...env, HOME: home, USERPROFILE: home, XDG_CONFIG_HOME: `${home}/.config`, npm_config_userconfig: `${home}/.npmrc`, ...extra };
}

/** The bin to start: the only one, else the one named like the package or mentioning mcp, else the first. */
export function chooseBin(packageName: string, bin: string | Record<string, string> | undefined): { name: string; file: string } | undefined {
  const unscoped = packageName.split("/").pop()!;
  const bins = typeof bin === "string" ? { [unscoped]: bin } : (bin ?? {});
  const entries = Object.entries(bins);
  if (entries.length === 0) return undefined;
  const chosen = entries.find(([name]) => name === unscoped) ?? entries.find(([name]) => /mcp/i.test(name)) ?? entries[0]!;
  return { name: chosen[0], file: chosen[1] };
}

export type NpmOutcome = "imported" | "needs-credentials" | "crashed" | "timed-out" | "no-tools" | "no-bin" | "refused" | "install-failed";

export const OUTCOME_LABELS: Record<NpmOutcome, string> = {
  imported: "imported",
  "needs-credentials": "needs credentials",
  crashed: "crashed",
  "timed-out": "timed out",
  "no-tools": "listed no tools",
  "no-bin": "no program to start",
  refused: "refused",
  "install-failed": "install failed",
};

/** Words a server prints when it stops for want of a key, a token or a login. */
const WANTS_CREDENTIALS =
  /api[_ -]?key|access[_ -]?key|(?:access|auth|api|bearer|personal|refresh)[_ -]?token|\b[A-Z][A-Z0-9]*_(?:TOKEN|KEY|SECRET|PASSWORD)\b|credential|secret|password|unauthori[sz]ed|authenticat|log ?in required|not logged in|(?:environment variable|env var)s? .*(?:required|missing|not set|must be set)|(?:required|missing|not set|must be set).*(?:environment variable|env var)/i;

/**
 * Names why listing a server's tools failed, from the importer's error message: what the
 * server printed to stderr decides whether it asked for credentials (never the importer's own
 * words, which may quote the garbage a server wrote).
 */
export function failureOutcome(message: string): "needs-credentials" | "crashed" | "timed-out" {
  if (/no answer within/i.test(message)) return "timed-out";
  const stderr = /its stderr ended with: ([\s\S]*)$/.exec(message)?.[1] ?? "";
  if (WANTS_CREDENTIALS.test(stderr)) return "needs-credentials";
  return "crashed";
}
