import fs from "node:fs";
import path from "node:path";
import { splitCommandLine } from "../import/command-line";
import { readLiveConfig } from "../import/config";
import type { IdentityFlags } from "../import/identity";
import { parseNpmList, parseNpmSpec } from "../import/npm";
import type { NpmBatchEntry } from "../import/npm-batch";
import type { SourceSpec } from "../import/run";
import { parseCommandLine } from "./arguments";
import { UsageError } from "./usage";

/** The import command line (its help text is in commands/import.ts), read into source specs. */

export interface ImportArgs {
  specs: SourceSpec[];
  out: string;
  timeoutMs: number;
  json: boolean;
  quiet: boolean;
  dryRun: boolean;
  /** Packages for --npm and --npm-list, when given (they import on their own, see npm-batch.ts). */
  npm?: NpmBatchEntry[];
  npmOptions?: NpmOptions;
}

export interface NpmOptions {
  stateFile?: string;
  retry: boolean;
  installTimeoutMs: number;
  /** More lists of package names to refuse, besides ../shared/eval/RESERVED.md. */
  reserved: string[];
}

const OPTIONS = {
  help: { type: "boolean", short: "h" },
  out: { type: "string" },
  timeout: { type: "string" },
  json: { type: "boolean" },
  quiet: { type: "boolean" },
  "dry-run": { type: "boolean" },
  stdio: { type: "string", multiple: true },
  url: { type: "string", multiple: true },
  config: { type: "string", multiple: true },
  slug: { type: "string", multiple: true },
  title: { type: "string", multiple: true },
  description: { type: "string", multiple: true },
  package: { type: "string", multiple: true },
  "server-version": { type: "string", multiple: true },
  repository: { type: "string", multiple: true },
  source: { type: "string", multiple: true },
  env: { type: "string", multiple: true },
  cwd: { type: "string", multiple: true },
  header: { type: "string", multiple: true },
  npm: { type: "string", multiple: true },
  "npm-list": { type: "string", multiple: true },
  state: { type: "string" },
  retry: { type: "boolean" },
  "install-timeout": { type: "string" },
  reserved: { type: "string", multiple: true },
} as const;

const IDENTITY_FLAGS: Record<string, keyof IdentityFlags> = {
  slug: "slug",
  title: "title",
  description: "description",
  package: "package",
  "server-version": "version",
  repository: "repository",
  source: "source",
};

const SERVER_FLAGS = new Set([...Object.keys(IDENTITY_FLAGS), "env", "cwd", "header"]);

/** One SOURCE as written: a --config file stands for several servers, the others for one. */
interface Source {
  index: number;
  flag: string;
  specs: SourceSpec[];
}

/** A flag that describes one server (--slug, --env, ...), with where it was written. */
interface ServerFlag {
  index: number;
  name: string;
  value: string;
}

/**
 * Reads the import command line. Sources and options may come in any order; flags that
 * describe a server belong to the SOURCE they follow, and with a single SOURCE they may
 * go anywhere.
 */
export function parseImportArgs(args: readonly string[], cwd = process.cwd()): ImportArgs | "help" {
  const { values, tokens } = parseCommandLine(args, { options: OPTIONS, allowPositionals: true, hint: "; try --help" });
  if (values.help) return "help";

  const sources: Source[] = [];
  const serverFlags: ServerFlag[] = [];
  const npm: NpmBatchEntry[] = [];
  // `--npm a b c`: the words after --npm, up to the next flag, are all packages.
  let afterNpm = false;
  for (const token of tokens) {
    if (token.kind === "positional" && afterNpm) npm.push({ spec: npmSpec(token.value), args: [] });
    else if (token.kind === "positional") sources.push({ index: token.index, flag: "FILE", specs: [{ kind: "path", path: path.resolve(cwd, token.value), flags: {} }] });
    if (token.kind === "option") afterNpm = token.name === "npm";
    if (token.kind !== "option" || token.value === undefined) continue;
    else if (token.name === "npm") npm.push({ spec: npmSpec(token.value), args: [] });
    else if (token.name === "npm-list") npm.push(...npmList(path.resolve(cwd, token.value)));
    else if (token.name === "stdio") sources.push({ index: token.index, flag: "--stdio", specs: [stdioSpec(token.value)] });
    else if (token.name === "url") sources.push({ index: token.index, flag: "--url", specs: [httpSpec(token.value)] });
    else if (token.name === "config") sources.push({ index: token.index, flag: "--config", specs: readLiveConfig(path.resolve(cwd, token.value), cwd) });
    else if (SERVER_FLAGS.has(token.name)) serverFlags.push({ index: token.index, name: token.name, value: token.value });
  }
  if (npm.length > 0) {
    if (sources.length > 0) throw new UsageError("--npm and --npm-list import packages on their own; give other SOURCEs in another run");
    if (serverFlags.length > 0) throw new UsageError(`--${serverFlags[0]!.name} describes one server; --npm packages say who they are themselves`);
    if (values["dry-run"]) throw new UsageError("--dry-run does not apply to --npm (each package is installed and removed anyway)");
  } else if (sources.length === 0) throw new UsageError("name at least one SOURCE (a file, a folder, --stdio, --url, --config, --npm or --npm-list); try --help");

  const given = new Map<SourceSpec, Set<string>>();
  for (const flag of serverFlags) {
    const owner = sources.length === 1 ? sources[0] : sources.findLast((source) => source.index < flag.index);
    if (!owner) throw new UsageError(`--${flag.name} describes a server, so with several sources it must follow the SOURCE it belongs to`);
    if (owner.flag === "--config") throw new UsageError(`--${flag.name} describes one server, but --config names several: set it in the config file`);
    const spec = owner.specs[0]!;
    const names = given.get(spec) ?? new Set<string>();
    if (names.has(flag.name) && flag.name in IDENTITY_FLAGS) throw new UsageError(`--${flag.name} is given twice for one SOURCE`);
    names.add(flag.name);
    given.set(spec, names);
    applyServerFlag(spec, flag, cwd);
  }

  if (!values.out) throw new UsageError("--out DIR is required");
  return {
    specs: sources.flatMap((source) => source.specs),
    out: path.resolve(cwd, values.out),
    timeoutMs: timeoutMs(values.timeout),
    json: values.json ?? false,
    quiet: values.quiet ?? false,
    dryRun: values["dry-run"] ?? false,
    ...(npm.length > 0
      ? {
          npm,
          npmOptions: {
            ...(values.state ? { stateFile: path.resolve(cwd, values.state) } : {}),
            retry: values.retry ?? false,
            installTimeoutMs: values["install-timeout"] === undefined ? 300_000 : positiveSeconds(values["install-timeout"], "--install-timeout"),
            reserved: (values.reserved ?? []).map((file) => path.resolve(cwd, file)),
          },
        }
      : {}),
  };
}

function npmSpec(text: string): NpmBatchEntry["spec"] {
  try {
    return parseNpmSpec(text);
  } catch (error) {
    throw new UsageError(`--npm: ${(error as Error).message}`);
  }
}

function npmList(file: string): NpmBatchEntry[] {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`--npm-list: cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return parseNpmList(text);
  } catch (error) {
    throw new UsageError(`--npm-list ${file}: ${(error as Error).message}`);
  }
}

function positiveSeconds(text: string, flag: string): number {
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError(`${flag} needs a positive number of seconds`);
  return Math.round(seconds * 1000);
}

function timeoutMs(text: string | undefined): number {
  if (text === undefined) return 30_000;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError("--timeout needs a positive number of seconds");
  return Math.round(seconds * 1000);
}

function stdioSpec(line: string): SourceSpec {
  let words: string[];
  try {
    words = splitCommandLine(line);
  } catch (error) {
    throw new UsageError(`--stdio: ${(error as Error).message}`);
  }
  const [command, ...rest] = words;
  if (!command) throw new UsageError("--stdio needs a command line");
  return { kind: "stdio", commandLine: line, target: { kind: "stdio", command, args: rest }, flags: {} };
}

function httpSpec(url: string): SourceSpec {
  if (!/^https?:\/\/[^\s]+$/.test(url) || !URL.canParse(url)) throw new UsageError(`--url needs an http(s) address, not "${url}"`);
  return { kind: "http", target: { kind: "http", url }, flags: {} };
}

function applyServerFlag(spec: SourceSpec, { name, value }: ServerFlag, cwd: string): void {
  const identity = IDENTITY_FLAGS[name];
  if (identity) {
    spec.flags[identity] = value;
  } else if (name === "env") {
    const eq = value.indexOf("=");
    if (spec.kind !== "stdio") throw new UsageError("--env KEY=VALUE applies only to a --stdio source");
    if (eq <= 0) throw new UsageError(`--env needs KEY=VALUE, not "${value}"`);
    spec.target.env = { ...spec.target.env, [value.slice(0, eq)]: value.slice(eq + 1) };
  } else if (name === "cwd") {
    if (spec.kind !== "stdio") throw new UsageError("--cwd applies only to a --stdio source");
    spec.target.cwd = path.resolve(cwd, value);
  } else if (name === "header") {
    const colon = value.indexOf(":");
    if (spec.kind !== "http") throw new UsageError('--header "NAME: VALUE" applies only to a --url source');
    if (colon <= 0) throw new UsageError(`--header needs "NAME: VALUE", not "${value}"`);
    spec.target.headers = { ...spec.target.headers, [value.slice(0, colon).trim()]: value.slice(colon + 1).trim() };
  }
}
