import type { Policy } from "@/lib/policy/schema";
import type { Category, RiskLevel } from "@/lib/taxonomy";

/** A server the builder can start from (the page lists them; its data file is fetched on demand). */
export interface BuilderServerOption {
  slug: string;
  title: string;
}

/** One tool of the loaded server, as the builder needs it from /data/servers/<server>.json. */
export interface BuilderTool {
  name: string;
  risk?: RiskLevel;
  category?: Category;
  /** The tool's own recommended policy. */
  policy?: Policy;
  /** Argument names from its input schema, to offer in the argument-check editor. */
  argNames: string[];
}

export interface LoadedServer {
  slug: string;
  title: string;
  /** Its npm package, when it has one: how a client starts it. */
  package?: string;
  tools: BuilderTool[];
  /** The recommended policy for the whole server. */
  recommended: Policy;
}
