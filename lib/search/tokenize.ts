/**
 * Pure: how text becomes index terms, shared by the index builder and the query engine so
 * both sides always agree. Latin text splits on anything that is not a letter or digit;
 * names also split at camelCase boundaries and keep a joined "compact" form so a query
 * typed as one word ("getuserinfo") or with any separator still finds the name.
 * Chinese, Japanese and Korean have no spaces: a run of those characters is indexed as
 * single characters plus overlapping pairs (会话导出 -> 会 话 导 出 会话 话导 导出), and a
 * query run of two or more characters searches its pairs.
 */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const RUNS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[\p{L}\p{N}]+/gu;

/** Words too common in descriptions to help a search; never dropped from names or a query of only these. */
export const STOP_WORDS = new Set(
  "a an and are as at be by for from in into is it its of on or that the this to with your you can will which when".split(" "),
);

export function normalize(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

export function isCjk(term: string): boolean {
  return CJK.test(term);
}

/** Breaks identifiers at case changes: getUserInfo -> get User Info, HTTPServer -> HTTP Server. */
export function splitCamel(text: string): string {
  return text.replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, "$1 $2").replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, "$1 $2");
}

/** Words in order of appearance (not deduplicated), each a Latin word or a CJK run. */
export function words(text: string): string[] {
  return normalize(text).match(RUNS) ?? [];
}

function cjkGrams(run: string): string[] {
  const chars = [...run];
  const grams = [...chars];
  for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i]! + chars[i + 1]!);
  return grams;
}

/** Terms for a free-text field (descriptions, titles): words minus stop words, CJK as grams. */
export function textTerms(text: string): string[] {
  const out: string[] = [];
  for (const word of words(text)) {
    if (isCjk(word)) out.push(...cjkGrams(word));
    else if (!STOP_WORDS.has(word)) out.push(word);
  }
  return out;
}

/** The whole name as one lower-case word, separators removed: batch_export_sessions -> batchexportsessions. */
export function compactName(name: string): string {
  return words(name).join("");
}

/** Terms for a name: its parts (split at separators and camelCase), CJK grams, and the compact form. */
export function nameTerms(name: string): string[] {
  const out: string[] = [];
  const parts = words(splitCamel(name));
  for (const part of parts) {
    if (isCjk(part)) out.push(...cjkGrams(part));
    else out.push(part);
  }
  const compact = compactName(name);
  if (parts.length > 1 && compact && !isCjk(compact)) out.push(compact);
  return out;
}

export interface QueryTokens {
  /** Terms every result must match (prefix or typo matches allowed per the engine). */
  tokens: string[];
  /** The query as one compact word when it is one identifier of several parts, for whole-name matches. */
  compact: string | undefined;
}

/**
 * A query's terms. Stop words are dropped unless the query is only stop words; a CJK run
 * of two or more characters becomes its pairs, a single CJK character stays itself.
 */
export function queryTokens(query: string): QueryTokens {
  const found = words(query);
  const meaningful = found.filter((w) => isCjk(w) || !STOP_WORDS.has(w));
  const chosen = meaningful.length > 0 ? meaningful : found;
  const tokens: string[] = [];
  for (const word of chosen) {
    if (!isCjk(word)) tokens.push(word);
    else {
      const chars = [...word];
      if (chars.length === 1) tokens.push(word);
      else for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i]! + chars[i + 1]!);
    }
  }
  const unique = [...new Set(tokens)];
  // Only a query typed as one identifier (terminate_session, stripe-mcp) is looked up as a
  // whole name; words typed with spaces are a phrase, which saves a shard download.
  const latin = found.filter((w) => !isCjk(w));
  const identifier = !/\s/.test(query.trim());
  const compact = identifier && latin.length > 1 && latin.length === found.length ? latin.join("") : undefined;
  return { tokens: unique, compact };
}
