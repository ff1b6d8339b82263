/** Small text helpers for showing strangers' text safely and readably. */

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** A BCP 47 language hint for text we did not write: "zh" when it contains Chinese characters. */
export function languageHint(text: string): string | undefined {
  return HAN.test(text) ? "zh" : undefined;
}

/** The first line of a text, cut to `max` characters on a word boundary, with an ellipsis when cut. */
export function excerpt(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The first sentence of our own prose (rationales), for summaries. */
export function firstSentence(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const match = /^(.+?[.!?])(\s|$)/.exec(flat);
  return excerpt(match?.[1] ?? flat, max);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;
}

/**
 * A name cut where a line may break: after "_", "-", ".", "/" and ":", and between a lower-case
 * letter and an upper-case one (getUserInfo -> get User Info). Joined again the parts are the
 * name; shown with <wbr> between them, a long tool name wraps at its words instead of a few
 * letters a line (break-all) or not at all (a table too wide for a phone).
 */
export function nameParts(name: string): string[] {
  return name.split(/(?<=[_\-./:])(?=.)|(?<=\p{Ll})(?=\p{Lu})/u).filter((part) => part !== "");
}
