/**
 * Words for a verdict: the rationale (what one call does, how far it reaches, why that earns
 * its level) and the one-line policy reason a person reads in policy.json. Built from what
 * was detected, never from a per-category template alone: the action comes from the
 * description's own leading clause when it has one, else from the name read as verb + object.
 */
import { RECOMMENDATION_TABLE } from "../policy/recommend";
import { NOUNISH, VERB_FORMS, ZH_OBJECT_MAP, zhObjectAt, zhVerbAt } from "./compiled";
import type { Facts } from "./detect";
import type { Judgement } from "./judge";

const ZH_TO_EN: Record<string, string> = {
  删除: "delete", 移除: "remove", 清空: "clear", 清除: "clear", 终止: "terminate", 注销: "deregister", 销毁: "destroy",
  撤销: "revoke", 吊销: "revoke", 封禁: "ban", 拉黑: "block", 踢出: "kick", 解散: "dissolve", 退出: "leave", 离开: "leave",
  覆盖: "overwrite", 重置: "reset", 卸载: "uninstall", 清理: "clean up", 支付: "pay", 付款: "pay", 转账: "transfer money",
  退款: "refund", 充值: "top up", 提现: "withdraw", 购买: "buy", 下单: "place an order", 创建: "create", 新建: "create",
  添加: "add", 更新: "update", 修改: "modify", 编辑: "edit", 设置: "set", 发送: "send", 群发: "mass-send", 转发: "forward",
  回复: "reply to", 上传: "upload", 邀请: "invite", 置顶: "pin", 归档: "archive", 保存: "save", 导入: "import", 加入: "join",
  发布: "publish", 执行: "execute", 运行: "run", 获取: "get", 查询: "query", 搜索: "search", 查看: "view", 列出: "list",
  检查: "check", 读取: "read", 统计: "count", 导出: "export", 下载: "download", 分析: "analyse", 生成: "generate",
  标记: "mark", 启用: "enable", 禁用: "disable", 取消: "cancel", 登录: "log in", 登出: "log out", 订阅: "subscribe to",
  关闭: "close", 开启: "open", 打开: "open", 恢复: "restore", 同步: "sync", 移动: "move", 复制: "copy", 分配: "assign",
  提交: "submit", 安装: "install", 部署: "deploy", 重启: "restart", 启动: "start", 停止: "stop", 刷新: "refresh",
  静音: "mute", 切换: "switch", 发起: "start", 解除: "lift", 授权: "authorise", 绑定: "bind", 解绑: "unbind",
  合并: "merge", 推送: "push", 点赞: "like", 评论: "comment on", 关注: "follow", 配置: "configure", 注册: "register",
  新增: "add", 更改: "change", 变更: "change", 私信: "message", 发帖: "post", 广播: "broadcast", 禁言: "mute",
  预览: "preview", 浏览: "browse", 查找: "find", 检索: "retrieve", 显示: "show", 测试: "test", 计算: "calculate",
  翻译: "translate", 总结: "summarise", 验证: "verify", 比较: "compare", 监控: "monitor", 识别: "identify",
  解析: "parse", 抓取: "scrape", 备份: "back up", 截图: "screenshot", 提取: "extract", 汇总: "summarise",
  推荐: "recommend", 诊断: "diagnose", 返回: "return", 查: "look up", 踢: "kick", 挂断: "hang up", 接听: "answer",
};

const IRREGULAR: Record<string, string> = {
  do: "does", go: "goes", reply: "replies to", "reply to": "replies to", copy: "copies", apply: "applies", query: "queries",
  identify: "identifies", classify: "classifies", verify: "verifies", modify: "modifies", notify: "notifies", empty: "empties",
  "clean up": "cleans up", "transfer money": "transfers money", "top up": "tops up", "place an order": "places an order",
  "mass-send": "mass-sends", "log in": "logs in", "log out": "logs out", "subscribe to": "subscribes to", "comment on": "comments on",
  "back up": "backs up", "look up": "looks up", "hang up": "hangs up", ls: "lists", rm: "removes", del: "deletes", exec: "executes", eval: "evaluates",
  sh: "runs", crud: "manages", mv: "moves", cp: "copies",
};

export function thirdPerson(lemma: string, bare = false): string {
  const known = IRREGULAR[lemma];
  // In a description the verb brings its own preposition ("Reply to a thread"): no "replies to to".
  if (known && !(bare && known.includes(" ") && !lemma.includes(" "))) return known;
  if (/(?:s|sh|ch|x|z|o)$/.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}

/** What one call does, written for the rationale and the policy reason. */
export interface ActionWords {
  /** Starts with a verb in the third person: "creates a new file or completely overwrites an existing file". */
  phrase: string;
  /** Where the phrase came from: the description's own leading clause, or the name. */
  from: "description" | "name";
  /** Chinese words of the description the classifier knows, with an English gloss: "获取 = get". */
  glosses: string[];
}

const BULK_DISPLAY = new Set(["batch", "bulk", "mass", "multi"]);
const NOISE = new Set(["a", "an", "the", "and", "or", "as", "tool", "tools", "mcp", "api", "v1", "v2", "v3", "by", "id"]);
const ACRONYMS: Record<string, string> = {
  url: "URL", urls: "URLs", api: "API", apis: "APIs", id: "ID", ids: "IDs", sql: "SQL", dns: "DNS", vpc: "VPC", ec2: "EC2",
  s3: "S3", iam: "IAM", aws: "AWS", k8s: "K8s", ssh: "SSH", json: "JSON", csv: "CSV", pdf: "PDF", html: "HTML", css: "CSS",
  js: "JS", http: "HTTP", https: "HTTPS", db: "DB", ui: "UI", ai: "AI", llm: "LLM", pr: "PR", prs: "PRs", sms: "SMS",
  otp: "OTP", mfa: "MFA", ip: "IP", jwt: "JWT", tls: "TLS", ssl: "SSL", cpu: "CPU", gpu: "GPU", vm: "VM", vms: "VMs",
  gcp: "GCP", crm: "CRM", rds: "RDS", eks: "EKS", ecs: "ECS", sqs: "SQS", sns: "SNS", kms: "KMS", acl: "ACL", dm: "DM",
  dms: "DMs", zia: "ZIA", zpa: "ZPA", aho: "AHO", ocr: "OCR", cli: "CLI", sdk: "SDK", uri: "URI", ttl: "TTL", gtt: "GTT",
  mf: "MF", sip: "SIP", mcp: "MCP", rss: "RSS", seo: "SEO", env: "env",
};
const MASS_NOUNS = new Set([
  "data", "info", "information", "content", "contents", "history", "memory", "weather", "metadata", "config", "configuration",
  "status", "usage", "code", "text", "feedback", "help", "documentation", "docs", "time", "traffic", "progress", "health",
  "storage", "analytics", "access", "input", "output", "software", "inventory", "news", "evidence", "knowledge", "research",
  "music", "advice", "media", "markdown", "javascript", "python", "html", "json", "sql", "env", "billing", "pricing",
  "logging", "tracing", "monitoring", "state", "context", "cache", "performance",
]);
const DETERMINERS = new Set(["all", "my", "current", "every", "each", "any", "some", "no", "multiple", "many", "own", "this", "these", "those", "his", "her", "their", "its", "your", "our"]);
/** Words before a name's verb that say where it acts, not what on: browser_click, page_evaluate. */
const PLACES = new Set(["browser", "page", "tab", "window", "terminal", "console", "editor", "canvas", "sandbox", "screen", "desktop"]);
/** Verbs that read well with no object: "searches", "thinks", "navigates". */
const INTRANSITIVE = new Set([
  "search", "think", "ping", "wait", "sleep", "login", "logout", "reason", "plan", "reflect", "browse", "navigate", "scroll",
  "undo", "redo", "sync", "echo", "connect", "disconnect", "reply", "respond", "retry", "continue", "resume", "pause", "hover",
  "authenticate", "authorize", "check", "explain", "calculate", "compute", "run", "evaluate", "execute", "interpret",
]);
/** Verbs that name-last read as nouns: "web_search" runs a web search. */
const NOUN_VERBS = new Set(["search", "query", "lookup", "scan", "scrape", "crawl", "fetch", "research", "review", "audit", "check"]);
/** Flavours of a tool, not its object: "grok_search_lite", "advanced_search". */
const MODIFIERS = new Set(["lite", "light", "fast", "quick", "simple", "basic", "advanced", "pro", "plus", "beta", "smart", "enhanced", "safe", "custom", "generic", "v4", "v5"]);
/** Words that end a name without being its object: "edit_chat_about", "get_user_by". */
const TRAILING_WORDS = new Set(["about", "of", "for", "to", "from", "with", "by", "in", "on", "at", "into", "if", "exists", "now", "async", "sync"]);
const PLURAL_EXCEPTIONS = /(?:ss|us|is|ics|news|series|status|access|alias|canvas|process|address|analysis|basis|diagnosis)$/;

export function displayWord(word: string): string {
  return ACRONYMS[word] ?? word;
}

function isPlural(word: string): boolean {
  if (["people", "children", "media", "criteria", "data"].includes(word)) return true;
  return word.length > 3 && word.endsWith("s") && !PLURAL_EXCEPTIONS.test(word);
}

/** "aho run" → "an AHO run", "archived chats" → "archived chats", "weather" → "the weather". */
export function objectPhrase(words: readonly string[]): string {
  if (!words.length) return "";
  const shown = words.map(displayWord).join(" ");
  const first = words[0] ?? "";
  const last = words[words.length - 1] ?? "";
  if (DETERMINERS.has(first) || isPlural(last) || /\d/.test(first)) return shown;
  if (MASS_NOUNS.has(last)) return words.length === 1 && ["weather", "time", "status", "health", "state", "context"].includes(last) ? `the ${shown}` : shown;
  const head = shown.split(" ")[0] ?? "";
  const acronym = head.length > 1 && head === head.toUpperCase() && /[A-Z]/.test(head);
  const vowelSound = acronym ? /^[AEFHILMNORSX]/.test(head) : /^(?:[aeio]|u(?![sn]i|s[eu]|r[io]|t))|^hour/i.test(head);
  return `${vowelSound ? "an" : "a"} ${shown}`;
}

// ---- the action ---------------------------------------------------------------------------

/** Where a leading clause stops being about the action: asides, examples, usage notes. */
const CLAUSE_END = /\s\(|\s[-–—]\s|:\s|;\s|\.\s|\s(?:e\.g\.|i\.e\.|eg\.|for example|such as)\s|,\s(?:if|when|unless|otherwise|but|so|then|ideal|useful|great|perfect|best|good|especially|mainly|typically|usually)\b|,\s(?:and\s)?(?:returns?|returning|use|useful|which|including|with support|supports|optionally)\b|\.$/i;
const TRAILING_FILLER = new Set(["a", "an", "the", "of", "to", "for", "in", "on", "with", "and", "or", "by", "from", "into", "at", "as", "that", "which", "its", "their", "your"]);
const PHRASE_LIMIT = 140;
/** What may stand before a description's leading verb. */
const LEAD_IN = /^(?:(?:this|the)\s+(?:tool|function|endpoint|command|api|method)\s+(?:will\s+|can\s+|lets\s+you\s+|allows\s+you\s+to\s+|is\s+used\s+to\s+)?|(?:use\s+(?:this\s+)?(?:tool\s+)?to|tool\s+to|used\s+to|allows?\s+(?:you\s+)?to|lets\s+you|helps?\s+(?:you\s+)?(?:to\s+)?|you\s+can)\s+|[a-z]+ly\s+|[^a-z0-9]+)?$/;
/** What follows a verb when it takes an object: an article, a determiner or a pronoun. */
const OBJECT_START = /^\s+(?:a|an|the|all|any|it|them|one|multiple|your|this|these|each|every|new|existing|specific|current|given|its|their|some|up|to|for|from|with|in|on|into)\b/;

/** The description's leading clause with its verbs in the third person, if it opens with a verb. */
function descriptionPhrase(facts: Facts): string | null {
  const lead = facts.descVerbs[0];
  if (!lead || lead.source !== "description" || facts.cjk) return null;
  const lemma = lead.lemma;
  const written = lead.word;
  if (written !== lemma && written !== thirdPerson(lemma, true) && written !== `${lemma}s` && written !== `${lemma}es`) return null;
  const sentence = facts.gist;
  const head = sentence.length > 100 ? sentence.slice(0, 100) : sentence;
  const lower = head.toLowerCase();
  let index = -1;
  for (let at = lower.indexOf(written); at !== -1 && at <= 80; at = lower.indexOf(written, at + 1)) {
    const after = at + written.length;
    if ((at === 0 || !isWordChar(lower.charCodeAt(at - 1))) && (after >= lower.length || !isWordChar(lower.charCodeAt(after)))) {
      index = at;
      break;
    }
  }
  if (index === -1) return null;
  // "Test suite design": a verb that is as often a noun leads a clause only before an object's article.
  if (written === lemma && NOUNISH.has(lemma) && !OBJECT_START.test(lower.slice(index + written.length))) return null;
  // Only an opening that is the verb itself, or a stock lead-in ("This tool", "Use this to"):
  // "If a user asks to migrate ..." is a condition, not the action.
  let start = index;
  let adverb = false;
  if (index > 0) {
    const before = lower.slice(0, index);
    if (!LEAD_IN.test(before)) return null;
    // "Permanently deletes ...": keep an adverb that leads the verb.
    const m = /([a-z]+ly)\s+$/.exec(before);
    if (m) {
      start = index - m[0].length;
      adverb = true;
    }
  }
  let clause = sentence.slice(start, start + PHRASE_LIMIT + 40);
  // Code in the clause ("createSlot()", "null for backlog", the tool's own name) reads as our
  // words gone wrong once paraphrased: the name's verb and object say it better.
  if (codeInClause(clause) || clause.includes(facts.name)) return null;
  const end = CLAUSE_END.exec(clause);
  let cut = false;
  if (end) clause = clause.slice(0, end.index);
  else if (sentence.length > start + clause.length) cut = true;
  if (clause.length > PHRASE_LIMIT) {
    const space = clause.lastIndexOf(" ", PHRASE_LIMIT - 10);
    clause = clause.slice(0, space > 20 ? space : PHRASE_LIMIT - 10);
    cut = true;
  }
  // No dangling "... for the" or trailing punctuation where the clause was cut.
  for (;;) {
    clause = trimEndPunctuation(clause);
    const space = clause.lastIndexOf(" ");
    if (space === -1) return null;
    if (!TRAILING_FILLER.has(clause.slice(space + 1).toLowerCase())) break;
    clause = clause.slice(0, space);
  }
  // Every coordinated verb to the third person: "Create, update or delete" → "creates, updates or deletes",
  // "Create a new file or completely overwrite an existing file" → "... or completely overwrites ...".
  let out = "";
  let from = 0;
  let wordIndex = 0;
  const firstVerbAt = adverb ? 1 : 0;
  const listEnd = firstVerbAt + facts.descVerbs.length * 2 + 1;
  const imperative = written === lemma;
  let prev = "";
  let prevPrev = "";
  while (from <= clause.length) {
    let to = clause.indexOf(" ", from);
    if (to === -1) to = clause.length;
    const token = clause.slice(from, to);
    let replaced = token;
    if (wordIndex >= firstVerbAt) {
      const inList = wordIndex < listEnd;
      const joined = !inList && imperative && (CONNECTOR_WORDS.has(prev) || (prev.endsWith("ly") && CONNECTOR_WORDS.has(prevPrev)));
      if (inList || joined) {
        let bareEnd = token.length;
        while (bareEnd > 0 && (token.charCodeAt(bareEnd - 1) === 44 || token.charCodeAt(bareEnd - 1) === 47)) bareEnd--; // , /
        const bare = token.slice(0, bareEnd).toLowerCase();
        const info = VERB_FORMS.get(bare);
        if (info && bare === info.lemma && (inList ? facts.descVerbs.some((v) => v.word === bare) : OBJECT_START.test(clause.slice(to)))) {
          replaced = thirdPerson(info.lemma, true) + token.slice(bareEnd);
        }
      }
    }
    out += wordIndex === 0 ? replaced.toLowerCase() : ` ${replaced}`;
    prevPrev = prev;
    prev = token;
    wordIndex++;
    from = to + 1;
  }
  return `${out}${cut ? "…" : ""}`;
}

function trimEndPunctuation(text: string): string {
  let end = text.length;
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (c === 44 || c === 59 || c === 58 || c === 46 || c === 32) end--; // , ; : . space
    else break;
  }
  return end === text.length ? text : text.slice(0, end);
}

const CODE_IN_CLAUSE = /\(\s*\)|\bnull\b|\bundefined\b|\bNaN\b|[a-z][A-Za-z]*\(|=>|::/;

/**
 * CODE_IN_CLAUSE, tried only when the clause holds one of the literals every alternative needs
 * ("(", "null", "undefined", "NaN", "=>", "::"): its "[a-z][A-Za-z]*\(" otherwise walks every word of the clause to fail.
 */
function codeInClause(clause: string): boolean {
  if (!clause.includes("(") && !clause.includes("null") && !clause.includes("undefined") && !clause.includes("NaN") && !clause.includes("=>") && !clause.includes("::")) return false;
  return CODE_IN_CLAUSE.test(clause);
}

/** A letter, digit or underscore: what joins a word in a tool's name ("get_application"). */
function isWordChar(code: number): boolean {
  return isLetter(code) || code === 95 || (code >= 48 && code <= 57);
}

function isLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

const CONNECTOR_WORDS = new Set(["or", "and", "then"]);

/** "deletes a repository" from `github_delete_repository`, "clicks in the browser" from `browser_click`. */
function namePhrase(facts: Facts, judged: Judgement): string {
  const verb = judged.verb;
  const english = verb ? (ZH_TO_EN[verb.lemma] ?? verb.lemma) : null;
  const lemma = english && /^[a-z][a-z -]*$/.test(english) ? english : null;
  const verbText = lemma && verb?.action !== "manage" ? thirdPerson(lemma) : lemma === "manage" || verb?.action === "manage" ? "manages" : DEFAULT_VERB[judged.category];
  const tokens = facts.tokens;
  const at = verb && verb.source === "name" ? tokens.indexOf(verb.word) : -1;
  let objects: string[];
  let place: string | undefined;
  if (at === -1) {
    objects = tokens.filter((t) => isObjectWord(t, facts.serverWords) && !sameVerb(t, verb?.lemma));
  } else {
    const after = tokens.slice(at + 1).filter((t) => isObjectWord(t, facts.serverWords));
    const before = tokens.slice(0, at).filter((t) => isObjectWord(t, facts.serverWords));
    if (after.length) objects = after;
    else if (before.length && lemma && NOUN_VERBS.has(lemma)) return `runs ${objectPhrase([...before, lemma])}`;
    else if (before.length === 1 && PLACES.has(before[0] ?? "")) {
      objects = [];
      place = before[0];
    } else objects = before;
  }
  objects = objects.filter((t) => !sameVerb(t, verb?.lemma)).slice(0, 5);
  if (verbText.endsWith(" to") && objects[0] === "to") objects.shift();
  while (objects.length > 1 && TRAILING_WORDS.has(objects[objects.length - 1] ?? "")) objects.pop();
  if (objects.length) return `${verbText} ${objectPhrase(objects)}`;
  if (place) return `${verbText} in the ${place}`;
  if (facts.schema.urlProperty) return `${verbText} the address it is given`;
  if (facts.schema.pathProperty) return `${verbText} the path it is given`;
  if (verbText.includes(" ") || (lemma && INTRANSITIVE.has(lemma))) return verbText;
  return `${verbText} what it is pointed at`;
}

/** A name word that can be the action's object (not filler, a flavour, the server's own name or a number). */
function isObjectWord(t: string, serverWords: ReadonlySet<string>): boolean {
  return !NOISE.has(t) && !BULK_DISPLAY.has(t) && !MODIFIERS.has(t) && !serverWords.has(t) && !/^\d+$/.test(t);
}

function sameVerb(token: string, lemma: string | undefined): boolean {
  if (!lemma) return false;
  const info = VERB_FORMS.get(token);
  return token === lemma || info?.lemma === lemma;
}

const DEFAULT_VERB: Record<Judgement["category"], string> = {
  read: "returns",
  write: "changes",
  destructive: "removes",
  execute: "runs",
  financial: "spends money on",
};

/** Chinese words in the description the classifier understood, glossed: "获取 = get", "聊天 = chat". */
function chineseGlosses(text: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (let m = zhVerbAt(text, 0); m && out.length < 2; m = zhVerbAt(text, m.index + m[0].length)) {
    const english = ZH_TO_EN[m[0]];
    if (english && !seen.has(m[0])) {
      seen.add(m[0]);
      out.push(`${m[0]} = ${english}`);
    }
  }
  for (let m = zhObjectAt(text, 0); m && out.length < 4; m = zhObjectAt(text, m.index + m[0].length)) {
    const english = ZH_OBJECT_MAP.get(m[0].toLowerCase());
    if (english && !seen.has(m[0]) && m[0].length > 1 && /[\u3400-\u9fff]/.test(m[0])) {
      seen.add(m[0]);
      out.push(`${m[0]} = ${english.replace("-", " ").replace("privatekey", "private key")}`);
    }
  }
  return out;
}

/** What one call does: from the description's leading clause when it has one, else from the name. */
export function describeAction(facts: Facts, judged: Judgement): ActionWords {
  const glosses = facts.cjk ? chineseGlosses(facts.gist) : [];
  const fromDescription = facts.poisoningQuote ? null : descriptionPhrase(facts);
  if (fromDescription) return { phrase: fromDescription, from: "description", glosses };
  return { phrase: namePhrase(facts, judged), from: "name", glosses };
}

// ---- the rationale ------------------------------------------------------------------------

function shorten(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const space = text.lastIndexOf(" ", limit - 1);
  const cut = text.slice(0, space > limit / 2 ? space : limit - 1).replace(/[\s,;:.]+$/, "");
  return `${cut}…`;
}

/** The first sentence: what one call does, and where that reading comes from. */
function actionSentence(action: ActionWords, facts: Facts): string {
  if (action.from === "description") return `One call ${action.phrase}${action.phrase.endsWith("…") ? "" : "."}`;
  if (facts.poisoningQuote) return `Going by its name, one call ${action.phrase}; its description talks to the model instead of describing the tool, so none of it is taken at its word.`;
  if (!facts.gist) return `Going by its name alone (it has no description), one call ${action.phrase}.`;
  const said = shorten(facts.gist, facts.cjk ? 60 : 110);
  const gloss = action.glosses.length ? ` (${action.glosses.join(", ")})` : "";
  return `One call ${action.phrase}; its description reads “${said}”${gloss}.`;
}

/** The second sentence: how far one call reaches and what cannot be taken back. */
function reachSentence(judged: Judgement): string | null {
  const s = judged.signals;
  switch (judged.category) {
    case "read":
      if (s.has("exposes-credentials")) return judged.risk === "critical" ? "Nothing changes, but the output is credentials for many accounts at once: whoever reads it can act as all of them." : "Nothing changes, but whoever reads the output can act as the user with it.";
      if (judged.risk === "medium" && s.has("private-data")) return "Nothing changes, but a single call hands over private data in bulk, and what has been read cannot be taken back.";
      if (judged.risk === "medium") return "Nothing changes, but it can read any local file the server's account can open.";
      if (s.has("untrusted-content")) return "Nothing changes; what comes back is written by others and can carry prompt injections into the agent's context.";
      if (s.has("private-data")) return "Nothing changes; what comes back may be private, but only one item at a time.";
      return null;
    case "write": {
      const reach = s.has("bulk-operation") && s.has("account-wide") ? "It reaches many targets in a single call, across the whole account or its infrastructure"
        : s.has("bulk-operation") ? "It reaches many targets in a single call"
        : s.has("account-wide") ? "The change lands on the whole account or shared infrastructure"
        : s.has("locks-out") ? "The change can lock people out of their accounts"
        : s.has("changes-permissions") && judged.reasons.includes("it changes security settings") ? "It acts on a security service, where a wrong change weakens protection for everyone it covers"
        : s.has("changes-permissions") ? "A wrong call hands access to the wrong people or takes it from the right ones"
        : s.has("exposes-credentials") ? "The change creates or replaces credentials that grant access"
        : s.has("sends-externally") ? "What it sends reaches other people and cannot be unsent"
        : judged.risk === "low" ? "The effect stays local and private and is easy to undo"
        : "The change touches one target and can be corrected or undone";
      return s.has("untrusted-content") ? `${reach}; it also brings content written by others into the agent's context.` : `${reach}.`;
    }
    case "destructive":
      if (s.has("locks-out")) return "It cuts off access at once: sessions end or credentials stop working, and the people affected are locked out.";
      if (s.has("bulk-operation")) return "It destroys many things in a single call, and what it removes does not come back.";
      // A forced push removes nothing it names: it replaces what others pushed, which the remote then no longer holds.
      if (judged.reasons.some((r) => r.startsWith("it can force-push"))) return "Commits others pushed can be replaced on the remote, which then no longer holds them.";
      if (judged.risk === "critical") return "The loss is wide: everything inside what it removes goes with it, and it does not come back.";
      return s.has("irreversible") ? "The damage is limited to what one call is pointed at, but there is no undo." : "The damage is limited to what one call is pointed at, and the description says it can be recovered.";
    case "execute":
      if (s.has("runs-code") && judged.risk === "critical") return "Whatever the caller writes runs with the server's access to its host, files, network and credentials.";
      return judged.reasons.some((r) => r.includes("browser")) ? "The script runs inside the page with its cookies and logged-in sessions, and can act as the user there." : "The caller writes the statement, so it can read, change or drop anything the server's database account can.";
    case "financial":
      return judged.risk === "critical" ? "Money leaves the account or an order is placed, and it cannot be called back." : "It commits the account to money owed or billed.";
  }
}

/** The third sentence: the level and the rule that set it, with any doubt. */
function ratedSentence(judged: Judgement, facts: Facts): string {
  const reasons = judged.reasons.slice(0, 2);
  const why = reasons.length ? reasons.join(", and ") : "nothing in the definition raises or lowers it";
  const doubts = facts.poisoningQuote ? judged.doubts.filter((d) => !d.includes("addresses the model")) : judged.doubts;
  const doubt = doubts[0];
  return `Rated ${judged.risk} because ${why}${doubt ? `; confidence ${judged.confidence}: ${doubt}` : ""}.`;
}

export function writeRationale(action: ActionWords, facts: Facts, judged: Judgement): string {
  const reach = reachSentence(judged);
  const first = actionSentence(action, facts);
  return reach ? `${first} ${reach} ${ratedSentence(judged, facts)}` : `${first} ${ratedSentence(judged, facts)}`;
}

/** The policy's reason: what the tool does, why that level, what the rule does. */
export function writeReason(action: ActionWords, judged: Judgement): string {
  const why = judged.reasons[0] ?? "it only reads";
  const phrase = shorten(action.phrase, 90);
  const summary = RECOMMENDATION_TABLE[judged.risk].summary;
  const rule = /^(?:allowed|hidden)/.test(summary) ? `it is ${summary}` : summary;
  return `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}: ${judged.risk} risk because ${why}, so ${rule}.`;
}
