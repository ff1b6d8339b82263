/**
 * Turns a tool name in any case style into lower-case word tokens:
 * `github_delete_repo`, `deleteRepo`, `delete-repo`, `repo.delete`, `DeleteRepo`,
 * `StartAHORun` ("start", "aho", "run"), `Repo_Delete` all become words the lexicon knows.
 *
 * One pass over the characters (this runs for every tool and every title): a word ends at
 * any character that is not an ASCII letter or digit, before an upper-case letter that
 * follows a lower-case letter or digit ("deleteRepo"), and before the last capital of an
 * acronym that starts a new word ("AHORun" → "aho", "run").
 */

function kind(code: number): 0 | 1 | 2 | 3 {
  if (code >= 97 && code <= 122) return 1; // lower
  if (code >= 65 && code <= 90) return 2; // upper
  if (code >= 48 && code <= 57) return 3; // digit
  return 0;
}

export function nameTokens(name: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < name.length; i++) {
    const k = kind(name.charCodeAt(i));
    if (k === 0) {
      if (start !== -1) out.push(name.slice(start, i).toLowerCase());
      start = -1;
      continue;
    }
    if (start === -1) {
      start = i;
      continue;
    }
    if (k === 2) {
      const prev = kind(name.charCodeAt(i - 1));
      const next = i + 1 < name.length ? kind(name.charCodeAt(i + 1)) : 0;
      // "deleteRepo" / "v2Repo": lower or digit then upper; "AHORun": upper, upper, then lower.
      if (prev === 1 || prev === 3 || (prev === 2 && next === 1)) {
        out.push(name.slice(start, i).toLowerCase());
        start = i;
      }
    }
  }
  if (start !== -1) out.push(name.slice(start).toLowerCase());
  return out;
}

/** True when the text contains CJK ideographs (used to choose the Chinese phrase tables). */
const CJK = /[\u3400-\u9fff]/;
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}
