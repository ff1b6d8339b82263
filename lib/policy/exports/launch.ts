import type { ServerLaunch } from "./types";

/** How a client starts a server published on npm: npx fetches and runs it. */
export function npxLaunch(npmPackage: string): ServerLaunch {
  return { command: "npx", args: ["-y", npmPackage] };
}

/** Stands in for the command when the catalogue does not know how the server is started. */
export const UNKNOWN_LAUNCH: ServerLaunch = { command: "REPLACE-WITH-THE-SERVER-COMMAND", args: [] };
