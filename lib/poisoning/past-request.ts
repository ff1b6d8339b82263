/**
 * An order to carry the action past what the user named: "always apply the reset to every charger
 * sharing the same site_id, not only the one requested", "send it to all attendees, not just the
 * ones the user selected". Said of what the tool does ("resets apply to every charger on the site,
 * not only the one requested") it describes the tool, whose reach the classifier rates. Pure.
 */
import type { Passage } from "./types";

const PAST_THE_REQUEST_RE =
  /(?:^|[,:;]\s*|\b(?:always|also|must|should)\s+)(?:apply|extend|run|send|perform|repeat|do|issue|cancel|delete|reset|restart)\b[^.;]{0,60}\b(?:to|on|for|across)\s+(?:every|all|each)\b[^.;]{0,60}?\b(?:not (?:just|only|merely)|rather than (?:just |only )?)\s*(?:to |on |for )?the (?:one|ones|[\w-]+) (?:(?:the user |they )?(?:requested|asked for|named|chose|selected|specified))\b/i;

/** Looked for first, as few texts say it. */
const PAST_CUE_RE = /not (?:only|just|merely)|rather than/;

export function pastTheRequest(text: string): Passage | null {
  if (!text.includes("not ") && !text.includes("rather than")) return null;
  if (!PAST_CUE_RE.test(text)) return null;
  const found = PAST_THE_REQUEST_RE.exec(text);
  if (!found) return null;
  const lead = found[0].length - found[0].trimStart().replace(/^[,:;]\s*/, "").length;
  return { start: found.index + lead, end: found.index + found[0].length, text: found[0].slice(lead) };
}
