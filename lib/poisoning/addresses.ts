/**
 * An outside address the definition itself writes in as where something goes. Whatever language
 * the rest is in, an email address or a phone number is spelled the same way, and an honest tool
 * has no reason to fix one as a destination: the user says where their things go. So this reads
 * no words, only where the address sits:
 * - in an allowed or default value, with words around it (a value is data, not a sentence), or as
 *   the default of a parameter that says who is sent to or notified;
 * - in the description of a parameter that says who is sent to (its name: to, cc, recipients,
 *   email…), as the address to use;
 * - in a sentence that also names another tool or one of the tool's own fields, or says CC or BCC
 *   (the same letters everywhere);
 * - a real phone number anywhere in prose (descriptions show formats with made-up ones);
 * - in a title, which is a label.
 * Likewise an outside host preset as the default of where copies, archives or reports go; a bank
 * account (an IBAN), a card number or a wallet written out in a description, or preset as the
 * default of where money goes, is the definition's own account; and a spreadsheet formula preset as
 * a value that calls an outside address sends the sheet there. Addresses and accounts in
 * documentation's example domains, just after an example marker ("e.g.", "z. B.", "por ejemplo",
 * "例如") or in a sentence about testing ("test card", "sandbox", "prueba"), are examples.
 *
 * Pure, and cheap where there is nothing to find: each check first looks for what it needs (an "@",
 * a "+", digits, a parameter named for it).
 * The scan (./scan.ts) calls it for every description, title and value.
 */
import type { ValueKey } from "./fields";
import { wholeWordAt } from "./pattern";

export interface FixedDestination {
  /** Where the sentence that fixes the address is, in the text given. */
  start: number;
  end: number;
  /** The address, as written. */
  address: string;
  /** What kind of address it is, for the reason shown. */
  what: "an outside address" | "a bank account or card number" | "an example value";
  /** The whole reason, where the usual "writes in … as …" does not fit. */
  reason?: string;
  /** Why it reads as a destination, to follow "writes in an outside address …". */
  how: string;
}

const EMAIL_RE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b/gi;
/** A phone number in international form, or a messaging address built on one ("whatsapp:+…"). */
const PHONE_RE = /(?:\b(?:whatsapp|tel|sms|signal|viber|telegram):\s?)?\+\d{1,3}(?:[ -]?\d){7,13}\b/gi;
/** Domains documentation uses for made-up addresses, and placeholders. */
const EXAMPLE_DOMAIN_RE =
  /@(?:[\w-]+\.)*(?:example|examples|test|testing|invalid|localhost|acme|foo|bar|baz|domain|your-?domain|company|your-?company|yourorg|email|contoso|fabrikam|sample|demo|placeholder)\.[a-z]{2,}$|@(?:[\w-]+\.)*(?:test|invalid|example|local|localhost)$/i;
/** Markers that the next address is an example, in the languages the catalogue holds. */
const EXAMPLE_MARKER_RE =
  /(?<!\p{L})(?:e\.?\s?g\.?|for (?:example|instance)|such as|like|ex(?:ample)?s?\s?[.:]|i\.e\.|z\.\s?b\.|zum beispiel|beispiel(?:sweise)?|p\.\s?ej\.?|por ejemplo|como|par exemple|por exemplo|per esempio|ad esempio|es\.|bijv\.?|bijvoorbeeld|np\.|např\.|t\.\s?ex\.?|f\.\s?eks\.?|örn\.?|vd\.?|contoh(?:nya)?|misal(?:nya)?|mf\.?|например|напр\.|наприклад|例如|比如|如|例：|例:|例えば|예:|예를 들어|مثلاً|مثلا|למשל|π\.χ\.)[\s:,("'`-]*$/iu;
/**
 * Another tool's name: a snake_case identifier, bare or in backticks; a kebab-case one in backticks;
 * or a camelCase identifier called ("sendEmail("). A backticked camelCase word alone is as often a
 * value ("`allUsers`"), a bare or quoted kebab-case word a name of something else ("invoice-notify"),
 * and a capitalised or all-lowercase call a spreadsheet's or a language's function ("IMAGE(", "print(").
 */
const TOOL_NAME_RE = /\b([a-z][a-z0-9]*(?:_[a-z0-9]+)+)\b|`([a-z][a-z0-9]*(?:-[a-z0-9]+)+)`|\b([a-z][a-z0-9]*[A-Z][A-Za-z0-9]*)(?=\()/g;
/** Copy lines are written "CC" and "BCC" in every language. */
const COPY_LINE_RE = /(?:^|[^\w])(?:B?CC|Bcc|Cc)(?=$|[^\w])/;
/** A parameter that says who a message or share goes to; a sender, owner or account is the user's own. */
const RECIPIENT_NAME_RE =
  /^(?:to|cc|bcc|reply_?to|send_?to|forward_?to|copy_?to|notify|recipients?|destinat\w*|destino|empf(?:ae|ä)nger\w*|kopie\w*|copia\w*|copie\w*|\w*(?:recipients?|e_?mails?|mail_?to|_to|_cc|_bcc)|(?:contact|notification|notify|alert|report|delivery|confirmation|backup|copy|cc|bcc|forward|receipt)_?(?:e_?mail|address|phone|number|channel|to)s?)$/i;
const OWN_NAME_RE = /^(?:from|sender|owner|user|login|account|author|creator|admin|my|self|search|query|filter|lookup|find)(?:_|$)|^(?:from|sender|owner|user|login|account|author|creator)[A-Z]/i;
/** A parameter whose default says where notices go: a channel, a phone. */
const CHANNEL_NAME_RE = /(?:^|_)(?:channel|phone|number|whatsapp|sms|mobile|msisdn|notify|notification|alerts?)(?:_|$)/i;

/** A parameter that says where copies, archives, exports or reports of what the tool handles go. */
const COPY_DESTINATION_NAME_RE =
  /(?:^|_)(?:archive|backup|mirror|copy|audit|export|forward|sink|relay|collector|upload|webhook|callback|report|delivery|destination|bootstrap_servers?|brokers?|drop|telemetry|analytics|tracking|beacon)(?:_|$)|(?:^|_)(?:archive|backup|mirror|copy|audit|export|upload|webhook|callback|report|telemetry)[A-Z]|[a-z](?:Archive|Backup|Mirror|Copy|Audit|Export|Upload|Webhook|Callback|Sink|Relay|Destination)(?:[A-Z]|$)/;
/** A parameter that holds where money goes: an account, an IBAN, a wallet, a payee (in the words of several languages). */
const ACCOUNT_NAME_RE =
  /(?:^|_)(?:account|acct|iban|wallet|payee|beneficiary|payout|settlement|card|vpa|upi|pix|chave|konto|cuenta|conto|compte|rekening|hesap)(?:_|$)|(?:account|iban|wallet|payee|beneficiary|payout|settlement)(?:Number|No|Id)?$/i;
/** An account number, an IBAN, a card number or a crypto wallet address, written as the whole value. */
const ACCOUNT_NUMBER_RE = /^\s*(?:[A-Z]{2}\d{2}[ A-Z0-9]{10,30}|\d[\d -]{8,}\d|0x[0-9a-fA-F]{40}|[13][a-km-zA-HJ-NP-Z1-9]{25,34}|bc1[a-z0-9]{25,60})\s*$/;
/** A host or address on the internet, with or without a scheme or port: not this machine, a private network or documentation's example hosts. */
const OUTSIDE_HOST_RE =
  /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?!localhost\b|127\.|0\.0\.0\.0|10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|(?:[\w-]+\.)*(?:example|test|invalid|local|internal|localhost)(?:[.:/]|$))(?:[\w-]+\.)+[a-z]{2,}(?::\d+)?(?:\/\S*)?$/i;

/** An address that is not an example: the address, where it is. */
interface Found {
  address: string;
  at: number;
}

function outsideAddresses(text: string, phones: boolean): Found[] {
  const out: Found[] = [];
  EMAIL_RE.lastIndex = 0;
  for (let m = EMAIL_RE.exec(text); m; m = EMAIL_RE.exec(text)) {
    if (!EXAMPLE_DOMAIN_RE.test(m[0]) && !afterExampleMarker(text, m.index)) out.push({ address: m[0], at: m.index });
  }
  if (phones && text.includes("+")) {
    PHONE_RE.lastIndex = 0;
    for (let m = PHONE_RE.exec(text); m; m = PHONE_RE.exec(text)) {
      if (!afterExampleMarker(text, m.index) && !placeholderPhone(m[0])) out.push({ address: m[0], at: m.index });
    }
  }
  return out;
}

function afterExampleMarker(text: string, at: number): boolean {
  return EXAMPLE_MARKER_RE.test(text.slice(Math.max(0, at - 40), at));
}

/** Numbers set aside for fiction and documentation (+1 555 01xx, the UK's 07700 900xxx), runs of one digit, counting. */
function placeholderPhone(phone: string): boolean {
  const digits = phone.replace(/\D/g, "");
  return /^1?(?:\d{3})?555/.test(digits) || /^447700900/.test(digits) || /^(\d)\1+$/.test(digits.slice(-7)) || /0123456|1234567/.test(digits);
}

/** The sentence around `at`: sentences end at ". ", "!", "?", ";", a newline or their full-width forms (an address's own dots do not end one). */
function sentenceAround(text: string, at: number): [number, number] {
  let start = at;
  while (start > 0 && !endsSentence(text, start - 1)) start--;
  let end = at;
  while (end < text.length && !endsSentence(text, end)) end++;
  return [start, Math.min(text.length, end + 1)];
}

function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  if (c === "\n" || c === "!" || c === "?" || c === ";" || c === "。" || c === "！" || c === "？" || c === "；") return true;
  return c === "." && (i + 1 >= text.length || /\s/.test(text[i + 1]!));
}

/** Another tool named in the sentence: not this tool, not one of its parameters, not a key in a code sample ("email: …"). */
function otherToolNamed(sentence: string, own: string, parameters: readonly string[]): string | null {
  // Addresses and links hold words joined by dots and underscores that are no tool's name.
  const plain = sentence.replace(EMAIL_RE, " ").replace(/\bhttps?:\/\/\S+/g, " ");
  TOOL_NAME_RE.lastIndex = 0;
  for (let m = TOOL_NAME_RE.exec(plain); m; m = TOOL_NAME_RE.exec(plain)) {
    const name = m[1] ?? m[2] ?? m[3]!;
    if (name === own || parameters.includes(name)) continue;
    if (/^["'`]?\s*[:=]/.test(plain.slice(m.index + m[0].length))) continue;
    return name;
  }
  return null;
}

/** A web address on the internet: not this machine, a private network or an example host. */
const OUTSIDE_URL_RE =
  /\bhttps?:\/\/(?!localhost\b|127\.|0\.0\.0\.0|10\.|192\.168\.|(?:[\w-]+\.)*(?:example|test|invalid|local|localhost)(?:[.:/]|$))(?:[\w-]+\.)+[a-z]{2,}[^\s)"'`<>]*/gi;

/**
 * An outside web address in the same sentence as another tool ("invoke `send_webhook` with
 * url=https://…"): the definition routes something through that tool to a place of its own. A link
 * in markdown ("[ISO 4217](https://…)"), in parentheses ("a browser CLI (https://github.com/…)") or
 * after an example marker is a reference or a format.
 */
function urlBesideAnotherTool(text: string, tool: { name: string; parameterNames: readonly string[]; nestedParameterNames: readonly string[] }): FixedDestination | null {
  OUTSIDE_URL_RE.lastIndex = 0;
  for (let m = OUTSIDE_URL_RE.exec(text); m; m = OUTSIDE_URL_RE.exec(text)) {
    // A reference: a markdown link, a link in parentheses after what it names, or after an example marker.
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    if (before === "](" || before.endsWith("(") || afterExampleMarker(text, m.index)) continue;
    const [start, end] = sentenceAround(text, m.index);
    const sentence = text.slice(start, end).replace(OUTSIDE_URL_RE, " ");
    OUTSIDE_URL_RE.lastIndex = m.index + m[0].length;
    const other = otherToolNamed(sentence, tool.name, [...tool.parameterNames, ...tool.nestedParameterNames]);
    if (other) return { start, end, address: m[0], what: "an outside address", how: `in the same sentence as another tool, ${other}` };
  }
  return null;
}

/** A parameter that says where the service calls back: notices, status updates, webhooks, a return after payment. */
const CALLBACK_NAME_RE = /(?:^|_)(?:webhook|callback|notify|notification|status_?callback|redirect|return)(?:_?(?:url|uri|address|endpoint))?$|[a-z](?:Webhook|Callback|Notify|Redirect|Return)(?:Url|Uri|Endpoint)?$|^(?:webhook|callback|notify|redirect|return)(?:Url|Uri|Endpoint)$/i;

/** Words that make the address next a reference to read: "see", "documented at", "more at". */
const REFERENCE_BEFORE_RE = /\b(?:see|documented (?:at|in|on)|documentation(?: at)?|docs(?: at)?|(?:read|learn|more) (?:more )?(?:at|on|in)|details (?:at|on|in)|reference(?: at)?|described (?:at|in|on)|spec(?:ification)?(?: at)?)\s*:?\s*$/i;

/**
 * An outside web address given as the one to use where the service calls back: in the description
 * of a callback, webhook or notify parameter, or in a sentence that names such a parameter of the
 * tool's own ("请统一填写 https://relay…/cb?m= 加上原始通知地址", "set `webhook_url` to https://…").
 * Whoever holds that address reads, and can forge, every notice the service sends. A reference
 * (a markdown link, a link in parentheses) or an example is not one.
 */
function callbackUrlIn(text: string, property: string | undefined, parameters: readonly string[]): FixedDestination | null {
  const ownCallbacks = property !== undefined && CALLBACK_NAME_RE.test(property) ? null : parameters.filter((p) => CALLBACK_NAME_RE.test(p));
  if (ownCallbacks !== null && ownCallbacks.length === 0) return null;
  OUTSIDE_URL_RE.lastIndex = 0;
  for (let m = OUTSIDE_URL_RE.exec(text); m; m = OUTSIDE_URL_RE.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    if (before === "](" || before.endsWith("(") || afterExampleMarker(text, m.index)) continue;
    const [start, sentenceEnd] = sentenceAround(text, m.index);
    const lead = text.slice(start, m.index);
    // "(documented at https://…)", "see https://…": where to read about it, not where to send.
    if (REFERENCE_BEFORE_RE.test(lead) || lead.split("(").length > lead.split(")").length) continue;
    // The passage runs to the end of the address and its sentence, past the "?" of its query.
    const end = sentenceEnd < m.index + m[0].length ? sentenceAround(text, m.index + m[0].length)[1] : sentenceEnd;
    if (ownCallbacks === null) return { start, end, address: m[0], what: "an outside address", how: `in the description of "${property}", as where the service's notices go` };
    const field = ownFieldNamed(text.slice(start, end).replace(OUTSIDE_URL_RE, " "), ownCallbacks);
    OUTSIDE_URL_RE.lastIndex = m.index + m[0].length;
    if (field) return { start, end, address: m[0], what: "an outside address", how: `as what to put in "${field}", where the service's notices go` };
  }
  return null;
}

/** One of the tool's own parameters named in the sentence (in backticks, or a snake_case name), not a sender's or owner's, nor a code sample's key. */
function ownFieldNamed(sentence: string, parameters: readonly string[]): string | null {
  const plain = sentence.replace(EMAIL_RE, " ");
  for (const name of parameters) {
    if (name.length < 3 || OWN_NAME_RE.test(name)) continue;
    const quoted = plain.indexOf(`\x60${name}\x60`);
    const at = quoted >= 0 ? quoted : name.includes("_") ? wholeWordAt(plain, name) : -1;
    if (at < 0) continue;
    if (/^\x60?["']?\s*[:=]/.test(plain.slice(at + name.length + (quoted >= 0 ? 1 : 0)))) continue;
    return name;
  }
  return null;
}

/** Words in a value besides the addresses it holds. */
function wordsBesides(value: string, found: readonly Found[]): number {
  let rest = value;
  for (const f of found) rest = rest.replace(f.address, " ");
  return rest.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** A parameter's allowed or default value (`valueKey`) of `property` that fixes an outside address. */
export function destinationInValue(value: string, property: string | undefined, valueKey: ValueKey | undefined): FixedDestination | null {
  if (valueKey !== "enum" && valueKey !== "default" && valueKey !== "const") return null;
  const name = property ?? "";
  if (valueKey !== "enum" && COPY_DESTINATION_NAME_RE.test(name) && OUTSIDE_HOST_RE.test(value.trim())) {
    return { start: 0, end: value.length, address: value.trim(), what: "an outside address", how: `as the default of "${name}", where copies, archives or reports go: every call sends there unless the model changes it` };
  }
  if (valueKey !== "enum" && ACCOUNT_NAME_RE.test(name) && ACCOUNT_NUMBER_RE.test(value) && (value.match(/\d/g)?.length ?? 0) >= 8) {
    return { start: 0, end: value.length, address: value.trim(), what: "a bank account or card number", how: `as the default of "${name}": every payment goes there unless the model changes it` };
  }
  if (!value.includes("@") && !value.includes("+")) return null;
  const found = outsideAddresses(value, true);
  if (found.length === 0) return null;
  const first = found[0]!;
  if (wordsBesides(value, found) >= 3) return { start: 0, end: value.length, address: first.address, what: "an outside address", how: `in ${valueKey === "enum" ? "an allowed" : "the default"} value of "${property ?? "a parameter"}", with an order around it` };
  // A bare address as the default of who is notified: top-level recipients are checked by the scan's presetRecipient.
  if (valueKey !== "enum" && !OWN_NAME_RE.test(name) && (RECIPIENT_NAME_RE.test(name) || CHANNEL_NAME_RE.test(name)) && value.trim() === first.address.trim()) {
    return { start: 0, end: value.length, address: first.address, what: "an outside address", how: `as the default of "${name}": every call also goes there unless the model takes it out` };
  }
  return null;
}

/** A description (the tool's, or a parameter's: `property`) that fixes an outside address as a destination. */
export function destinationInText(
  text: string,
  property: string | undefined,
  tool: { name: string; parameterNames: readonly string[]; nestedParameterNames: readonly string[] },
): FixedDestination | null {
  const viaTool = text.includes("://") ? (urlBesideAnotherTool(text, tool) ?? callbackUrlIn(text, property, [...tool.parameterNames, ...tool.nestedParameterNames])) : null;
  if (viaTool) return viaTool;
  if (!text.includes("@") && !text.includes("+")) return null;
  const found = outsideAddresses(text, true);
  if (found.length === 0) return null;
  const recipient = property !== undefined && !OWN_NAME_RE.test(property) && RECIPIENT_NAME_RE.test(property);
  for (const f of found) {
    const [start, end] = sentenceAround(text, f.at);
    // A real phone number in prose is a number to send to: descriptions give formats with made-up ones.
    if (f.address.includes("+")) return { start, end, address: f.address, what: "an outside address", how: "as a phone number to send to" };
    if (recipient) return { start, end, address: f.address, what: "an outside address", how: `in the description of "${property}", as the address to send to` };
    const sentence = text.slice(start, end);
    if (COPY_LINE_RE.test(sentence.replace(f.address, " "))) return { start, end, address: f.address, what: "an outside address", how: "on a copy line (CC or BCC)" };
    const parameters = [...tool.parameterNames, ...tool.nestedParameterNames];
    const other = otherToolNamed(sentence, tool.name, parameters);
    if (other) return { start, end, address: f.address, what: "an outside address", how: `in the same sentence as another tool, ${other}` };
    const field = ownFieldNamed(sentence, parameters);
    if (field) return { start, end, address: f.address, what: "an outside address", how: `as what to put in "${field}"` };
  }
  return null;
}

/** A parameter that names who or what a call acts for or pays: an account, a recipient, a person on call. */
const IDENTITY_NAME_RE = /(?:^|_)(?:user_?id|assignee|responder|owner_?id|member_?id|approver|payee_?id)$|[a-z](?:UserId|Assignee|Responder|Approver)$/;
/**
 * The examples' value ordered as the one to use: "use the escrow IBAN from the examples", "use the
 * fallback responder from the examples instead of asking", "请填写示例中的托管账户". An example shows
 * the shape of a value; a definition that tells the model to put the example itself where an
 * account, a recipient or a person goes has chosen them for the user. Taking the examples' format
 * is not that.
 */
const EXAMPLE_AS_VALUE_RE =
  /\b(?:use|take|fill in|enter|put|pick|apply|copy|substitute|fall back (?:on|to))\b(?:(?!\b(?:format|formats|structure|shape|pattern|style|syntax|layout)\b)[^.;]){0,40}?\b(?:from|in|of|listed in|given in|shown in) the examples?\b|(?:填写|使用|填入|采用|选用|改用|换成)[^。；]{0,6}示例(?:中|里)的(?![^。；]{0,6}(?:格式|结构|样式))/i;

/** A parameter's description (of `property`, where money or a call goes) that orders the examples' value as the one to use. */
export function exampleAsValue(text: string, property: string | undefined): FixedDestination | null {
  // The word first: most notes name no example, and the parameter's name takes four expressions to place.
  if (!property || !(text.includes("xample") || text.includes("示例"))) return null;
  if (!(ACCOUNT_NAME_RE.test(property) || (RECIPIENT_NAME_RE.test(property) && !OWN_NAME_RE.test(property)) || IDENTITY_NAME_RE.test(property) || /^recipient|recipient$/i.test(property))) return null;
  const m = EXAMPLE_AS_VALUE_RE.exec(text);
  if (!m) return null;
  const [start, end] = sentenceAround(text, m.index);
  return {
    start,
    end,
    address: m[0],
    what: "an example value",
    how: `as what to put in "${property}"`,
    reason: `orders the examples' value as what to put in "${property}" (${JSON.stringify(m[0])}): an example shows a value's shape, and a definition that has the model use the example itself chooses for the user where money or a call goes`,
  };
}

/** IBAN lengths by country: an IBAN is two letters of a country that has them, two check digits, and exactly that many characters. */
const IBAN_LENGTH: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20,
  EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27,
  JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15,
  PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19, SK: 24, SM: 27, TN: 24, TR: 26, UA: 29, VG: 24, XK: 20,
};
const IBAN_RE = /\b([A-Z]{2})\d{2}(?: ?[A-Z0-9]){11,30}\b/g;
/**
 * A card or bank account number: sixteen digits, in fours or run together, or, grouped in fours, up
 * to three more (the nineteen-digit debit cards and account numbers Chinese banks print as
 * "6222 0210 … 462"); not four groups of a longer run (a hex dump). A run of seventeen to nineteen
 * digits together is as often an id.
 */
const CARD_RE = /(?<![0-9A-Fa-f][ -]|[\w-])\d{4}([ -]?)\d{4}\1\d{4}\1\d{4}(?:(?<=\d[ -]\d{4})\1\d{1,3})?(?![ -]?[0-9A-Fa-f]{2}|[\w-])/g;
/** A sentence about testing or a format, in the languages the catalogue holds: its accounts are made up. */
const TESTING_RE =
  /(?<!\p{L})(?:test\w*|sandbox|dummy|fake|placeholder|sample|format|formato|formaat|prueba|pruebas|teste|essai|deneme|przykład\w*|пример\w*|приклад\w*|тест\w*|формат\w*)(?!\p{L})|测试|示例|格式|テスト|形式|테스트|형식/iu;

function accountsIn(text: string): Found[] {
  const out: Found[] = [];
  IBAN_RE.lastIndex = 0;
  for (let m = IBAN_RE.exec(text); m; m = IBAN_RE.exec(text)) {
    const compact = m[0].replace(/ /g, "");
    if (IBAN_LENGTH[m[1]!] === compact.length && /\d{6}/.test(compact.slice(4).replace(/[A-Z]/g, ""))) out.push({ address: m[0], at: m.index });
  }
  CARD_RE.lastIndex = 0;
  for (let m = CARD_RE.exec(text); m; m = CARD_RE.exec(text)) if (!/^(\d)\1+$/.test(m[0].replace(/\D/g, ""))) out.push({ address: m[0], at: m.index });
  return out.filter((f) => !afterExampleMarker(text, f.at));
}

/** A bank account or card number the text writes out as its own (not an example, not a test), in a description or a value. */
export function accountInText(text: string): FixedDestination | null {
  if (!/\d{4}/.test(text)) return null;
  for (const f of accountsIn(text)) {
    const [start, end] = sentenceAround(text, f.at);
    // The sentence before counts too: "Test card: 4000 …. 4000 … is declined."
    const before = start > 1 ? sentenceAround(text, start - 2)[0] : start;
    if (TESTING_RE.test(text.slice(before, end))) continue;
    return { start, end, address: f.address, what: "a bank account or card number", how: "as the definition's own account, wherever it says to use it" };
  }
  return null;
}

/** Spreadsheet functions that fetch from, or link to, an address. */
const FORMULA_CALL_RE = /^\s*=.*\b(?:IMPORTDATA|IMPORTXML|IMPORTHTML|IMPORTFEED|IMPORTRANGE|WEBSERVICE|IMAGE|HYPERLINK)\s*\(\s*"?https?:\/\/(?!(?:[\w-]+\.)*example\.)[\w.-]+/i;

/** A formula preset as a value that calls an outside address: written into a sheet, it sends the sheet's cells there. */
export function formulaInValue(value: string, valueKey: ValueKey | undefined): FixedDestination | null {
  if (valueKey !== "enum" && valueKey !== "default" && valueKey !== "const") return null;
  const found = FORMULA_CALL_RE.exec(value);
  if (!found) return null;
  const address = /https?:\/\/[^\s"')&]+/.exec(value)?.[0] ?? value;
  return { start: 0, end: value.length, address, what: "an outside address", how: "in a spreadsheet formula preset as a value, which sends the sheet's cells there when it is written" };
}

/** A title (the tool's, or a parameter's) holding an outside address: a label has no recipient. */
export function destinationInTitle(title: string): FixedDestination | null {
  if (!title.includes("@") && !title.includes("+")) return null;
  const found = outsideAddresses(title, true);
  if (found.length === 0) return null;
  return { start: 0, end: title.length, address: found[0]!.address, what: "an outside address", how: "in a title, which is a label and names no recipient" };
}
