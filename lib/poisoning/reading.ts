/**
 * What the rules concluded about the sentence they read last, for the learned scorer, which knows
 * nothing of a tool's purpose: where the rules found that the data a sentence asks for is what
 * the tool needs, or is ordinary (a field named for it, a public key, files in a default that
 * hold no secret), the scan does not let the scorer overrule them. Set during one synchronous
 * judgement, read right after it.
 */
export const lastReading = { dataCleared: false };
