import { z } from "zod";
import { CATEGORIES, RISK_LEVELS, ROLES, SIGNAL_IDS, type SignalId } from "../taxonomy";
import type { Policy } from "../policy/schema";
import { isSafeSlug } from "./slug";

/**
 * The front matter of content/attacks/<slug>.md: one attack pattern that the catalogue's
 * risk signals point to. Kept apart from the tool and server schemas in ./schema.ts.
 */

const text = z.string().trim().min(1, { error: "must not be empty" });
const slug = z.string().refine(isSafeSlug, { error: "must be lower case letters, digits, - or _ (at most 80)" });

/** Search results and link previews show the summary whole, so it stays one short sentence. */
const MAX_SUMMARY = 240;

export const attackEntrySchema = z.strictObject({
  /** URL segment; must match the file name. */
  slug,
  title: text,
  /** One sentence, shown in listings and as the page description. */
  summary: text
    .refine((s) => !s.includes("\n"), { error: "must be one line (one sentence)" })
    .refine((s) => s.length <= MAX_SUMMARY, { error: `must be at most ${MAX_SUMMARY} characters` })
    .refine((s) => /[.!?]$/.test(s), { error: "must be a sentence ending in . ! or ?" }),
  /** How bad it gets when it succeeds, on the same scale as a tool's risk. */
  severity: z.enum(RISK_LEVELS),
  /** How bad, in words: what is lost and how widely. */
  impact: text,
  /** Signals whose tools this attack concerns (validated against SIGNALS). */
  signals: z.array(z.enum(SIGNAL_IDS as [SignalId, ...SignalId[]])).default([]),
  /** Categories whose tools this attack concerns. */
  categories: z.array(z.enum(CATEGORIES)).default([]),
  /** Data-flow roles whose tools this attack concerns. */
  roles: z.array(z.enum(ROLES)).default([]),
  /** Other names the pattern goes by. */
  aliases: z.array(text).default([]),
  /** Slugs of related attack pages; each must exist. */
  seeAlso: z.array(slug).default([]),
  /** Public write-ups worth reading, https only. */
  references: z
    .array(z.strictObject({ title: text, url: z.url({ protocol: /^https$/, error: "must be an https URL" }) }))
    .default([]),
});

export type AttackFrontMatter = z.infer<typeof attackEntrySchema>;

export interface AttackEntry extends AttackFrontMatter {
  /**
   * Every signal this page concerns: those in its front matter plus those whose
   * SIGNALS[..].attacks name it, so a tool page's link always lands on a page that lists it.
   */
  relatedSignals: SignalId[];
  /** Markdown body: how it works, an example, how to spot it, what a policy does. */
  body: string;
  /** The ```json policy blocks of the body, parsed and validated. */
  policyExamples: Policy[];
  file: string;
}
