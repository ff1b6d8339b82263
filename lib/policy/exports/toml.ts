/**
 * Just enough TOML writing for the exports: basic strings, keys and string arrays
 * (TOML 1.0, https://toml.io/en/v1.0.0). Tool names are strangers' strings, so every value
 * is escaped and a key that is not a bare key is quoted.
 */

export function tomlString(value: string): string {
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\r") out += "\\r";
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return `${out}"`;
}

const BARE_KEY = /^[A-Za-z0-9_-]+$/;

export function tomlKey(key: string): string {
  return BARE_KEY.test(key) ? key : tomlString(key);
}

export function tomlStringArray(values: readonly string[]): string {
  if (values.length === 0) return "[]";
  if (values.length <= 3) return `[${values.map(tomlString).join(", ")}]`;
  return `[\n${values.map((v) => `  ${tomlString(v)},`).join("\n")}\n]`;
}

/** A comment line; a newline in the text must not end the comment early. */
export function tomlComment(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `# ${line}`.trimEnd())
    .join("\n");
}
