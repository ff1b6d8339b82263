import type { ServerLaunch } from "../policy/exports/types";

/**
 * How a person puts the guard in front of a server: the command line to try it from a
 * checkout of the catalogue, and the MCP server entry for their client that runs the guard in
 * place of the server. Pure and free of Node modules: the site's pages and the page script
 * write these too.
 */

/** Stands for the person's checkout of this project, in client configs that run from anywhere. */
export const CATALOGUE_DIR = "/path/to/mcp-tool-catalogue";

export interface GuardSetup {
  /** The policy file the guard reads, as the person saved it. */
  policyFile: string;
  /** How the server itself is started; a stand-in when the catalogue does not know. */
  launch?: ServerLaunch;
}

const UNKNOWN_SERVER = ["<the command that starts the server>"];

function serverArgv(launch: ServerLaunch | undefined): string[] {
  return launch ? [launch.command, ...launch.args] : UNKNOWN_SERVER;
}

/** `npm run --silent catalogue -- guard --policy FILE -- COMMAND ARGS...`, from a checkout, quoted for a POSIX shell. */
export function guardShellLine({ policyFile, launch }: GuardSetup): string {
  return ["npm", "run", "--silent", "catalogue", "--", "guard", "--policy", policyFile, "--", ...serverArgv(launch)].map(shellQuote).join(" ");
}

/**
 * The client's MCP server entry that runs the guard in place of the server, as JSON under
 * "mcpServers" (the shape Claude Code's .mcp.json and Gemini CLI's settings.json share).
 * `npm --prefix` runs the guard from the catalogue's checkout, wherever the client starts it,
 * so the policy's path must be absolute.
 */
export function guardClientConfig(name: string, { policyFile, launch }: GuardSetup): string {
  const args = ["run", "--silent", "--prefix", CATALOGUE_DIR, "catalogue", "--", "guard", "--policy", `/path/to/${policyFile}`, "--", ...serverArgv(launch)];
  // The arguments on one line: they read as the command line they are.
  return `{\n  "mcpServers": {\n    ${JSON.stringify(name)}: {\n      "command": "npm",\n      "args": ${JSON.stringify(args).replace(/","/g, '", "')}\n    }\n  }\n}\n`;
}

/** Single-quoted unless the word is plainly safe: file names and package names are strangers' text. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
