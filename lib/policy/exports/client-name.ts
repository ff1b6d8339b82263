/**
 * The server's name in the person's own client config, which every export's rules carry.
 * Only letters, digits, "-" and "_": Claude Code rewrites any other character to "_" in
 * its mcp__<server>__<tool> rule names, so a rule written with the name as typed would never
 * match. The same rule keeps the name a bare TOML key and plain JSON text.
 */
export const CLIENT_NAME_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** What is wrong with a name, or undefined when it can be used. */
export function clientNameProblem(name: string): string | undefined {
  if (name.length === 0) return "is empty";
  if (name.length > 64) return "is longer than 64 characters";
  if (!CLIENT_NAME_PATTERN.test(name)) return 'may hold only letters, digits, "-" and "_" (Claude Code rewrites any other character in its rule names)';
  return undefined;
}

/**
 * The note beside exports that use the catalogue's own name for the server, because the
 * person has not said what their client calls it.
 */
export function defaultNameNote(name: string): string {
  return `These rules call the server "${name}", the catalogue's name for it. Your client matches rules by the name in your own MCP server config (GitHub's instructions, for one, call its server "github"): if yours differs, give that name, or the rules will not apply.`;
}
