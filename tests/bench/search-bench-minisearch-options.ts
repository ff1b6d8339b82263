import type { Options } from "minisearch";
import { isCjk, normalize, splitCamel } from "../../lib/search/tokenize";

/** MiniSearch options shared by the benchmark's Node build and its browser loader. */
export const MINISEARCH_OPTIONS: Options = {
  fields: ["name", "title", "description", "server"],
  storeFields: ["kind", "name", "server", "risk", "category"],
  tokenize: (text) => {
    const out: string[] = [];
    for (const word of normalize(splitCamel(text)).match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[\p{L}\p{N}]+/gu) ?? []) {
      if (!isCjk(word)) out.push(word);
      else {
        const chars = [...word];
        out.push(...chars);
        for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
      }
    }
    return out;
  },
  processTerm: (term) => term,
};
