/**
 * The shared vocabulary of the catalogue: risk categories, levels, data-flow roles and
 * the named risk signals. lib/taxonomy/RUBRIC.md is the definition; this module is its
 * single encoding, used by the content schema, the classifier and the site alike.
 */

export const CATEGORIES = ["read", "write", "destructive", "execute", "financial"] as const;
export type Category = (typeof CATEGORIES)[number];

export const RISK_LEVELS = ["low", "medium", "high", "critical"] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const CATEGORY_INFO: Record<Category, { label: string; summary: string }> = {
  read: {
    label: "Read",
    summary: "Retrieves, lists, searches or computes; changes nothing lasting anywhere.",
  },
  write: {
    label: "Write",
    summary: "Creates or changes something in an additive or undoable way: create, update, send, post, forward, upload.",
  },
  destructive: {
    label: "Destructive",
    summary: "Removes, irreversibly ends or overwrites something: delete, drop, purge, terminate, revoke, kill.",
  },
  execute: {
    label: "Execute",
    summary: "Runs code, commands or queries the caller chooses: shell, eval, scripts, arbitrary SQL, page JavaScript.",
  },
  financial: {
    label: "Financial",
    summary: "Moves money or takes on a financial obligation: payments, refunds, transfers, purchases, trades.",
  },
};

export const RISK_INFO: Record<RiskLevel, { label: string; summary: string }> = {
  low: { label: "Low", summary: "A careless call harms no one and loses nothing." },
  medium: { label: "Medium", summary: "Changes something or exposes private data; worth a rate limit." },
  high: { label: "High", summary: "Can do real damage or expose secrets; a person should approve each call or limits must be tight." },
  critical: { label: "Critical", summary: "Wide, irreversible or costly harm in one call; hide it from agents unless you truly need it." },
};

export function riskRank(level: RiskLevel): number {
  return RISK_LEVELS.indexOf(level);
}

/** Roles a tool plays in a data flow; together they reveal exfiltration paths (the "lethal trifecta"). */
export const ROLES = ["untrusted-input", "private-data", "public-sink", "destroys"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_INFO: Record<Role, { label: string; summary: string }> = {
  "untrusted-input": {
    label: "Reads untrusted content",
    summary: "Brings text written by strangers into the agent's context (web pages, inbound messages, issues): a prompt-injection path.",
  },
  "private-data": {
    label: "Reads private data",
    summary: "Returns data that should not leave the user's control: messages, files, records, secrets.",
  },
  "public-sink": {
    label: "Sends data out",
    summary: "Can put data where others can read it: posts, messages, emails, uploads, webhooks, HTTP requests.",
  },
  destroys: { label: "Destroys", summary: "Can remove or irreversibly end something." },
};

/**
 * Named risk signals. Ids are stable (entries and the command line use them); labels are
 * what a person reads. `attacks` names the attack-pattern pages (content/attacks/<slug>.md)
 * a signal is linked to.
 */
export const SIGNALS = {
  "bulk-operation": {
    label: "bulk operation: affects many targets at once",
    attacks: ["destructive-bulk-operations", "runaway-loops"],
  },
  "exposes-credentials": {
    label: "exposes credentials: returns secrets, tokens, keys or session strings",
    attacks: ["credential-theft", "session-token-replay", "data-exfiltration"],
  },
  irreversible: { label: "irreversible: what it does cannot be undone", attacks: ["destructive-bulk-operations"] },
  "locks-out": {
    label: "locks people out: ends sessions or revokes access",
    attacks: ["confused-deputy"],
  },
  "changes-permissions": {
    label: "changes permissions: grants, removes or changes access",
    attacks: ["confused-deputy"],
  },
  "account-wide": {
    label: "account-wide or infrastructure-wide scope",
    attacks: ["excessive-permissions", "confused-deputy"],
  },
  "moves-money": { label: "moves money or takes on a financial obligation", attacks: ["confused-deputy", "runaway-loops"] },
  "runs-code": { label: "runs code, commands or queries the caller chooses", attacks: ["confused-deputy", "data-exfiltration"] },
  "pass-through": {
    label: "calls any endpoint or command of an API: as risky as the worst thing that API allows",
    attacks: ["confused-deputy", "data-exfiltration"],
  },
  "open-internet": {
    label: "reaches the open internet",
    attacks: ["server-side-request-forgery", "data-exfiltration"],
  },
  "untrusted-content": {
    label: "ingests untrusted content (prompt-injection path)",
    attacks: ["indirect-prompt-injection", "lethal-trifecta"],
  },
  "sends-externally": {
    label: "sends data to other people or public places",
    attacks: ["data-exfiltration", "lethal-trifecta"],
  },
  "private-data": { label: "returns private personal data", attacks: ["data-exfiltration"] },
  "local-files": { label: "reads or writes arbitrary local files", attacks: ["path-traversal", "data-exfiltration"] },
  "annotation-conflict": {
    label: "annotations contradict the name or description",
    attacks: ["tool-poisoning", "rug-pull"],
  },
  "tool-poisoning": {
    label: "description tries to instruct the model (tool poisoning)",
    attacks: ["tool-poisoning", "tool-shadowing"],
  },
  "vague-definition": {
    label: "definition says too little to judge with confidence",
    attacks: ["rug-pull"],
  },
} as const satisfies Record<string, { label: string; attacks: readonly string[] }>;

export type SignalId = keyof typeof SIGNALS;
export const SIGNAL_IDS = Object.keys(SIGNALS) as SignalId[];
