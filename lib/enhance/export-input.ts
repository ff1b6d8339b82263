import type { GuardSetup } from "../guard/command-line";
import type { ExportContext, ServerLaunch } from "../policy/exports/types";
import type { Policy } from "../policy/schema";

/**
 * What a server or tool page hands its page script (as JSON in <script data-export-input>) so
 * the client exports and the guard entry can be written again under the reader's name for
 * the server, by the same code that wrote them at build time.
 */
export interface ExportInput {
  /** The catalogue's name for the server: the default name, and the key the reader's name is remembered under. */
  slug: string;
  policy: Policy;
  tools?: string[];
  /** On a tool page: the one tool the exports touch. */
  only?: string;
  launch?: ServerLaunch;
  guard: GuardSetup;
}

/** Where the reader's name for a server is remembered in localStorage. */
export function nameStorageKey(slug: string): string {
  return `mcp-catalogue:client-name:${slug}`;
}

/** The exports' context under `name`, the reader's name for the server or the catalogue's. */
export function exportContext(input: ExportInput, name: string): ExportContext {
  return {
    name,
    policy: input.policy,
    ...(input.tools ? { tools: input.tools } : {}),
    ...(input.only !== undefined ? { only: input.only } : {}),
    ...(input.launch ? { launch: input.launch } : {}),
  };
}
