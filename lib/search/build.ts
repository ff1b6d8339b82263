import { CATEGORIES, RISK_LEVELS } from "../taxonomy";
import { encodePostings } from "./codec";
import { serverCode, toolCode } from "./facets";
import { nameTerms, textTerms } from "./tokenize";
import { lowerBound, routeShard } from "./dictionary";
import type { Manifest, SearchRecord, StoredDoc, TermEntry, TermShard } from "./types";

/**
 * Pure: records in, the static index out as a map of relative path -> file text.
 *   manifest.json     counts and the lower-bound key of every term shard (the only file every query needs)
 *   t/<i>.json        term shards: a sorted slice of the dictionary, each term with the first
 *                     postings of its name field and its text field inline, plus top completions
 *                     for prefixes that run past the shard
 *   o/<n>-<f><k>.txt  the rest of long posting lists, in chunks, fetched only when a query needs them
 *   d/<k>.json        documents, docShardSize per file, in id order
 * Document ids follow the input order, which is the rank order: callers put what matters
 * most first and keep a server's tools right after it, so results cluster in few shards.
 */

export interface BuildOptions {
  /** Postings kept inline per field before overflow chunks begin. */
  inline?: number;
  /** Postings per overflow chunk. */
  chunk?: number;
  /** Target size in characters of a term shard. */
  shardChars?: number;
  /** Documents per document shard. */
  docShardSize?: number;
  /** Completions kept for a prefix that spans shards. */
  completions?: number;
  /** Characters of description kept for display. */
  descriptionChars?: number;
}

/**
 * A query fetches a term shard per word and a document shard per result shown, so their sizes
 * set what a first search costs: with the full corpus, a first page of results for "github"
 * came to 11.6 KB (gzip) at 14,000 characters and 8 documents, 7.5 KB at these.
 */
const DEFAULTS: Required<BuildOptions> = {
  inline: 160,
  chunk: 1024,
  shardChars: 7_000,
  docShardSize: 4,
  completions: 8,
  descriptionChars: 240,
};

export interface BuiltIndex {
  files: Map<string, string>;
  manifest: Manifest;
  terms: number;
}

interface TermLists {
  name: number[];
  text: number[];
}

export function buildSearchIndex(records: readonly SearchRecord[], options: BuildOptions = {}): BuiltIndex {
  const opts = { ...DEFAULTS, ...options };
  const files = new Map<string, string>();
  const codes = new Uint8Array(records.length);
  const lists = new Map<string, TermLists>();

  records.forEach((record, id) => {
    codes[id] = facetCode(record);
    const nameSet = new Set(nameTerms(record.name));
    if (record.title) for (const term of nameTerms(record.title)) nameSet.add(term);
    const textSet = new Set<string>();
    const text = [record.description, record.kind === "tool" ? record.server : "", ...(record.topics ?? [])].join(" ");
    for (const term of textTerms(text)) if (!nameSet.has(term)) textSet.add(term);
    if (record.kind === "tool" && record.server) for (const term of nameTerms(record.server)) if (!nameSet.has(term)) textSet.add(term);
    for (const term of nameSet) listsFor(lists, term).name.push(id);
    for (const term of textSet) listsFor(lists, term).text.push(id);
  });

  const sorted = [...lists.keys()].sort(compareTerms);
  const entries: TermEntry[] = sorted.map((term, number) => {
    const { name, text } = lists.get(term)!;
    const [nameInline, nameChunks] = splitList(name, codes, opts, (k, body) => files.set(`o/${number}-n${k}.txt`, body));
    const [textInline, textChunks] = splitList(text, codes, opts, (k, body) => files.set(`o/${number}-d${k}.txt`, body));
    const entry: TermEntry = [term, name.length, nameInline, text.length, textInline];
    if (nameChunks.length > 0 || textChunks.length > 0) entry.push(nameChunks, textChunks, number);
    return entry;
  });

  // Cut the sorted dictionary into shards of bounded size.
  const shards: TermEntry[][] = [];
  let current: TermEntry[] = [];
  let size = 0;
  for (const entry of entries) {
    const entrySize = JSON.stringify(entry).length + 1;
    if (current.length > 0 && size + entrySize > opts.shardChars) {
      shards.push(current);
      current = [];
      size = 0;
    }
    current.push(entry);
    size += entrySize;
  }
  if (current.length > 0) shards.push(current);

  const keys = shards.map((shard, i) => (i === 0 ? "" : boundaryKey(shards[i - 1]!.at(-1)![0], shard[0]![0])));
  const bodies: TermShard[] = shards.map((e) => ({ e }));
  addCompletions(sorted, entries, keys, bodies, opts.completions);
  bodies.forEach((body, i) => files.set(`t/${i}.json`, JSON.stringify(body)));

  for (let start = 0; start < records.length; start += opts.docShardSize) {
    const docs = records.slice(start, start + opts.docShardSize).map((r) => storeDoc(r, opts.descriptionChars));
    files.set(`d/${start / opts.docShardSize}.json`, JSON.stringify(docs));
  }

  const manifest: Manifest = {
    version: 1,
    docs: records.length,
    docShardSize: opts.docShardSize,
    keys,
    synthetic: records.some((r) => r.synthetic === true),
  };
  files.set("manifest.json", JSON.stringify(manifest));
  return { files, manifest, terms: sorted.length };
}

/** Terms compare by UTF-16 code units, the same order the engine's binary search assumes. */
export function compareTerms(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function listsFor(lists: Map<string, TermLists>, term: string): TermLists {
  let found = lists.get(term);
  if (!found) {
    found = { name: [], text: [] };
    lists.set(term, found);
  }
  return found;
}

function facetCode(record: SearchRecord): number {
  if (record.kind === "tool") {
    if (!record.risk || !record.category) throw new Error(`tool "${record.name}" of "${record.server}" has no risk or category`);
    return toolCode(record.risk, record.category);
  }
  return serverCode(record.risk);
}

function splitList(
  ids: number[],
  codes: Uint8Array,
  opts: Required<BuildOptions>,
  writeChunk: (k: number, body: string) => void,
): [string, number[]] {
  const encode = (part: number[]) => encodePostings(part, part.map((id) => codes[id]!));
  const inline = encode(ids.slice(0, opts.inline));
  const starts: number[] = [];
  for (let from = opts.inline, k = 0; from < ids.length; from += opts.chunk, k++) {
    const part = ids.slice(from, from + opts.chunk);
    starts.push(part[0]!);
    writeChunk(k, encode(part));
  }
  return [inline, starts];
}

/** The shortest key that sorts after the previous shard's last term and not after this shard's first. */
function boundaryKey(previousLast: string, first: string): string {
  let common = 0;
  while (common < previousLast.length && common < first.length && previousLast[common] === first[common]) common++;
  return first.slice(0, common + 1);
}

/**
 * A prefix whose terms cross a shard boundary (every prefix of the common start of the
 * terms either side) gets its top completions, postings included, copied into the shard
 * it routes to, so typing "co" costs one shard however many "co..." terms exist.
 */
function addCompletions(sorted: string[], entries: TermEntry[], keys: string[], bodies: TermShard[], count: number): void {
  const prefixes = new Set<string>();
  let offset = 0;
  for (let i = 0; i < bodies.length; i++) {
    const shard = bodies[i]!;
    if (i > 0) {
      const last = sorted[offset - 1]!;
      const first = shard.e[0]![0];
      const chars = [...first];
      for (let len = 1; len <= chars.length; len++) {
        const prefix = chars.slice(0, len).join("");
        if (!last.startsWith(prefix)) break;
        prefixes.add(prefix);
      }
    }
    offset += shard.e.length;
  }
  for (const prefix of prefixes) {
    const from = lowerBound(sorted, prefix);
    const best: TermEntry[] = [];
    for (let i = from; i < sorted.length && sorted[i]!.startsWith(prefix); i++) {
      const entry = entries[i]!;
      if (best.length < count) best.push(entry);
      else if (weight(entry) > weight(best[best.length - 1]!)) best[best.length - 1] = entry;
      else continue;
      best.sort((a, b) => weight(b) - weight(a));
    }
    const body = bodies[routeShard(keys, prefix)]!;
    (body.x ??= {})[prefix] = best.map((entry) => referTo(body, entry));
  }
}

/** A reference to an entry from a shard: its own entries by index, copies of others' as -1, -2, ... */
function referTo(body: TermShard, entry: TermEntry): number {
  const own = body.e.indexOf(entry);
  if (own >= 0) return own;
  body.c ??= [];
  let copy = body.c.indexOf(entry);
  if (copy < 0) copy = body.c.push(entry) - 1;
  return -copy - 1;
}

function weight(entry: TermEntry): number {
  return entry[1] * 2 + entry[3];
}

function storeDoc(record: SearchRecord, descriptionChars: number): StoredDoc {
  const doc: StoredDoc = { k: record.kind === "server" ? "s" : "t", n: record.name, d: truncate(record.description, descriptionChars) };
  if (record.title && record.title !== record.name) doc.t = record.title;
  if (record.server) doc.s = record.server;
  if (record.risk) doc.r = RISK_LEVELS.indexOf(record.risk);
  if (record.category) doc.c = CATEGORIES.indexOf(record.category);
  if (record.href) doc.h = record.href;
  if (record.repository) doc.g = record.repository;
  if (record.topics && record.topics.length > 0) doc.p = record.topics;
  if (record.toolCount !== undefined) doc.m = record.toolCount;
  if (record.synthetic) doc.x = 1;
  return doc;
}

function truncate(text: string, max: number): string {
  const chars = [...text.trim()];
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max - 1).join("").trimEnd()}…`;
}
