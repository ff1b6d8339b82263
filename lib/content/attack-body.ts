import { Lexer, type Token, type Tokens } from "marked";
import { parsePolicy, type Policy } from "../policy/schema";

/**
 * Pure checks on the markdown body of an attack page. The body is team-written, but it is
 * still held to what the renderer shows: no raw HTML (it would appear as literal text),
 * links only to https addresses or to pages of this site, and every ```json policy block
 * a valid policy.json, so no page teaches a policy that a gateway would reject.
 */

export interface BodyProblem {
  /** Where in the body, e.g. "body.policy[2].tools.x.limits.0.max" or "body". */
  field: string;
  message: string;
}

export interface BodyCheck {
  policies: Policy[];
  /** Site-relative attack slugs the body links to (/attacks/<slug>/), for a cross-check. */
  attackLinks: string[];
  problems: BodyProblem[];
}

export function lexBody(body: string): Token[] {
  return new Lexer({ gfm: true }).lex(body);
}

/** A fenced block whose info string is "json policy" (in any order after json). */
export function isPolicyBlock(token: Tokens.Code): boolean {
  const words = (token.lang ?? "").trim().split(/\s+/);
  return words[0] === "json" && words.includes("policy");
}

/** Internal links start with one "/" (not "//", which is another host) or "#". */
export function isSiteLink(href: string): boolean {
  return (href.startsWith("/") && !href.startsWith("//")) || href.startsWith("#");
}

export function isSafeExternalLink(href: string): boolean {
  return /^https:\/\/[^\s/]+/i.test(href);
}

export function walkTokens(tokens: readonly Token[], visit: (token: Token) => void): void {
  for (const token of tokens) {
    visit(token);
    if (token.type === "list") walkTokens((token as Tokens.List).items, visit);
    if (token.type === "table") {
      const table = token as Tokens.Table;
      for (const cell of [...table.header, ...table.rows.flat()]) walkTokens(cell.tokens, visit);
    }
    if ("tokens" in token && Array.isArray(token.tokens)) walkTokens(token.tokens, visit);
  }
}

const ATTACK_LINK = /^\/attacks\/([^/#?]+)\/?(?:[#?].*)?$/;

export function checkAttackBody(body: string): BodyCheck {
  const problems: BodyProblem[] = [];
  const policies: Policy[] = [];
  const attackLinks: string[] = [];
  if (body.trim() === "") {
    return { policies, attackLinks, problems: [{ field: "body", message: "is empty: the page needs its explanation below the front matter" }] };
  }

  let blockIndex = 0;
  walkTokens(lexBody(body), (token) => {
    if (token.type === "html") {
      const snippet = token.raw.trim().slice(0, 40);
      problems.push({ field: "body", message: `contains raw HTML (${JSON.stringify(snippet)}); it is shown as text, not rendered: use markdown, or put it in backticks` });
    } else if (token.type === "image") {
      problems.push({ field: "body", message: `contains an image (${JSON.stringify(token.href)}); attack pages have none` });
    } else if (token.type === "link") {
      const href = (token as Tokens.Link).href;
      if (isSiteLink(href)) {
        const match = ATTACK_LINK.exec(href);
        if (match?.[1]) attackLinks.push(match[1]);
      } else if (!isSafeExternalLink(href)) {
        problems.push({ field: "body", message: `links to ${JSON.stringify(href)}; links must be https:// or a path on this site starting with /` });
      }
    } else if (token.type === "code" && isPolicyBlock(token as Tokens.Code)) {
      const field = `body.policy[${blockIndex++}]`;
      let value: unknown;
      try {
        value = JSON.parse((token as Tokens.Code).text);
      } catch (error) {
        problems.push({ field, message: `is not valid JSON: ${error instanceof Error ? error.message : String(error)}` });
        return;
      }
      const parsed = parsePolicy(value);
      if (parsed.ok) policies.push(parsed.policy);
      else for (const p of parsed.problems) problems.push({ field: p.path ? `${field}.${p.path}` : field, message: p.message });
    }
  });

  if (blockIndex === 0) {
    problems.push({ field: "body", message: "has no ```json policy block: every attack page shows the policy that stops or limits it" });
  }
  return { policies, attackLinks, problems };
}
