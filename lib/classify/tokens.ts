/**
 * Turns a tool name in any case style into lower-case word tokens:
 * `github_delete_repo`, `deleteRepo`, `delete-repo`, `repo.delete`, `DeleteRepo`,
 * `StartAHORun` ("start", "aho", "run"), `Repo_Delete` all become words the lexicon knows.
 */

const CAMEL_LOWER_UPPER = /([a-z0-9])([A-Z])/g;
const ACRONYM_WORD = /([A-Z]+)([A-Z][a-z])/g;
const SEPARATORS = /[^a-z0-9]+/;

export function nameTokens(name: string): string[] {
  const split = name.replace(ACRONYM_WORD, "$1 $2").replace(CAMEL_LOWER_UPPER, "$1 $2");
  const out: string[] = [];
  for (const part of split.toLowerCase().split(SEPARATORS)) {
    if (part) out.push(part);
  }
  return out;
}

/** True when the text contains CJK ideographs (used to choose the Chinese phrase tables). */
const CJK = /[\u3400-\u9fff]/;
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}
