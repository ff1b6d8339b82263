/**
 * What a tool is for, as words, so the judge can tell data a tool needs from data it does not:
 * an SSH tool may name ~/.ssh/id_rsa, a memory tool may take the user's words, a weather tool
 * may not. The words come from the tool's name, its titles and the opening sentence of its
 * description (unless that sentence is itself suspect).
 */
import { nameTokens } from "../classify/tokens";

/** Kinds of data an instruction may ask for. */
export type DataClass =
  | "ssh"
  | "cloud"
  | "kube"
  | "dotenv"
  | "package"
  | "system"
  | "shell-history"
  | "agent-config"
  | "home-file"
  | "browser"
  | "secret"
  | "seed"
  | "conversation"
  | "clipboard"
  | "environment"
  | "personal"
  | "files"
  | "tool-traffic";

export const DATA_LABEL: Record<DataClass, string> = {
  ssh: "an SSH key",
  cloud: "cloud credentials",
  kube: "a Kubernetes config",
  dotenv: "a .env file of secrets",
  package: "a credentials file",
  system: "a system file",
  "shell-history": "the shell history",
  "agent-config": "the agent's own configuration",
  "home-file": "a file in the user's home folder",
  browser: "browser cookies",
  secret: "passwords, keys or tokens",
  seed: "a wallet recovery phrase",
  conversation: "the conversation",
  clipboard: "the clipboard",
  environment: "the environment variables",
  personal: "the user's personal details",
  files: "the user's files",
  "tool-traffic": "what other tools were called with and returned",
};

const PURPOSE_WORDS: Record<DataClass, string> = {
  ssh: "ssh sftp scp remote host hosts server servers deploy deployment key keys keygen git vps connect connection terminal",
  cloud: "aws s3 ec2 iam azure gcp gcloud cloud bucket buckets lambda profile profiles credential credentials",
  kube: "kube kubectl kubernetes k8s cluster clusters helm pod pods context contexts",
  dotenv: "env dotenv environment config configuration variable variables setting settings secret secrets",
  package: "",
  system: "system user users account accounts hosts host dns linux admin",
  "shell-history": "history histories",
  "agent-config": "mcp claude cursor config configuration server servers client settings",
  "home-file": "",
  browser: "cookie cookies browser session sessions login playwright puppeteer debug",
  secret: "password passwords passwort kennwort contrasena senha sandi haslo passphrase secret secrets vault keychain credential credentials login logins signin sign auth authenticate authentication oauth token tokens jwt key keys apikey 1password bitwarden lastpass scan otp 2fa totp pin encrypt decrypt keystore wallet",
  seed: "wallet wallets seed mnemonic recover recovery restore",
  conversation: "conversation conversations chat chats message messages memory memories remember history transcript thread threads note notes journal context prompt prompts llm completion assistant feedback",
  // A password manager copies a login to the clipboard and clears it again.
  clipboard: "clipboard copy paste vault vaults",
  environment: "env environment variable variables config configuration system process shell debug diagnostic diagnostics info heroku vercel netlify deploy runtime",
  personal: "contact contacts profile profiles user users account accounts crm customer customers person people identity kyc form signup register address location geo map maps health medical insurance bank payment payments finance financial portfolio broker brokerage card cards patient employee employees",
  files: "file files document documents upload photo photos backup sync index search drive folder directory",
  "tool-traffic": "log logs logging audit trace tracing monitor monitoring telemetry debug observability history",
};

const PURPOSE_SETS = Object.fromEntries(
  Object.entries(PURPOSE_WORDS).map(([k, v]) => [k, new Set(v.split(" ").filter(Boolean))]),
) as Record<DataClass, Set<string>>;

/** Chinese words in a name or opening sentence that give the same purposes. */
const CJK_PURPOSE: [RegExp, DataClass[]][] = [
  [/聊天|消息|会话|对话|记忆|总结/, ["conversation"]],
  [/密码|密钥|登录|账号|令牌|验证码|凭证/, ["secret"]],
  [/环境变量|配置/, ["environment", "dotenv"]],
  [/文件|文档|上传|备份/, ["files"]],
  [/联系人|用户信息|个人资料|地址/, ["personal"]],
];

export interface Purpose {
  words: Set<string>;
  cjk: DataClass[];
}

const WORD_RE = /[a-z][a-z0-9]*/g;

export function purposeOf(name: string, titles: readonly string[], opening: string): Purpose {
  const words = new Set<string>();
  const add = (w: string): void => {
    words.add(w);
    if (w.length > 3 && w.endsWith("s")) words.add(w.slice(0, -1));
  };
  for (const t of nameTokens(name)) add(t);
  for (const title of titles) for (const t of nameTokens(title)) add(t);
  const lower = opening.toLowerCase();
  WORD_RE.lastIndex = 0;
  let count = 0;
  for (let m = WORD_RE.exec(lower); m && count < 40; m = WORD_RE.exec(lower), count++) add(m[0]);
  const cjk: DataClass[] = [];
  const cjkText = `${name} ${titles.join(" ")} ${opening}`;
  for (const [re, classes] of CJK_PURPOSE) if (re.test(cjkText)) cjk.push(...classes);
  return { words, cjk };
}

/** A field named for keys or key files ("private_key", "identity_file", "kubeconfig"). */
export const KEY_FIELD_RE = /pass|key|token|secret|credential|cred|cookie|auth|cert|pem|identity|(?<!pro)file|path|config|kube|ssh|env|seed|mnemonic|wallet|pin|otp|code|2fa|mfa|totp|login/i;
/** A field named for the personal detail it holds ("payee_iban", "email", "phone"). */
export const PERSONAL_FIELD_RE = /mail|phone|name|address|birth|dob|card|iban|account|salary|location|recipient|attendee|author|owner|member|payee|contact/i;
/** A field named for the conversation or free text ("history", "transcript", "context", "notes", "text"). */
export const CONVERSATION_FIELD_RE = /history|conversation|chat|message|transcript|context|thread|memory|note|prompt|text|content|body|summary|input|query/i;

/**
 * Whether a tool about messages needs the conversation itself: a message tool may take messages,
 * but the whole conversation or its transcript only a tool about conversations, chats or memory
 * does ("suggest a commit message" needs no transcript).
 */
export function needsConversation(purpose: Purpose, asked: string): boolean {
  if (!needsData(purpose, "conversation")) return false;
  if (/messages?\b/i.test(asked) || purpose.cjk.includes("conversation")) return true;
  for (const w of purpose.words) if (w !== "message" && w !== "messages" && PURPOSE_SETS.conversation.has(w)) return true;
  return false;
}

/** Words that make a tool's purpose about a place, which needs an address or a location but nobody's name, e-mail or phone. */
const PLACE_WORDS = new Set(["address", "location", "geo", "map", "maps"]);
/** Details that say who someone is, as opposed to where. */
const IDENTITY_RE = /\b(?:(?:full |real |legal )?names?|e-?mails?(?: address(?:es)?)?|phones?(?: numbers?)?|birth ?days?|dates? of birth|passports?|social security|ssn)\b/i;

/** Whether a tool with this purpose needs who someone is: a personal purpose that is not only about places. */
function needsIdentity(purpose: Purpose): boolean {
  if (purpose.cjk.includes("personal")) return true;
  for (const w of purpose.words) if (PURPOSE_SETS.personal.has(w) && !PLACE_WORDS.has(w)) return true;
  return false;
}

/** Whether a tool with this purpose needs the personal details `asked` names: a tool about places needs where someone is, not who they are. */
export function needsPersonal(purpose: Purpose, asked: string): boolean {
  return IDENTITY_RE.test(asked) ? needsIdentity(purpose) : needsData(purpose, "personal");
}

/** Whether a tool with this purpose plausibly needs data of this class (`pathWords`: the words of a path, for home files). */
export function needsData(purpose: Purpose, data: DataClass, pathWords: readonly string[] = []): boolean {
  if (purpose.cjk.includes(data)) return true;
  for (const w of pathWords) if (w.length >= 3 && purpose.words.has(w)) return true;
  const wanted = PURPOSE_SETS[data];
  for (const w of purpose.words) if (wanted.has(w)) return true;
  return false;
}
