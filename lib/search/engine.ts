import { CATEGORIES, RISK_LEVELS } from "../taxonomy";
import { decodePostings, type Postings } from "./codec";
import { filterMask, type Filters } from "./facets";
import { lowerBound, routeShard } from "./dictionary";
import { orderShown } from "./rank";
import { queryTokens } from "./tokenize";
import type { Manifest, SearchRecord, StoredDoc, TermEntry, TermShard } from "./types";

/**
 * Pure query engine over the static index. It is given a loader (path -> text; fetch in
 * the browser, the file system in tests) and loads only what a query needs: the manifest,
 * the term shard each query word routes to, overflow chunks when a long list must be read
 * further, and the document shards of the results it returns. Everything loaded is kept
 * for later queries.
 *
 * Ranking: every word must match (prefix and one-typo matches allowed); a word scores by
 * where and how it matched (name before text; exact before prefix before typo); a query
 * that is a whole name scores above all. Ties go to the lower id, which is rank order.
 * Among the results shown, rank.ts puts those named what was asked first, catalogue pages
 * before index-only entries.
 */

export type Loader = (path: string) => Promise<string>;

/** A record found by a query, with its position in the index. */
export interface SearchHit extends SearchRecord {
  id: number;
}

export interface SearchResponse {
  hits: SearchHit[];
  /** Index terms the query matched, for highlighting. */
  terms: string[];
  /** Matches found so far (more may exist past what was read when `more` is true). */
  total: number;
  more: boolean;
  /** No result had every word; these match some of them. */
  partial: boolean;
}

type Quality = "exact" | "prefix" | "fuzzy";
const SCORE: Record<Quality, { name: number; text: number }> = {
  exact: { name: 8, text: 2.5 },
  prefix: { name: 5, text: 1.5 },
  fuzzy: { name: 3, text: 1 },
};
const WHOLE_NAME = 100;
const MAX_EXPANSIONS = 8;
const MAX_FUZZY = 4;
const MIN_FUZZY_LENGTH = 4;
/** Extra shards a mistyped word may read when its own shard has nothing close. */
const MAX_TYPO_SHARDS = 3;
const TYPO_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
/** Upper bound on overflow fetches for one query, so a rare combination of common words stays bounded. */
const MAX_CHUNK_ROUNDS = 24;
/** Share of all documents above which a word is too common to require (see rank). */
const COMMON_SHARE = 0.25;

interface PostingList {
  inline: Postings;
  chunks: (Postings | undefined)[];
  starts: number[];
  total: number;
  termNumber: number | undefined;
  field: "n" | "d";
}

interface TermMatch {
  term: string;
  quality: Quality;
  lists: [PostingList, PostingList];
}

/**
 * A file loaded once and kept for later queries; a failed load is forgotten, so the next
 * query that needs the file asks for it again instead of failing for good.
 */
function remember<K, V>(cache: Map<K, Promise<V>>, key: K, load: () => Promise<V>): Promise<V> {
  const known = cache.get(key);
  if (known) return known;
  const loading = load();
  cache.set(key, loading);
  loading.catch(() => {
    if (cache.get(key) === loading) cache.delete(key);
  });
  return loading;
}

export class SearchEngine {
  private manifest: Promise<Manifest> | undefined;
  private readonly shards = new Map<number, Promise<TermShard>>();
  private readonly docShards = new Map<number, Promise<StoredDoc[]>>();
  private readonly lists = new Map<string, PostingList>();
  private readonly chunkLoads = new Map<string, Promise<void>>();

  constructor(private readonly load: Loader) {}

  private getManifest(): Promise<Manifest> {
    if (!this.manifest) {
      const loading = this.load("manifest.json").then((text) => JSON.parse(text) as Manifest);
      this.manifest = loading;
      loading.catch(() => {
        if (this.manifest === loading) this.manifest = undefined;
      });
    }
    return this.manifest;
  }

  private getShard(index: number): Promise<TermShard> {
    return remember(this.shards, index, () => this.load(`t/${index}.json`).then((text) => JSON.parse(text) as TermShard));
  }

  private getDocShard(index: number): Promise<StoredDoc[]> {
    return remember(this.docShards, index, () => this.load(`d/${index}.json`).then((text) => JSON.parse(text) as StoredDoc[]));
  }

  /** Loads the manifest ahead of the first query (e.g. when the search box gets focus). */
  async warm(): Promise<void> {
    await this.getManifest();
  }

  async search(query: string, filters: Filters, limit = 20): Promise<SearchResponse> {
    const { tokens, compact } = queryTokens(query);
    const empty: SearchResponse = { hits: [], terms: [], total: 0, more: false, partial: false };
    if (tokens.length === 0) return empty;
    const manifest = await this.getManifest();
    const mask = filterMask(filters);

    const perToken = await Promise.all(tokens.map((token) => this.matchToken(manifest, token)));
    const wholeName = compact ? await this.exactEntry(manifest, compact) : undefined;
    const terms = [...new Set(perToken.flatMap((matches) => matches.map((m) => m.term)))];
    if (perToken.every((matches) => matches.length === 0)) return empty;

    const ranked = await this.rank(perToken, wholeName, mask, limit, manifest.docs);
    // Within what is shown, results named what was asked come first, catalogue pages before index-only entries.
    const hits = orderShown(await this.documents(manifest, ranked.ids), compact ?? tokens.join(""), tokens);
    return { hits, terms, total: ranked.total, more: ranked.more, partial: ranked.partial };
  }

  /** The server of exactly this name, for a detail view of a server without its own page. */
  async findServer(name: string): Promise<SearchResponse> {
    const found = await this.search(name, { risk: [], category: [] }, 50);
    const hits = found.hits.filter((hit) => hit.kind === "server" && hit.name === name);
    return { hits, terms: [], total: hits.length, more: false, partial: false };
  }

  private async exactEntry(manifest: Manifest, term: string): Promise<PostingList | undefined> {
    const shardIndex = routeShard(manifest.keys, term);
    const shard = await this.getShard(shardIndex);
    const terms = shard.e.map((e) => e[0]);
    const at = lowerBound(terms, term);
    const entry = shard.e[at];
    return entry && entry[0] === term ? this.listsOf(entry)[0] : undefined;
  }

  /** The dictionary terms one query word matches: itself, its top completions, and near misses. */
  private async matchToken(manifest: Manifest, token: string): Promise<TermMatch[]> {
    const home = routeShard(manifest.keys, token);
    const shard = await this.getShard(home);
    const terms = shard.e.map((e) => e[0]);
    const matches: TermMatch[] = [];
    const seen = new Set<string>();
    const add = (entry: TermEntry, quality: Quality) => {
      if (seen.has(entry[0])) return;
      seen.add(entry[0]);
      matches.push({ term: entry[0], quality, lists: this.listsOf(entry) });
    };

    const at = lowerBound(terms, token);
    const exact = shard.e[at];
    if (exact && exact[0] === token) add(exact, "exact");

    const summary = shard.x?.[token];
    const completions = summary ? summary.map((ref) => (ref >= 0 ? shard.e[ref] : shard.c?.[-ref - 1])).filter((e) => e !== undefined) : this.localCompletions(shard, at, token);
    for (const entry of completions) add(entry, entry[0] === token ? "exact" : "prefix");

    if ([...token].length >= MIN_FUZZY_LENGTH) {
      // A word that matched nothing is probably mistyped early: look in the shards its one-edit variants route to.
      const elsewhere = matches.length === 0 ? typoShards(manifest.keys, token, home).slice(0, MAX_TYPO_SHARDS) : [];
      const shards = [shard, ...(await Promise.all(elsewhere.map((i) => this.getShard(i))))];
      const near = shards.flatMap((s) => s.e.filter((entry) => !seen.has(entry[0]) && withinOneEdit(token, entry[0])));
      near.sort((a, b) => b[1] * 2 + b[3] - (a[1] * 2 + a[3]));
      for (const entry of near.slice(0, MAX_FUZZY)) add(entry, "fuzzy");
    }
    return matches;
  }

  private localCompletions(shard: TermShard, from: number, token: string): TermEntry[] {
    const found: TermEntry[] = [];
    for (let i = from; i < shard.e.length && shard.e[i]![0].startsWith(token); i++) found.push(shard.e[i]!);
    found.sort((a, b) => b[1] * 2 + b[3] - (a[1] * 2 + a[3]));
    return found.slice(0, MAX_EXPANSIONS);
  }

  private listsOf(entry: TermEntry): [PostingList, PostingList] {
    return [this.list(entry, "n"), this.list(entry, "d")];
  }

  private list(entry: TermEntry, field: "n" | "d"): PostingList {
    const key = `${field}:${entry[0]}`;
    let list = this.lists.get(key);
    if (!list) {
      const starts = (field === "n" ? entry[5] : entry[6]) ?? [];
      list = {
        inline: decodePostings(field === "n" ? entry[2] : entry[4]),
        chunks: starts.map(() => undefined),
        starts,
        total: field === "n" ? entry[1] : entry[3],
        termNumber: entry[7],
        field,
      };
      this.lists.set(key, list);
    }
    return list;
  }

  private loadChunk(list: PostingList, k: number): Promise<void> {
    const path = `o/${list.termNumber}-${list.field}${k}.txt`;
    return remember(this.chunkLoads, path, () =>
      this.load(path).then((text) => {
        list.chunks[k] = decodePostings(text);
      }),
    );
  }

  /**
   * AND over the words, reading no more than needed. The word with the fewest postings
   * drives: results are final for ids up to where its lists are read (its frontier); the
   * other words' long lists are read only in the chunks that cover the driver's candidates
   * there. With too few results, the driver reads one chunk further and the step repeats.
   */
  private async rank(
    perToken: TermMatch[][],
    wholeName: PostingList | undefined,
    mask: boolean[],
    limit: number,
    docs: number,
  ): Promise<{ ids: number[]; total: number; more: boolean; partial: boolean }> {
    const size = (matches: TermMatch[]) => matches.reduce((sum, m) => sum + m.lists[0].total + m.lists[1].total, 0);
    // A word in a large share of all documents ("mcp", "server") narrows nothing: beside rarer
    // words it only adds to the score where already known, and its long lists are never read.
    const common = perToken.map((matches) => size(matches) > docs * COMMON_SHARE);
    const required = common.every(Boolean) ? perToken : perToken.filter((_, i) => !common[i]);
    const optional = common.every(Boolean) ? [] : perToken.filter((_, i) => common[i]);
    const driver = required.map((matches, i) => ({ i, n: matches.length > 0 ? size(matches) : Infinity })).sort((a, b) => a.n - b.n)[0]!.i;
    const driverLists = required[driver]!.flatMap((m) => m.lists);
    const otherLists = required.flatMap((matches, i) => (i === driver ? [] : matches.flatMap((m) => m.lists)));
    if (wholeName) otherLists.push(wholeName);

    for (let round = 0; ; round++) {
      // Try the shortest prefix of the id range first, so a query asked again stops where it
      // stopped before instead of reading on from what an earlier query loaded.
      const known = Math.min(...driverLists.map(knownUpTo));
      const steps = [...new Set(driverLists.filter((l) => !isComplete(l)).flatMap(partEnds))].filter((end) => end < known).sort((a, b) => a - b);
      steps.push(known);
      for (const frontier of steps) {
        if (otherLists.length > 0) await this.loadCovering(otherLists, [...tokenScores(required[driver]!, mask, frontier).keys()]);
        const result = finish(required, optional, wholeName, mask, frontier, limit, frontier !== Infinity);
        // Results with only some of the words are a last resort: read further before settling for them.
        if ((result.total >= limit && !result.partial) || frontier === Infinity || (round >= MAX_CHUNK_ROUNDS && frontier === known)) return result;
      }
      await Promise.all(driverLists.filter((list) => knownUpTo(list) === known).map((list) => this.loadChunk(list, contiguousChunks(list))));
    }
  }

  /** Loads the chunks of these lists that hold any of the candidate ids. */
  private async loadCovering(lists: PostingList[], candidates: number[]): Promise<void> {
    const needed: Promise<void>[] = [];
    for (const list of lists) {
      if (isComplete(list)) continue;
      const wanted = new Set<number>();
      for (const id of candidates) {
        const k = chunkFor(list, id);
        if (k >= 0 && !list.chunks[k]) wanted.add(k);
      }
      for (const k of wanted) needed.push(this.loadChunk(list, k));
    }
    await Promise.all(needed);
  }

  private async documents(manifest: Manifest, ids: number[]): Promise<SearchHit[]> {
    const size = manifest.docShardSize;
    const shards = await Promise.all([...new Set(ids.map((id) => Math.floor(id / size)))].map(async (k) => [k, await this.getDocShard(k)] as const));
    const byShard = new Map(shards);
    return ids.map((id) => {
      const doc = byShard.get(Math.floor(id / size))?.[id % size];
      if (!doc) throw new Error(`document ${id} is missing from the index`);
      return expand(id, doc);
    });
  }
}

function isComplete(list: PostingList): boolean {
  return list.chunks.every(Boolean);
}

/** The last id of the inline part and of each loaded leading chunk. */
function partEnds(list: PostingList): number[] {
  const ends = [list.inline.ids.at(-1) ?? -1];
  for (let k = 0; k < list.chunks.length && list.chunks[k]; k++) ends.push(list.chunks[k]!.ids.at(-1) ?? -1);
  return ends;
}

function contiguousChunks(list: PostingList): number {
  let k = 0;
  while (k < list.chunks.length && list.chunks[k]) k++;
  return k;
}

/** Ids up to this one are all known for the list (Infinity when the whole list is loaded). */
function knownUpTo(list: PostingList): number {
  const k = contiguousChunks(list);
  if (k === list.chunks.length) return Infinity;
  const last = k === 0 ? list.inline : list.chunks[k - 1]!;
  return last.ids.at(-1) ?? -1;
}

function chunkFor(list: PostingList, id: number): number {
  const lastInline = list.inline.ids.at(-1) ?? -1;
  if (id <= lastInline) return -1;
  let low = 0;
  let high = list.starts.length - 1;
  if (high < 0 || list.starts[0]! > id) return -1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (list.starts[mid]! <= id) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Visits the loaded postings of a list with ids up to `upTo` (each part is in ascending order). */
function forEachPosting(list: PostingList, upTo: number, visit: (id: number, code: number) => void): void {
  for (const part of [list.inline, ...list.chunks]) {
    if (!part) continue;
    const { ids, codes } = part;
    for (let i = 0; i < ids.length && ids[i]! <= upTo; i++) visit(ids[i]!, codes[i]!);
  }
}

function tokenScores(matches: TermMatch[], mask: boolean[], frontier: number): Map<number, number> {
  const scores = new Map<number, number>();
  for (const match of matches) {
    const [name, text] = match.lists;
    const weights = SCORE[match.quality];
    for (const [list, weight] of [[name, weights.name], [text, weights.text]] as const) {
      forEachPosting(list, frontier, (id, code) => {
        if (!mask[code]) return;
        const previous = scores.get(id);
        if (previous === undefined || previous < weight) scores.set(id, weight);
      });
    }
  }
  return scores;
}

function finish(
  perToken: TermMatch[][],
  optional: TermMatch[][],
  wholeName: PostingList | undefined,
  mask: boolean[],
  frontier: number,
  limit: number,
  more: boolean,
): { ids: number[]; total: number; more: boolean; partial: boolean } {
  const maps = perToken.map((matches) => tokenScores(matches, mask, frontier)).sort((a, b) => a.size - b.size);
  const totals = new Map<number, number>();
  const [smallest, ...rest] = maps;
  for (const [id, score] of smallest ?? []) {
    let sum = score;
    for (const map of rest) {
      const other = map.get(id);
      if (other === undefined) {
        sum = -1;
        break;
      }
      sum += other;
    }
    if (sum >= 0) totals.set(id, sum);
  }
  let partial = false;
  if (totals.size === 0 && maps.length > 1) {
    partial = true;
    for (const map of maps) for (const [id, score] of map) totals.set(id, (totals.get(id) ?? 0) + score);
  }
  for (const matches of optional) {
    for (const [id, score] of tokenScores(matches, mask, frontier)) {
      const total = totals.get(id);
      if (total !== undefined) totals.set(id, total + score);
    }
  }
  if (wholeName) {
    forEachPosting(wholeName, Infinity, (id) => {
      const score = totals.get(id);
      if (score !== undefined) totals.set(id, score + WHOLE_NAME);
    });
  }
  const ids = [...totals.keys()].sort((a, b) => totals.get(b)! - totals.get(a)! || a - b).slice(0, limit);
  return { ids, total: totals.size, more, partial };
}

/**
 * Shards other than the word's own that hold one-edit variants of it, most likely first:
 * variants that change an earlier character move further in the dictionary. Only the
 * part of the word up to the deepest shard key matters, so the search stays small.
 */
export function typoShards(keys: readonly string[], token: string, home: number): number[] {
  const depth = Math.min(token.length, Math.max(...keys.map((k) => k.length)) + 1);
  const found: number[] = [];
  const note = (variant: string) => {
    const shard = routeShard(keys, variant);
    if (shard !== home && !found.includes(shard)) found.push(shard);
  };
  for (let i = depth - 1; i >= 0; i--) {
    note(token.slice(0, i) + token.slice(i + 1));
    if (i + 1 < token.length) note(token.slice(0, i) + token[i + 1] + token[i] + token.slice(i + 2));
    for (const ch of TYPO_ALPHABET) {
      note(token.slice(0, i) + ch + token.slice(i + 1));
      note(token.slice(0, i) + ch + token.slice(i));
    }
  }
  return found;
}

/** Levenshtein distance of at most one, or one swap of neighbouring characters. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function expand(id: number, doc: StoredDoc): SearchHit {
  const hit: SearchHit = { id, kind: doc.k === "s" ? "server" : "tool", name: doc.n, description: doc.d };
  if (doc.t !== undefined) hit.title = doc.t;
  if (doc.s !== undefined) hit.server = doc.s;
  if (doc.r !== undefined) hit.risk = RISK_LEVELS[doc.r];
  if (doc.c !== undefined) hit.category = CATEGORIES[doc.c];
  if (doc.h !== undefined) hit.href = doc.h;
  if (doc.g !== undefined) hit.repository = doc.g;
  if (doc.p !== undefined) hit.topics = doc.p;
  if (doc.m !== undefined) hit.toolCount = doc.m;
  if (doc.x === 1) hit.synthetic = true;
  return hit;
}
