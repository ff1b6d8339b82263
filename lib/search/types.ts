import type { Category, RiskLevel } from "../taxonomy";

/** One thing a person can find: a server or a tool. The index builder's input. */
export interface SearchRecord {
  kind: "server" | "tool";
  /** The tool's or server's name as declared (a server's slug or index name). */
  name: string;
  title?: string;
  /** For a tool: the name of its server. */
  server?: string;
  description: string;
  /** A tool's own risk; a classified server's highest tool risk. */
  risk?: RiskLevel;
  /** A tool's category (servers have none). */
  category?: Category;
  /** Site path of its page; absent for servers known only from the index (shown on the search page). */
  href?: string;
  repository?: string;
  /** Topics from the server index (e.g. "database"), not risk categories. */
  topics?: string[];
  /** How many tools the server has, when known. */
  toolCount?: number;
  /** Made up by the synthetic generator: benchmarks only, never on the public site. */
  synthetic?: boolean;
}

/** A record as stored in the document shards, with short keys (the shards are downloaded). */
export interface StoredDoc {
  k: "s" | "t";
  n: string;
  t?: string;
  s?: string;
  d: string;
  r?: number;
  c?: number;
  h?: string;
  g?: string;
  p?: string[];
  m?: number;
  x?: 1;
}

/**
 * One dictionary entry of a term shard:
 * [term, nameCount, nameInline, textCount, textInline, nameChunkStarts?, textChunkStarts?, termNumber?]
 * where *Inline are encoded postings (codec.ts) of the first ids, the chunk starts are the
 * first ids of the overflow files o/<termNumber>-<n|d><k>.txt, present only when needed.
 */
export type TermEntry = [string, number, string, number, string, number[]?, number[]?, number?];

export interface TermShard {
  /** Entries sorted by term. */
  e: TermEntry[];
  /**
   * Top completions of prefixes whose terms continue past this shard: prefix -> references,
   * i >= 0 meaning e[i] and i < 0 meaning c[-i - 1].
   */
  x?: Record<string, number[]>;
  /** Entries of other shards that completions refer to, each stored once. */
  c?: TermEntry[];
}

export interface Manifest {
  version: 1;
  /** Number of documents; ids run 0..docs-1 in rank order. */
  docs: number;
  /** Documents per document shard d/<k>.json. */
  docShardSize: number;
  /** Lower bound key of each term shard t/<i>.json (sorted, first is ""). */
  keys: string[];
  /** True when built from synthetic records (benchmark only). */
  synthetic: boolean;
}
