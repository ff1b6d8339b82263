/**
 * The words the classifier recognises, and what each means for risk. Everything here is
 * data: tables are compiled once into Maps and RegExps by ./compiled.ts, never per call.
 *
 * An "action" is the effect a verb has: read (changes nothing), write (additive or undoable),
 * destroy (removes or irreversibly ends), exec (runs something; code only when a code object
 * is present), money (moves money) and manage (a multi-operation tool: its operations decide).
 */

import type { Category, RiskLevel } from "../taxonomy";

export type Action = "read" | "write" | "destroy" | "exec" | "money" | "manage";

/** English verbs by action, as lemmas; inflected forms are derived by ./compiled.ts. */
export const VERBS: Record<Action, readonly string[]> = {
  read: [
    "get", "list", "search", "find", "read", "fetch", "describe", "show", "view", "retrieve", "lookup",
    "check", "inspect", "analyze", "analyse", "count", "explain", "validate", "verify", "preview", "diff",
    "compare", "scan", "ping", "echo", "compute", "calculate", "estimate", "recommend", "summarize",
    "summarise", "translate", "generate", "think", "reason", "brainstorm", "review", "audit", "monitor",
    "watch", "trace", "screenshot", "snapshot", "navigate", "hover", "wait", "take", "capture", "convert",
    "render", "format", "parse", "extract", "scrape", "crawl", "map", "geocode", "discover", "detect",
    "suggest", "plan", "ask", "research", "lint", "diagnose", "measure", "poll", "download", "export",
    "print", "visualize", "visualise", "tail", "grep", "probe", "browse", "backup", "open", "answer", "enrich",
    "autocomplete", "healthcheck", "identify", "evaluate", "test",
    "query", "lookup", "look", "peek", "debug", "profile", "forecast", "predict",
    "classify", "score", "rank", "filter", "sort", "whoami", "inspect", "troubleshoot", "fact", "judge",
    "decompose", "critique", "assess", "examine", "interpret", "replay", "load", "report", "log",
    "return", "provide", "demonstrate", "simulate", "compress", "decode", "encode", "hash", "sample", "observe",
  ],
  write: [
    "create", "add", "update", "edit", "set", "put", "patch", "modify", "change", "rename", "move",
    "copy", "send", "post", "reply", "forward", "upload", "invite", "schedule", "pin", "unpin", "archive",
    "unarchive", "start", "stop", "pause", "resume", "enable", "disable", "toggle", "mark", "assign",
    "unassign", "attach", "detach", "tag", "untag", "label", "comment", "star", "unstar", "fork", "merge",
    "push", "publish", "save", "write", "insert", "append", "import", "register", "subscribe",
    "unsubscribe", "join", "connect", "disconnect", "restart", "reboot", "deploy", "install", "upgrade",
    "scale", "apply", "sync", "restore", "trigger", "click", "type", "fill", "press", "select",
    "drag", "resize", "close", "accept", "discard", "approve", "confirm", "submit", "activate", "deactivate",
    "login", "logout", "share", "grant", "promote", "demote", "mute", "unmute", "unblock", "unban",
    "request", "provision", "configure", "refresh", "rotate", "cancel", "reject", "dismiss", "unresolve", "resolve", "finalize", "void",
    "link", "enroll", "associate", "disassociate", "replace", "reorder", "flag", "lock", "unlock",
    "hide", "highlight", "emulate", "scroll", "handle", "new", "switch", "upsert", "commit", "checkout",
    "init", "clone", "build", "rebuild", "reindex", "record", "remember", "store", "enqueue", "dispatch", "notify",
    "react", "vote", "like", "follow", "unfollow", "train", "release", "complete", "continue",
    "finish", "end", "hangup", "suspend", "unsuspend", "reactivate", "cordon", "uncordon", "drain",
    "tune", "increment", "decrement", "expire", "freeze", "unfreeze", "persist", "draft", "compose", "invoke", "call", "go",
    "transition", "reopen", "provision", "migrate", "shutdown", "launch", "reply", "mention",
    "transcribe", "place", "modify", "adjust", "authorize", "authenticate", "signin", "signup", "sign",
    "stage", "unstage", "rebase", "cherry", "bump", "deprecate", "exempt", "allow", "whitelist",
    "blacklist", "define", "configure", "setup", "bind", "unbind", "mount", "unmount", "tap", "swipe",
    "fire", "emit", "broadcast", "dial", "hang", "expose",
  ],
  destroy: [
    "delete", "del", "remove", "rm", "drop", "truncate", "purge", "destroy", "wipe", "terminate", "kill",
    "revoke", "ban", "kick", "erase", "clear", "flush", "flushall", "flushdb", "evict", "uninstall",
    "reset", "overwrite", "expunge", "prune", "clean", "cleanup", "nuke", "dissolve", "leave", "revert",
    "forget", "empty", "deprovision", "decommission", "retire", "unlink", "block", "deregister",
    "unregister", "invalidate", "trash", "obliterate", "shred", "abandon", "deny", "blocklist", "kill",
    // Data-structure commands that take elements out for good (Redis, Valkey and RedisJSON spell them as one word).
    "pop", "lpop", "rpop", "spop", "blpop", "brpop", "zpopmin", "zpopmax", "arrpop", "ltrim", "arrtrim", "xtrim", "hdel", "srem", "zrem", "lrem", "xdel",
  ],
  exec: ["exec", "execute", "eval", "run", "interpret", "spawn", "sh"],
  money: [
    "pay", "charge", "refund", "payout", "purchase", "buy", "sell", "trade", "withdraw", "deposit",
    "tip", "donate", "bill", "swap", "stake", "unstake", "bid", "transfer", "invest", "redeem",
  ],
  manage: ["manage", "process", "administer", "operate", "control", "crud", "perform", "do", "action"],
};

/**
 * Objects that turn an exec verb into arbitrary execution, with the level it starts at:
 * code and shell are critical, queries against a store and page scripts are high.
 */
export const CODE_OBJECTS: Record<string, "code" | "query" | "page"> = {
  code: "code", script: "code", command: "code", commands: "code", cmd: "code", shell: "code", bash: "code",
  python: "code", py: "code", powershell: "code", terminal: "code", snippet: "code", program: "code",
  lua: "code", notebook: "code", cell: "code", repl: "code", interpreter: "code", process: "code",
  sql: "query", cypher: "query", opencypher: "query", gremlin: "query", sparql: "query", graphql: "query",
  query: "query", queries: "query", statement: "query", statements: "query", hql: "query", cql: "query",
  javascript: "page", js: "page", expression: "page",
};

/** Nouns that on their own name an execution surface, with no verb needed ("shell", "sql"). */
export const EXEC_NOUNS = new Set(["shell", "bash", "repl", "terminal", "sql", "cypher", "gremlin", "exec", "powershell"]);

/** Input properties whose free text the tool runs, by the execution kind they imply. */
export const CODE_PROPERTIES: Record<string, "code" | "query" | "page"> = {
  code: "code", script: "code", command: "code", cmd: "code", shell_command: "code", commands: "code",
  queries: "query", statements: "query", sql_statements: "query",
  source_code: "code", python_code: "code", bash_command: "code", program: "code",
  sql: "query", sql_query: "query", query_string: "query", querystring: "query", statement: "query",
  cypher: "query", cypher_query: "query", gremlin: "query",
  javascript: "page", js: "page", expression: "page", function: "page",
};

/** Words that say a query runs against a data store (then `query` text is a statement, not a search). */
export const STORE_WORDS = new Set([
  "sql", "database", "databases", "db", "table", "tables", "cypher", "opencypher", "gremlin", "graph",
  "postgres", "postgresql", "mysql", "sqlite", "redshift", "athena", "keyspace", "keyspaces", "cassandra",
  "oracle", "mssql", "snowflake", "bigquery", "neo4j", "mongodb", "dynamodb", "duckdb", "warehouse",
  "insights", "promql", "select", "dsql", "redis", "valkey", "memcached", "kv", "elasticsearch", "opensearch",
]);

/** Words that put a script inside a browser page (execution in the page sandbox). */
export const PAGE_WORDS = new Set(["browser", "page", "console", "puppeteer", "playwright", "dom", "tab", "javascript", "js"]);

/** Verbs of a read that hands back many records at once: a listing, a search, an export. */
export const LISTING_VERBS = new Set(["search", "list", "filter", "export", "backup", "find", "download", "retrieve", "dump"]);

/** Objects that make a write or exec verb financial. */
export const MONEY_OBJECTS = new Set([
  "payment", "payments", "order", "orders", "invoice", "invoices", "refund", "refunds", "payout", "payouts",
  "charge", "charges", "subscription", "subscriptions", "price", "prices", "coupon", "coupons", "dispute",
  "disputes", "trade", "trades", "position", "positions", "gtt", "sip", "sips", "mf", "transaction",
  "transactions", "transfer", "transfers", "checkout", "wallet", "funds", "fund", "money", "billing",
  "plan", "payment_link", "mandate", "mandates", "promotion", "discount", "tax", "credit", "credits",
  "bill", "bills", "deposit", "deposits", "expense", "expenses", "purchase", "purchases", "journal", "ledger", "payable", "payables", "receivable",
  "receipt", "receipts", "rebilling",
]);

/** Financial objects that move money now (critical); the rest create obligations (high). */
export const MONEY_MOVES = new Set([
  "payment", "payments", "order", "orders", "refund", "refunds", "payout", "payouts", "charge", "charges",
  "trade", "trades", "position", "positions", "gtt", "transfer", "transfers", "funds", "fund", "money",
  "transaction", "transactions", "sip", "sips", "mf", "wallet",
]);

/** Objects whose loss is wide or hard to recover: destroying one is critical. */
export const WIDE_OBJECTS = new Set([
  "account", "accounts", "repo", "repos", "repository", "repositories", "database", "databases", "db",
  "table", "tables", "collection", "collections", "keyspace", "keyspaces", "bucket", "buckets", "cluster",
  "clusters", "instance", "instances", "stack", "stacks", "namespace", "namespaces", "project", "projects",
  "organization", "organizations", "org", "orgs", "channel", "channels", "group", "groups", "workspace",
  "workspaces", "history", "index", "indexes", "indices", "vpc", "subnet", "volume", "volumes",
  "nodes", "nodegroup", "deployment", "deployments", "resource", "resources", "environment", "domain",
  "domains", "zone", "zones", "tenant", "site", "sites", "app", "application", "applications", "server",
  "servers", "catalog", "datastore", "workgroup", "keys", "all", "everything", "user", "users",
  "runtime", "gateway", "function", "lambda", "service", "services", "store", "stores",
  "supergroup", "chat", "dialog", "graph", "filesystem", "disk", "helm", "keyspace", "pipeline", "kubectl",
  "chart", "pod", "pods", "statefulset", "daemonset", "secret", "secrets", "infrastructure",
  // A mailbox deleted takes every message in it; a calendar every event; a website its files and pages; a registry every image.
  "mailbox", "mailboxes", "calendar", "calendars", "website", "websites", "registry", "registries",
]);

/** Objects that are secrets: reading them exposes credentials. */
export const SECRET_OBJECTS = new Set([
  "secret", "secrets", "password", "passwords", "passwd", "credential", "credentials", "token", "tokens",
  "apikey", "apikeys", "cookie", "cookies", "env", "environ", "passphrase", "privatekey", "keypair",
  "oauth", "jwt", "otp", "mfa", "totp", "ssh", "pat",
  // A browser's storage is where sites keep their session and auth tokens.
  "sessionstorage", "localstorage",
  // A cluster's kubeconfig carries the certificate or token that administers it.
  "kubeconfig", "kubeconfigs",
]);

/** Objects that are permissions, roles or access: changing them changes who can do what. */
export const PERMISSION_OBJECTS = new Set([
  "permission", "permissions", "role", "roles", "access", "acl", "acls", "admin", "admins", "administrator",
  "rights", "privilege", "privileges", "policy", "policies", "collaborator", "collaborators", "member",
  "members", "membership", "owner", "owners", "privacy", "visibility", "sharing", "grant", "grants", "iam",
  "sso", "saml", "idp", "scim", "mfa", "factor", "factors", "authenticator", "authorization", "auth",
  "rule", "rules", "firewall", "whitelist", "allowlist", "blocklist", "exemption", "exempt", "protection",
  "security", "trust", "trusted", "certificate", "certificates", "ssl", "tls", "identity", "principal",
  "assignment", "assignments", "entitlement", "entitlements", "dlp", "password", "passwords", "credential",
  "credentials", "token", "tokens", "secret", "secrets", "apikey", "apikeys", "promote", "demote",
]);

/** Objects that mean infrastructure or account-wide scope. */
export const INFRA_OBJECTS = new Set([
  "cluster", "clusters", "instance", "instances", "bucket", "buckets", "stack", "stacks", "vpc", "subnet",
  "subnets", "dns", "firewall", "loadbalancer", "balancer", "node", "nodes", "nodegroup", "deployment",
  "deployments", "namespace", "namespaces", "helm", "chart", "cloudformation", "terraform", "infrastructure",
  "resource", "resources", "gateway", "domain", "domains", "route", "routes", "zone", "certificate",
  "proxy", "global", "organization", "org", "tenant", "account", "accounts", "server", "servers", "database",
  "databases", "runtime", "endpoint", "endpoints", "workgroup", "replication", "volume", "kubernetes",
  "k8s", "pod", "pods", "service", "services", "ec2", "ecs", "eks", "lambda", "function", "functions",
  "queue", "topic", "network", "workspace", "environment", "settings", "config", "configuration",
  "brand", "app", "apps", "application", "applications", "connector", "connectors", "location", "locations",
]);

/** Objects that hold other people's or the user's private data. */
export const PRIVATE_OBJECTS = new Set([
  "recording", "recordings", "replay", "replays",
  "message", "messages", "chat", "chats", "history", "contact", "contacts", "email", "emails", "mail",
  "mails", "inbox", "mailbox", "dialog", "dialogs", "conversation", "conversations", "thread", "threads",
  "customer", "customers", "user", "users", "patient", "patients", "member", "members", "participant",
  "participants", "profile", "profiles", "file", "files", "document", "documents", "record", "records",
  "row", "rows", "note", "notes", "calendar", "event", "events", "photo", "photos", "media", "dm", "dms",
  "employee", "employees", "person", "people", "account", "accounts", "session", "sessions", "log", "logs",
  "study", "studies", "instance", "dicom", "drive", "gdrive", "subscriber", "subscribers", "lead", "leads",
  "prospect", "prospects", "memory", "memories", "observation", "observations", "audit", "identity",
  "submission", "submissions", "transaction", "transactions",
  "invoice", "invoices", "payment", "payments", "expense", "expenses", "timesheet", "timesheets", "attendance",
  "absence", "absences", "leave", "leaves", "contract", "contracts", "salary", "salaries", "payslip", "payslips",
  "payroll", "interview", "interviews", "candidate", "candidates", "applicant", "applicants", "dispute", "disputes",
  "estimate", "estimates", "payout", "payouts", "gmail", "outlook",
]);

/** Objects whose content strangers write: reading them brings untrusted text into the context. */
export const UNTRUSTED_OBJECTS = new Set([
  "url", "urls", "web", "webpage", "page", "pages", "website", "site", "browser", "html", "message",
  "messages", "chat", "chats", "email", "emails", "mail", "inbox", "issue", "issues", "comment",
  "comments", "discussion", "discussions", "pull", "pr", "prs", "review", "reviews", "notification",
  "notifications", "post", "posts", "tweet", "tweets", "feed", "rss", "news", "dialog",
  "dialogs", "conversation", "conversations", "thread", "threads", "internet", "google", "bing", "brave",
  "perplexity", "scrape", "crawl", "snapshot", "screenshot", "console", "document", "documents", "content",
  "search", "ticket", "tickets", "case", "cases", "alert", "alerts", "gist", "gists", "wiki", "forum",
  "mentions", "inbound", "webhook", "advisory", "advisories", "release", "releases", "readme",
]);

/** Words that mean many targets at once. */
export const BULK_WORDS = new Set([
  "batch", "bulk", "mass", "all", "many", "multiple", "multi", "everyone", "every", "broadcast", "massive",
]);

/** Write verbs that put data where others can read it (public sinks). */
export const SINK_VERBS = new Set([
  "send", "post", "reply", "forward", "upload", "publish", "share", "comment", "email", "message", "dm",
  "broadcast", "notify", "push", "tweet", "invite", "mention", "emit", "fire", "dial", "copy", "text",
]);

/** Write verbs that stay local and reversible (low risk when nothing else is at stake). */
export const TRIVIAL_WRITE_OBJECTS = new Set([
  "thought", "thoughts", "thinking", "scratchpad", "note", "notes", "logging", "log", "focus", "ui", "insight", "memo",
  "theme", "view", "zoom", "highlight", "mouse", "scroll", "hover", "elicitation", "sampling",
  // One's own favourites and a typing indicator: marks for oneself, undone by the opposite call.
  "favorites", "favourites", "favorite", "favourite", "typing",
]);

/** Tokens that carry no meaning about the action (vendors, products, filler). */
export const NOISE_TOKENS = new Set([
  "a", "an", "the", "of", "to", "for", "by", "in", "on", "from", "with", "and", "or", "as", "at", "into",
  "tool", "tools", "mcp", "api", "v1", "v2", "v3", "id", "ids", "info", "details", "detail", "data",
]);

// ---------------------------------------------------------------------------------------------
// French, Spanish, Portuguese, Italian and German: the verb a description opens with, as written
// (third person, imperative or infinitive), with the English lemma it means. Only the opening
// words are read, as for English; a server that writes in these languages is otherwise unread.
// ---------------------------------------------------------------------------------------------

export const EUROPEAN_VERBS: Record<Exclude<Action, "manage" | "money">, Readonly<Record<string, string>>> = {
  read: {
    // French
    "récupère": "get", "récupérer": "get", "obtient": "get", "obtenir": "get", "liste": "list", "lister": "list",
    "recherche": "search", "rechercher": "search", "cherche": "search", "affiche": "show", "afficher": "show",
    "retourne": "return", "renvoie": "return", "lit": "read", "lire": "read", "analyse": "analyze", "analyser": "analyze",
    "calcule": "calculate", "calculer": "calculate", "vérifie": "check", "vérifier": "check", "identifie": "identify",
    "produit": "generate", "génère": "generate", "générer": "generate", "télécharge": "download",
    "consulte": "view", "consulter": "view", "exporte": "export", "exporter": "export", "résume": "summarize",
    // Spanish
    "obtiene": "get", "obtener": "get", "lista": "list", "listar": "list", "busca": "search", "buscar": "search",
    "devuelve": "return", "consulta": "query", "consultar": "query", "muestra": "show", "mostrar": "show",
    "lee": "read", "leer": "read", "calcula": "calculate", "calcular": "calculate", "genera": "generate", "generar": "generate",
    "verifica": "check", "descarga": "download", "descargar": "download",
    // Portuguese
    "obtém": "get", "obter": "get", "retorna": "return", "pesquisa": "search", "pesquisar": "search",
    "lê": "read", "ler": "read", "gera": "generate", "gerar": "generate", "baixa": "download",
    // Italian
    "ottiene": "get", "ottieni": "get", "recupera": "get", "recuperare": "get", "elenca": "list", "elencare": "list",
    "cerca": "search", "cercare": "search", "restituisce": "return", "mostra": "show", "legge": "read",
    // German
    "liefert": "return", "listet": "list", "sucht": "search", "zeigt": "show", "liest": "read", "berechnet": "calculate",
    "prüft": "check", "gibt": "return", "abrufen": "get", "auflisten": "list", "suchen": "search", "lesen": "read",
  },
  write: {
    "crée": "create", "créer": "create", "ajoute": "add", "ajouter": "add", "met à jour": "update", "mettre à jour": "update",
    "modifie": "modify", "modifier": "modify", "envoie": "send", "envoyer": "send", "enregistre": "save", "enregistrer": "save",
    "attache": "attach", "associe": "associate", "déplace": "move", "publie": "publish", "planifie": "schedule", "importe": "import",
    "crea": "create", "crear": "create", "agrega": "add", "añade": "add", "actualiza": "update", "actualizar": "update",
    "modifica": "modify", "envía": "send", "enviar": "send", "guarda": "save", "guardar": "save", "publica": "publish",
    "cria": "create", "criar": "create", "adiciona": "add", "atualiza": "update", "atualizar": "update", "altera": "modify",
    "envia": "send", "salva": "save", "salvar": "save",
    "aggiunge": "add", "aggiorna": "update", "aggiornare": "update", "invia": "send",
    "erstellt": "create", "erstellen": "create", "fügt": "add", "aktualisiert": "update", "aktualisieren": "update",
    "ändert": "modify", "sendet": "send", "speichert": "save", "verschiebt": "move",
  },
  destroy: {
    "supprime": "delete", "supprimer": "delete", "efface": "erase", "effacer": "erase", "retire": "remove", "vide": "empty",
    "elimina": "delete", "eliminar": "delete", "borra": "delete", "borrar": "delete", "quita": "remove",
    "exclui": "delete", "excluir": "delete", "apaga": "delete", "apagar": "delete", "remover": "remove",
    "cancella": "delete", "rimuove": "remove", "eliminare": "delete",
    "löscht": "delete", "löschen": "delete", "entfernt": "remove", "entfernen": "remove",
  },
  exec: {
    "exécute": "execute", "exécuter": "execute", "ejecuta": "execute", "ejecutar": "execute", "executa": "execute",
    "executar": "execute", "esegue": "execute", "eseguire": "execute", "führt": "execute", "ausführen": "execute",
  },
};

// ---------------------------------------------------------------------------------------------
// Chinese: phrases matched as substrings of the description (Chinese has no word boundaries).
// ---------------------------------------------------------------------------------------------

/** Chinese verb phrases by action. Earlier position in the text wins for the leading verb. */
export const ZH_VERBS: Record<Exclude<Action, "manage">, readonly string[]> = {
  destroy: [
    "删除", "移除", "清空", "清除", "终止", "注销", "销毁", "撤销", "吊销", "封禁", "拉黑", "踢出", "解散",
    "退出", "离开", "覆盖", "重置", "卸载", "清理", "丢弃", "抹除", "作废", "强制推送", "删掉", "下线", "停用",
    "移出", "撤回", "冻结", "格式化", "踢", "销户", "关停", "强制覆盖", "清库", "删库", "解绑账号",
  ],
  exec: [
    "执行代码", "执行命令", "执行脚本", "执行SQL", "执行sql", "运行代码", "运行命令", "运行脚本", "执行查询", "执行任意",
    "执行Shell", "执行shell", "执行终端", "运行Python", "运行python", "执行Python", "执行python", "执行JavaScript", "执行JS",
    "执行js", "执行语句", "运行SQL", "运行sql", "执行Cypher", "执行cypher",
  ],
  money: [
    "支付", "付款", "转账", "退款", "充值", "提现", "购买", "下单", "扣款", "收款", "打款", "买入", "卖出", "交易下单",
    "申购", "赎回", "缴费", "汇款", "开票",
  ],
  write: [
    "创建", "新建", "添加", "增加", "更新", "修改", "编辑", "设置", "发送", "群发", "转发", "回复", "上传",
    "邀请", "置顶", "归档", "保存", "写入", "导入", "加入", "提升", "降级", "启用", "禁用", "标记", "分配",
    "发布", "复制", "移动", "重命名", "定时", "静音", "切换", "发起", "接听", "挂断", "执行", "运行", "刷新",
    "提交", "安装", "部署", "重启", "启动", "停止", "取消", "解除", "授权", "登录", "登出", "绑定", "解绑",
    "关闭", "开启", "合并", "推送", "恢复", "同步", "点赞", "评论", "关注", "拒绝", "接受",
    "审批", "批准", "配置", "注册", "订阅", "新增", "更改", "变更", "上报", "私信", "发帖", "广播", "禁言", "解禁",
    "回滚", "扩容", "缩容", "关机", "审核", "驳回", "签到", "收藏", "转让", "授予", "撤销授权", "改名", "上架", "下架",
  ],
  read: [
    "获取", "查询", "搜索", "查看", "列出", "检查", "读取", "统计", "导出", "下载", "分析", "预览", "浏览",
    "查找", "检索", "显示", "测试", "计算", "翻译", "总结", "验证", "比较", "监控", "识别", "解析", "抓取",
    "生成", "备份", "打开", "爬取", "截图", "截取", "读出", "返回", "提取", "汇总", "推荐", "估算", "诊断", "查",
  ],
};

/** Chinese words for scope and objects, mapped to the English token the rules use. */
export const ZH_OBJECTS: Record<string, string> = {
  批量: "batch", 所有: "all", 全部: "all", 群发: "mass", 多个: "multiple", 一键: "all",
  账号: "account", 账户: "account", 全局: "global",
  密码: "password", 令牌: "token", 密钥: "secret", 私钥: "privatekey", 凭证: "credential", 凭据: "credential",
  验证码: "otp", 会话字符串: "session-string", Session字符串: "session-string", session字符串: "session-string",
  权限: "permission", 管理员: "admin", 隐私: "privacy", 角色: "role",
  消息: "message", 聊天记录: "history", 聊天历史: "history", 历史: "history", 联系人: "contact", 邮件: "email",
  对话: "dialog", 成员: "member", 文件: "file", 网页: "web", 链接: "url", 频道: "channel", 群组: "group",
  数据库: "database", 仓库: "repository", 服务器: "server", 集群: "cluster", 订单: "order", 发票: "invoice",
  订阅: "subscription", 余额: "balance", 会话: "session", 代理: "proxy", 公开: "public", 所有账号: "accounts",
  多个账号: "accounts", 聊天: "chat", 通知: "notification", 评论: "comment",
  整个: "all", 全量: "all", 全体: "all", 永久: "permanent", 本地文件: "file", 路径: "path", 网址: "url", 联网: "web",
  Cookie: "cookie", cookie: "cookie", 环境变量: "env", 用户: "user", 帖子: "post", 私信: "dm", 短信: "message",
  权限组: "permission", 角色权限: "permission", 白名单: "allowlist", 黑名单: "blocklist", 防火墙: "firewall",
  域名: "domain", 实例: "instance", 容器: "container", 存储桶: "bucket", 表: "table", 库: "database",
};

// ---------------------------------------------------------------------------------------------
// Phrases in English descriptions.
// ---------------------------------------------------------------------------------------------

/** Description phrases that say the tool returns secrets. */
export const SECRET_PHRASES = [
  "api key", "api keys", "access key", "access keys", "secret key", "private key", "private keys",
  "session string", "session strings", "session token", "access token", "access tokens", "auth token",
  "bearer token", "refresh token", "oauth token", "session jwt", "jwt token", "access jwt", "password", "passwords", "credentials", "credential",
  "connection string", "all environment variables", "secret value", "secrets", "cookies",
  "ssh key", "client secret", "signing key", "kubeconfig", "kube config", "api_key", "apikey", "secret_key", "client_secret", "access_token",
  "sign-on link", "sign-in link", "login link", "magic link", "connection credentials", "secret key",
  // Tokens by what they open, and what carries a password without saying so.
  "api token", "api tokens", "bot token", "personal access token", "gateway token", "url/token", "url and token",
  "connection info", "connection information", "connection uri", "connection url",
  "environment variables", "env vars",
  // The secret a webhook's receiver checks signatures with: whoever has it can forge deliveries.
  "signing secret", "signing secrets", "webhook secret", "webhook secrets", "shared secret",
  // Keys that enrol a device or connector into the account: whoever holds one joins as it.
  "provisioning key", "provisioning keys", "enrollment key", "enrolment key", "registration key",
  // phpinfo prints the server's whole environment, secrets included.
  "phpinfo",
];

/** Description phrases that say the effect cannot be undone. */
export const IRREVERSIBLE_PHRASES = [
  "cannot be undone", "can not be undone", "can't be undone", "irreversible", "irreversibly",
  "permanently", "permanent", "cannot be recovered", "not recoverable", "unrecoverable", "no undo",
  "无法恢复", "不可恢复", "不可逆", "永久", "无法撤销",
];

/** Description phrases that say a tool only reads (used to settle an ambiguous verb, never to lower risk). */
export const READ_ONLY_PHRASES = ["read-only", "read only", "readonly", "does not modify", "does not write", "doesn't write", "does not change", "no side effects", "without side effects", "changes nothing", "只读", "不会修改"];

/** Description phrases that say many targets at once. */
export const BULK_PHRASES = [
  "in bulk", "bulk ", "batch ", "multiple accounts", "all accounts", "many accounts", "all users",
  "all messages", "all chats", "all contacts", "all records", "all rows", "all keys", "every user",
  "mass ", "across all", "all of the", "批量", "群发", "所有", "全部", "多个账号", "一键",
];

/** Description phrases that say it overwrites existing content. */
export const OVERWRITE_PHRASES = ["overwrite", "overwrites", "overwriting", "覆盖"];


// ---------------------------------------------------------------------------------------------
// Words the judging stages use for objects, scope and context (./stages/*).
// ---------------------------------------------------------------------------------------------


/** Words in a server's name that say what all its tools touch: money, security, infrastructure. */
/** Server words for mail services: their accounts have delegates, forwarding, send-as aliases and auto-replies. */
export const MAIL_SERVER = new Set(["gmail", "mail", "email", "outlook", "inbox", "imap", "exchange", "fastmail", "protonmail", "mailbox", "smtp"]);
export const MONEY_SERVER = new Set(["woocommerce", "commerce", "ecommerce", "quickbooks", "xero", "freshbooks", "accounting", "ledger", "invoicing", "lunchmoney", "paddle", "mollie", "klarna", "revolut", "plaid", "crypto", "defi", "solana", "ethereum", "evm", "trading", "broker", "robinhood", "stripe", "paypal", "kite", "zerodha", "square", "adyen", "braintree", "razorpay", "coinbase", "binance", "alpaca", "shopify", "billing", "payments", "bank", "wallet"]);
export const SECURITY_SERVER = new Set(["iam", "okta", "zscaler", "identity", "auth0", "keycloak", "sso", "firewall", "entra", "ldap", "vault"]);
export const INFRA_SERVER = new Set(["argocd", "argo", "flux", "coolify", "hostinger", "vps", "portainer", "rancher", "nomad", "proxmox", "alibabacloud", "aliyun", "tencentcloud", "linode", "vultr", "hetzner", "render", "openstack", "aws", "awslabs", "kubernetes", "k8s", "kubectl", "azure", "gcp", "terraform", "cloudflare", "ccapi", "eks", "ecs", "cloud", "helm", "pulumi", "supabase", "vercel", "netlify", "heroku", "railway", "digitalocean", "neon", "planetscale", "fly",
  // API gateways and proxies, and the operating systems of routers: their routes, upstreams and interfaces carry live traffic.
  "apisix", "kong", "traefik", "nginx", "envoy", "haproxy", "caddy", "istio", "tyk", "keenetic", "mikrotik", "routeros", "openwrt", "pfsense", "opnsense", "fortigate", "fortinet"]);
export const CREATE_INFRA_VERBS = new Set(["create", "deploy", "provision", "launch", "scale", "apply", "install", "upgrade", "configure", "setup", "migrate", "pause", "restore", "rollback", "rollout", "restart", "reboot", "shutdown",
  // Sizing a cluster, taking an address, wiring a disk or share to a network: each changes what the account runs and pays for.
  "resize", "reserve", "attach", "detach", "assign", "reassign"]);
export const DATA_OBJECTS = new Set(["case", "cases", "ticket", "tickets", "terminology", "terminologies", "glossary", "segment", "segments", "feedback", "item", "items", "row", "rows", "record", "records", "key", "keys", "value", "values", "document", "documents", "entry", "entries", "message", "messages", "comment", "note", "tag", "tags", "label", "labels", "annotation", "json",
  // A cloud provider's other products keep records too: a mailing list's contacts and templates, a test's scenarios.
  "contact", "contacts", "template", "templates", "field", "fields", "scenario", "scenarios", "alias", "aliases"]);
/** Infrastructure objects that only mean infrastructure on an infrastructure server. */
export const INFRA_IF_SERVER = new Set(["node", "nodes", "project", "projects", "application", "applications", "service", "services", "server", "servers", "function", "functions", "workspace", "org", "organization", "endpoint",
  // A design's component instances, a staffing tool's people ("resources"): cloud words only where the server runs a cloud.
  "instance", "instances", "resource", "resources",
  // A gateway's routes, upstreams and consumers, a router's interfaces: a trip's routes or a queue's consumers elsewhere.
  "route", "routes", "upstream", "upstreams", "consumer", "consumers", "interface", "interfaces", "vlan", "vlans"]);
export const STRICT_INFRA = new Set([
  "cluster", "clusters", "instance", "instances", "bucket", "buckets", "stack", "stacks", "vpc", "subnet", "dns",
  "firewall", "node", "nodes", "nodegroup", "deployment", "deployments", "namespace", "namespaces", "helm",
  "cloudformation", "terraform", "infrastructure", "gateway", "domain", "domains", "zone", "certificate", "database",
  "databases", "runtime", "endpoint", "replication", "volume", "pod", "pods", "lambda", "ec2", "resource", "resources",
  "workgroup", "global", "server", "servers", "service", "services", "k8s", "kubernetes", "project", "projects",
  "organization", "org", "tenant", "application", "applications", "function", "functions", "kubectl", "workspace",
  "ip", "ips", "nfs", "droplet", "droplets",
  "route", "routes", "upstream", "upstreams", "consumer", "consumers", "interface", "interfaces", "vlan", "vlans",
]);
export const INFRA_VERBS = new Set([
  "create", "update", "modify", "put", "set", "deploy", "scale", "apply", "install", "upgrade", "provision", "configure",
  "replace", "patch", "attach", "detach", "associate", "disassociate", "enable", "disable", "register", "restart",
  "reboot", "shutdown", "migrate", "launch", "drain", "cordon", "uncordon", "add", "edit", "change", "assign", "setup",
  "pause", "resume", "restore", "merge", "rebase", "rollback", "rollout", "resize", "reserve", "reassign",
]);
/** Sessions of a tool rather than of a person's login: ending one signs no one out. */
export const NOT_LOGIN_SESSION_RE = /\b(?:debug|debugging|debugger|browser|test|testing|recording|terminal|shell|repl|sandbox|tmux|pty|ssh|process|thinking|notebook|kernel|codegen|game|chat|mcp|devtools)\b/;
/** Verbs that delete what they name (for the narrower checks that need a plain deletion, not a wipe). */
export const DELETING_VERBS = new Set(["delete", "remove", "purge", "destroy", "erase", "drop", "rmdir", "unlink"]);
export const LOCKOUT_VERBS = new Set(["terminate", "revoke", "invalidate", "kill", "clear", "reset", "expire", "logout", "deactivate", "suspend", "remove", "delete"]);
export const ACCESS_OBJECTS = new Set(["token", "tokens", "credential", "credentials", "apikey", "apikeys", "key", "keys", "grant", "grants", "access", "password", "passwords", "factor", "factors", "mfa", "oauth", "secret", "secrets"]);
export const REMOTE_WORDS = new Set(["github", "gitlab", "repo", "repository", "s3", "bucket", "gist", "drive", "gdrive", "dropbox", "sharepoint", "onedrive", "confluence", "notion"]);
export const AMBIGUOUS_MONEY = new Set(["subscription", "subscriptions", "order", "orders", "position", "positions", "transaction", "transactions", "transfer", "transfers", "checkout", "plan", "tax", "promotion", "discount", "credit", "credits", "trade", "trades", "price", "prices", "charge", "charges", "wallet", "fund", "funds", "mandate", "mandates", "sip", "sips", "mf", "gtt", "billing", "receipt", "receipts"]);
/** Words that make an order, a transaction or a price money, in English, Chinese, French, Spanish and German. */
export const MONEY_CONTEXT_RE = /\b(?:pay|paid|payments?|billing|bill|billed|sales?|deposits?|invoices?|prices?|pricing|stripe|charges?|money|currency|amount|trad(?:e|es|ing)|broker|stocks?|shares|buy|sell|purchases?|funds|refunds?|customers?|usd|eur|inr|\$\d)\b|支付|订单|交易|付款|价格|\b(?:commandes?|factur(?:e|es|as?)|paiements?|montants?|pagos?|pedidos?|importes?|precios?|zahlung(?:en)?|rechnung(?:en)?|bestellung(?:en)?|betrag|preise?)\b/i;
/** Writes that only change how things look to the user (read marks, mutes, archives, a closed tab). */
export const TRIVIAL_VERBS = new Set(["mark", "mute", "unmute", "scroll", "hover", "highlight", "toggle", "focus", "select", "stage", "unstage", "unsubscribe", "unfollow", "extend", "star", "unstar", "favorite", "favourite", "unfavorite", "unfavourite"]);
const SESSION_ENDS = ["database", "db", "connection", "connections", "session", "browser", "device", "debugger", "socket", "port", "terminal"];
const OWN_INBOX = ["chat", "chats", "conversation", "conversations", "dialog", "dialogs"];
/**
 * Verbs that are trivial only on what is one's own or only a view: archiving one's chats,
 * resizing a window, opening or closing a database session, locking one's vault. Archiving a
 * team's document, resizing a cloud disk, connecting a payment provider or locking a shared file
 * reaches other people (labels across servers: archive 2 low of 15, resize 3 of 10, connect 4 of 8).
 */
export const TRIVIAL_ON: Readonly<Record<string, ReadonlySet<string>>> = {
  archive: new Set(OWN_INBOX),
  unarchive: new Set(OWN_INBOX),
  resize: new Set(["window", "windows", "viewport", "browser", "playwright", "puppeteer", "page", "pty", "terminal", "column", "columns", "panel", "pane", "screen"]),
  connect: new Set(SESSION_ENDS),
  disconnect: new Set(SESSION_ENDS),
  lock: new Set(["vault", "session", "screen"]),
};
/** What a session keeps for itself: setting one is local, private and undone by setting it again. */
export const SESSION_SETTINGS = new Set(["root", "versions", "version", "preference", "preferences", "mode", "language", "theme", "timeout", "context", "directory", "workdir", "cwd", "locale", "verbosity"]);
export const PUBLIC_OBJECTS = new Set(["site", "sites", "website", "websites", "package", "packages", "app", "apps", "release", "releases", "version", "changes", "page", "pages", "function", "functions", "extension", "production"]);
export const VIEW_OBJECTS = new Set(["tab", "tabs", "page", "browser", "playwright", "puppeteer", "window", "dialog", "popup", "forward", "tunnel", "trace", "tracing", "video", "screencast", "recording", "session", "simulator", "emulator"]);
export const SHARED_OBJECTS = new Set(["repo", "repository", "repositories", "project", "projects", "account", "accounts", "channel", "channels", "issue", "issues", "pull", "pr", "org", "organization", "team", "user", "users", "group", "groups", "site", "cluster", "server", "service", "option", "form", "schedule", "task", "job", "workflow", "subscription"]);
export const WIPING_VERBS = new Set(["delete", "del", "remove", "rm", "drop", "destroy", "purge", "wipe", "truncate", "terminate", "erase", "nuke", "deprovision", "decommission", "dissolve", "uninstall", "flush", "flushall", "flushdb", "empty", "obliterate", "expunge", "trash", "deregister", "unregister"]);
export const PERMISSION_VERBS = new Set(["grant", "expose", "promote", "demote", "share", "unban", "authorize", "allow", "whitelist", "blacklist", "exempt", "enroll"]);
export const MERGE_WORDS = new Set(["merge", "push"]);
export const LOCAL_FILE_WORDS = new Set(["file", "files", "content", "contents", "text", "media", "document", "documents", "read", "log", "logs", "directory", "dir", "folder", "path"]);
export const PRIVATE_BULK = new Set([
  "messages", "chats", "history", "contacts", "emails", "mails", "inbox", "mailbox", "dialogs", "conversations",
  "customers", "users", "patients", "members", "participants", "profiles", "employees", "people", "persons",
  "subscribers", "leads", "prospects", "dms", "photos", "memories", "observations", "notes", "threads",
  "studies", "accounts", "sessions", "calendar", "backup", "export", "replies", "chat", "comments",
  "records", "rows", "submissions", "transactions",
  // A session recording or replay is everything one person did on a site, keystrokes and pages included.
  "recordings", "recording", "replays", "replay",
  // People a business is hiring, whose records hold their CVs and contact details.
  "candidates", "applicants",
]);
export const WEB_PHRASE_RE = /\b(?:web search|search the web|internet|website|web page|webpage)\b|网页|互联网/i;
export const WEB_WORDS = new Set(["url", "urls", "web", "webpage", "website", "internet", "http", "https", "fetch", "scrape", "crawl", "navigate", "browser", "google", "bing", "brave", "perplexity", "firecrawl", "search", "online"]);
export const HELP_NOUNS = new Set(["analyzer", "analyser", "explorer", "calculator", "calc", "estimator", "viewer", "finder", "checker", "validator", "inspector", "recommendation", "recommendations", "recommender", "advisor", "simulator", "linter", "help", "guide", "guidance", "docs", "documentation", "examples", "example", "tips", "tutorial", "instructions", "howto", "reference", "guidelines", "practices"]);
export const DATA_NOUNS = new Set(["healthcheck", "status", "info", "information", "stats", "statistics", "details", "list", "count", "health", "summary", "schema", "version", "versions", "config", "metadata", "usage", "overview", "docs", "documentation", "help", "results", "time", "weather", "quote", "quotes", "metrics", "dbsize", "size", "length", "len", "exists", "ttl", "keys", "type", "whoami", "me", "profile", "balance", "balances", "price", "prices", "history", "logs", "diagnostics", "ping", "echo", "tree"]);
export const NOUNISH_VERBS = new Set(["query", "test", "call", "invoke", "run", "process", "action"]);
export const NOISE = new Set([
  "a", "an", "the", "and", "or", "as", "tool",
  "tools", "mcp", "api", "v1", "v2", "v3", "id", "info", "details", "detail",
]);

export const ZH_PRIVATE_WORDS = ["message", "history", "contact", "email", "dialog", "member", "file", "chat"];
export const SINK_OBJECTS = ["email", "message", "comment", "webhook", "post", "tweet", "gist", "issue", "review", "discussion"];
export const CONVERSATION_WORDS = ["chat", "chats", "message", "messages", "dialog", "conversation", "conversations", "email", "inbox", "call", "calls", "channel", "thread", "room"];
export const NOT_HEAD = new Set(["all", "batch", "bulk", "many", "multiple", "by", "to", "from", "in", "on", "for", "of", "with", "or", "and", "if", "exists", "permanently", "force", "forcefully", "now", "async", "sync", "v1", "v2", "v3", "delta", "advanced"]);
export const PREPOSITIONS = new Set(["from", "to", "in", "on", "for", "of", "with", "into", "by", "at"]);
export const FLUSH_ALL = new Set(["flushall", "flushdb"]);
export const ANALYSIS_RE = /\b(?:reason|reasoning|analy[sz]\w*|brainstorm\w*|think\w*|review|explain\w*|summar\w*|research|model|ai|llm|assistant|search|question|answer|insight\w*|diagnos\w*|report)\b/;

// ---------------------------------------------------------------------------------------------
// Capabilities known by domain (./stages/domain.ts). Each names what ONE call can do in a
// domain where the wording varies by vendor and language, and the least verdict that follows.
// Patterns run over the name's tokens joined by spaces ("transfer erc20 tokens"), the opening
// of the description in lower case, or (zh) the description as written.
// ---------------------------------------------------------------------------------------------

export type CapabilityDomain = "money" | "code" | "infrastructure" | "secrets" | "access" | "people" | "egress" | "data";

export interface DomainCapability {
  id: string;
  domain: CapabilityDomain;
  /** Over the name's tokens joined by single spaces. */
  name?: RegExp;
  /** Over the description's first sentence (at most 300 characters), lower-cased: what a tool does is said up front. */
  text?: RegExp;
  /** Over the description's first 800 characters as written (Chinese has no word boundaries). */
  zh?: RegExp;
  /** Applies only when the tool acts (its action is not a read), or only when it reads. */
  when: "acting" | "reading" | "always";
  /** An input property whose name must be present for the capability to hold ("process" needs a command). */
  needsProperty?: RegExp;
  /** Words in the name or description that show a different domain ("transaction" in a database). */
  unless?: RegExp;
  /** Holds only on a server of that kind ("image" means infrastructure only on a cloud server). */
  onServer?: "infra" | "money" | "mail";
  category: Category;
  risk: RiskLevel;
  /** What one call can do, for the rationale: "it moves tokens or other assets". */
  reason: string;
}

const ASSET = String.raw`(?:tokens?|nfts?|eth|ether|sol|btc|bitcoin|usdc|usdt|crypto|coins?|erc20|erc721|erc1155|spl|lamports|native|collectibles?|stablecoins?|funds|money|cash)`;
const RUN = String.raw`(?:exec|execute|executes|executing|run|runs|running|spawn|spawns|launch|launches|start|starts|invoke|invokes)`;

/** A name that copies, moves or renames: with an overwrite switch it can replace what is at the destination. */
export const COPIES_OR_MOVES_NAME_RE = /\b(?:move|moves|copy|copies|rename|renames|mv|cp)\b/;

export const DOMAIN_CAPABILITIES: readonly DomainCapability[] = [
  // ---- money and assets ---------------------------------------------------------------------
  {
    id: "moves-assets", domain: "money", when: "acting", category: "financial", risk: "critical",
    name: new RegExp(String.raw`\b(?:transfer|send|swap|bridge|mint|stake|unstake|withdraw|deposit|wrap|unwrap|buy|sell|pay)\s(?:\w+\s){0,2}?${ASSET}\b|\b${ASSET}\s(?:transfer|send|swap|bridge|mint|purchase|payment)\b`),
    text: new RegExp(String.raw`^(?:\w+\s){0,3}?(?:transfers?|sends?|swaps?|bridges?|mints?|stakes?|withdraws?|deposits?)\s(?:\w+\s){0,3}?${ASSET}\b`),
    zh: /(?:转账|转出|转移|发送|兑换|铸造|质押|提币|提现|充值)[^，。；\n]{0,8}?(?:代币|通证|币|NFT|nft|资产|资金|余额|USDT|USDC|ETH|SOL|BTC)/,
    reason: "it moves money, tokens or other assets",
  },
  {
    id: "sends-transaction", domain: "money", when: "acting", category: "financial", risk: "critical",
    name: /\b(?:send|sign|submit|broadcast|execute|exec)\s(?:\w+\s){0,2}?(?:transaction|transactions|tx|txn|txs)\b|\b(?:write|call|invoke|execute|interact)\s(?:with\s)?(?:smart\s)?contract\b|\bcontract\s(?:write|call|invoke|execute)\b|\bdeploy\s(?:\w+\s)?contract\b/,
    text: /^(?:\w+\s){0,3}?(?:sends?|signs?|submits?|broadcasts?)\s(?:an?\s|the\s)?(?:\w+\s)?(?:transaction|tx)\b|\b(?:state[- ]changing|write) (?:function|method) (?:on|of) (?:a |the )?(?:smart )?contract\b/,
    unless: /\b(?:sql|database|db|postgres|postgresql|mysql|sqlite|mssql|oracle|queries|query|statements?|dml|ddl|commit|rollback)\b/,
    reason: "it signs or sends a blockchain transaction that can move assets",
  },
  {
    id: "trades", domain: "money", when: "acting", category: "financial", risk: "critical",
    name: /\b(?:exercise|assign)\s(?:\w+\s)?options?\b|\boptions?\s(?:exercise|order|trade)\b|\bshort\s(?:sale|sell|locate|position)\b|\blocate\s(?:\w+\s)?(?:shares|stock|short)\b|\b(?:place|submit|create|modify|replace|cancel|confirm|checkout)\s(?:\w+\s){0,2}?(?:orders?|trades?)\b|\b(?:buy|sell)\s(?:\w+\s)?(?:stocks?|shares|options?|futures|contracts?|securities|etf|position)\b|\b(?:open|close)\s(?:\w+\s)?positions?\b|\b(?:onramp|offramp)\b|\bon\sramp\b/,
    text: /\b(?:places?|submits?) (?:an? )?(?:\w+ )?(?:market|limit|stop|buy|sell|trade) order\b|\bexercises? (?:an? |the )?(?:\w+ )?options?\b|\bshort[- ]sale\b|\blocate (?:shares|stock) (?:to|for) short\b/,
    zh: /(?:下单|买入|卖出|开仓|平仓|做空|卖空|行权|委托单|挂单|撤单)/,
    reason: "it places, changes or cancels an order or trade",
  },
  {
    id: "payments", domain: "money", when: "acting", category: "financial", risk: "critical",
    name: /\b(?:create|send|make|capture|confirm|process|issue|initiate)\s(?:\w+\s)?(?:payments?|refunds?|payouts?|charges?|transfers?|payment\sintents?|disbursements?|remittances?|wire|ach)\b(?!\s(?:link|links|method|methods|page|form|template))|\brefund\b|\bpayout\b/,
    zh: /(?:支付|付款|转账|退款|打款|扣款|汇款|代付)/,
    reason: "it moves money: a payment, refund, payout or transfer",
  },
  {
    id: "changes-subscription", domain: "money", when: "acting", category: "financial", risk: "high",
    name: /\b(?:update|change|upgrade|downgrade|switch|modify|set|cancel|pause|resume)\s(?:\w+\s){0,2}?(?:subscription|subscriptions|tier|billing\splan|pricing\splan)\b|\b(?:subscription|billing|pricing)\s(?:\w+\s)?(?:update|change|upgrade|downgrade|tier|plan)\b/,
    text: /^(?:\w+\s){0,2}?(?:updates?|changes?|upgrades?|downgrades?|switch(?:es)?)\s(?:\w+\s){0,3}?(?:subscription (?:tier|plan)|billing plan|pricing plan|paid plan)\b/,
    unless: /\b(?:notification|notifications|newsletter|webhook|webhooks|event|events|topic|topics|pubsub|channel|feed|rss|alert|alerts|watch|expiry|expiration)\b/,
    reason: "it changes a paid subscription, and with it what the account is billed",
  },
  {
    // A product's price is what every buyer is charged from then on; an edit that can set it changes that.
    id: "changes-price", domain: "money", when: "acting", category: "financial", risk: "high",
    name: /\b(?:update|edit|modify|patch|set|change)\s(?:\w+\s){0,2}?(?:products?|items?|variants?|skus?|listings?)\b|\b(?:products?|items?|variants?|skus?)\s(?:update|edit|modify|patch)\b/,
    needsProperty: /^(?:price|prices|unit_?price|regular_?price|sale_?price|standard_?rate|list_?price|selling_?price|base_?price)$/i,
    reason: "it can change a product's price, and with it what every buyer is charged",
  },
  {
    // Billing switched on or off for an account: from then on it is charged, or stops being charged, each period.
    id: "switches-billing", domain: "money", when: "acting", category: "financial", risk: "high",
    text: /\b(?:activat|enabl|start|suspend|paus|resum|turn)\w*\s(?:on\s|off\s)?(?:\w+\s){0,2}?billing\b(?!\s(?:alerts?|exports?|reports?|notifications?|data|view|views|groups?))|\bwith (?:stripe |card |payment )?billing details\b/,
    reason: "it switches an account's billing on or off, and with it what the account is charged each period",
  },
  {
    // A telephony provider bills every number it hands out, from the day it is taken.
    id: "obtains-phone-number", domain: "money", when: "acting", category: "financial", risk: "critical",
    name: /\b(?:create|buy|purchase|rent|provision|acquire|order|new)\s(?:\w+\s)?phone\snumbers?\b/,
    needsProperty: /^(?:area_?code|country|country_?code|iso_?country|number_?type|capabilities|contains|pattern)$/i,
    reason: "it takes a new phone number from the provider, which bills for it",
  },
  {
    // "IncomingPhoneNumber" is the telephony provider's word for a number the account has bought: creating one buys it.
    id: "buys-incoming-number", domain: "money", when: "acting", category: "financial", risk: "critical",
    name: /\b(?:create|buy|purchase|provision|add)\s(?:\w+\s)?incoming\sphone\snumbers?(?:\s(?:local|mobile|toll\sfree|national))?$/,
    reason: "it takes a new phone number from the provider, which bills for it",
  },
  {
    // An ad that goes live spends the account's budget every hour it runs; a paused one spends nothing.
    id: "starts-ad-spend", domain: "money", when: "acting", category: "financial", risk: "high",
    name: /\b(?:resume|publish|activate|enable|launch|start|unpause|boost|create|upsert|update|duplicate|copy)\s(?:\w+\s){0,2}?(?:adsets?|ad\ssets?)\b|\b(?:resume|publish|activate|enable|launch|unpause|boost|create|upsert|duplicate|copy)\s(?:\w+\s)?ads?$|\b(?:fb|facebook|meta|google|tiktok|linkedin|li|bing|ads)\s(?:resume|publish|activate|enable|launch|start|unpause|boost|create|upsert|duplicate|copy|update)\s(?:\w+\s)?(?:campaigns?|campaign\sgroups?|ads?\sstatus)\b|\b(?:resume|publish|activate|enable|launch|unpause|boost)\s(?:\w+\s)?ads?\scampaigns?\b|\b(?:set|update|change|increase|raise)\s(?:\w+\s)?(?:ad|ads|adset|campaign)\s(?:daily\s|lifetime\s)?budgets?\b/,
    reason: "it puts an ad live or sets its budget, and the account pays for every hour it runs",
  },
  {
    // "Approve and execute a spend request", "Bill one approved use": the approval is the payment.
    id: "approves-spend", domain: "money", when: "acting", category: "financial", risk: "critical",
    name: /\b(?:spend|spending|payment|purchase|payout|refund)\s(?:\w+\s){0,2}?approve\b|\bapprove\s(?:\w+\s){0,2}?(?:spend|spending|payment|purchase|payout|refund)s?\b/,
    text: /^(?:approves?|approving)\s(?:and\s\w+\s)?(?:an?\s|the\s)?(?:\w+\s){0,2}?(?:spend|spending|payment|purchase|payout|refund)\s(?:requests?|orders?)\b|^(?:bills?|charges?)\s(?:one|the|a|an|each|this)\s(?!\w+\sof\b)/,
    reason: "it approves or bills a spend, and the money goes when it does",
  },
  {
    // A payment link or a checkout session is a bill: whoever follows it pays ("generate" reads, but this makes one).
    id: "bills-someone", domain: "money", when: "always", category: "financial", risk: "high",
    name: /\b(?:create|generate|make|start|new|send|issue)\s(?:\w+\s){0,2}?(?:payment\slinks?|checkout\ssessions?|checkouts?)\b|\b(?:billing|credits?|plan|subscription)\s(?:\w+\s)?checkout$/,
    reason: "it makes a bill, a payment link or a checkout, that charges whoever pays it",
  },
  {
    // What customers are charged at checkout, beyond a product's own price.
    id: "sets-charges", domain: "money", when: "acting", category: "financial", risk: "high",
    name: /\b(?:create|add|update|set|change|upsert|edit)\s(?:\w+\s){0,3}?(?:shipping|delivery|tax|handling|late)\s(?:rates?|fees?|prices?|charges?)\b|\b(?:set|enable|update|configure|change)\s(?:\w+\s)?(?:auto\s?top\s?ups?|auto\s?topups?|auto\s?recharges?|auto\s?reloads?)\b|\b(?:auto\s?top\s?ups?|auto\s?topups?|auto\s?recharges?)\s(?:set|enable|update|configure)\b|\b(?:enable|disable|set|turn\son|turn\soff|configure)\s(?:\w+\s)?auto\s?renew(?:al|als|s)?\b/,
    text: /^(?:\w+\s)?(?:sets?|updates?|changes?|configures?)\s(?:the\s|a\s)?(?:[\w-]+\s){0,2}?(?:shipping|delivery|handling|late)\s(?:rates?|fees?|prices?|charges?|costs?)\b/,
    reason: "it sets what customers or the account are charged automatically, now or at each renewal",
  },
  // ---- running code -------------------------------------------------------------------------
  {
    id: "runs-shell", domain: "code", when: "always", category: "execute", risk: "critical",
    name: new RegExp(String.raw`\b${RUN}\s(?:\w+\s){0,2}?(?:shell|bash|zsh|sh|powershell|pwsh|cmd|command|commands|terminal|script|scripts|subprocess|applescript|osascript|jxa)\b|\b(?:shell|terminal|bash|ssh|remote|system)\s(?:exec|execute|run|command|commands|cmd)\b|\b(?:applescript|osascript)\b|\b(?:pty|terminal|tmux)\s(?:create|open|start|new|spawn)\b|\b(?:create|open|start|new|spawn)\s(?:\w+\s)?(?:pty|tmux)\b`),
    text: /^(?:\w+\s){0,4}?(?:execut\w*|runs?|running|spawns?|launch\w*)\s(?:an?\s|the\s|any\s|arbitrary\s)?(?:\w+\s)?(?:shell|bash|terminal|system|os|cli|command[- ]line|powershell|applescript)\s(?:commands?|scripts?)\b|\b(?:execut\w*|runs?) (?:an? |the |any |arbitrary )?(?:\w+ )?commands? (?:on|in) (?:a |the )?(?:remote |local )?(?:server|host|machine|terminal|shell|system|container|pod|vm|instance)\b|\b(?:via|over) ssh\b(?! (?:tunnels?|port forwarding|keys?)\b)/,
    zh: /(?:执行|运行|调用)[^，。；,.\n]{0,10}?(?:命令|指令|脚本|代码|终端|[Ss]hell|bash|Bash|cmd|CMD|PowerShell|powershell)|(?:终端|命令行|Shell|shell)(?:中)?(?:执行|运行)/,
    reason: "it runs shell commands or scripts the caller writes",
  },
  {
    id: "launches-process", domain: "code", when: "always", category: "execute", risk: "critical",
    name: /\b(?:start|launch|spawn|run|create|new|open|exec)\s(?:\w+\s)?(?:process|processes|program|executable|binary|app|application)\b/,
    needsProperty: /^(?:command|cmd|program|executable|exe|binary|argv|args|arguments|shell|script|command_?line|path_?to_?executable|executable_?path)$/i,
    reason: "it starts a program the caller names, with the arguments the caller gives",
  },
  {
    id: "drives-process", domain: "code", when: "always", category: "execute", risk: "critical",
    name: /\b(?:send|write|type|pipe)\s(?:\w+\s){0,2}?(?:input|stdin|keys|keystrokes|text|command|line)\s(?:to\s)?(?:\w+\s)?(?:process|terminal|session|shell|pty|tmux|repl|console)\b|\b(?:interact|write)\s(?:with\s)?(?:\w+\s)?(?:process|terminal|shell|pty|repl)\b|\b(?:process|terminal|pty|tmux|repl)\s(?:input|write|send|stdin|send\skeys)\b/,
    text: /^(?:\w+\s){0,2}?(?:sends?|writes?|types?|pipes?|feeds?|provides?)\s(?:raw\s)?(?:\w+\s){0,2}?(?:input|bytes|keystrokes|keys|text|characters)\s(?:to|into)\s(?:an?\s|the\s)?(?:running\s|interactive\s|waiting\s)?(?:\w+\s){0,2}?(?:process|program|terminal|shell|session|repl|pty|console)\b/,
    reason: "it types into a running shell or process, which then runs what it is given",
  },
  {
    // A function, action or fetcher stored with the source the platform runs (on a trigger or a schedule): the caller's code, deployed.
    id: "stores-code-that-runs", domain: "code", when: "acting", category: "execute", risk: "critical",
    name: /\b(?:create|update|put|upsert|new|add|set|register|save)\s(?:\w+\s){0,3}?(?:function|functions|action|actions|tap|taps|lambda|lambdas|worker|workers|cron|cronjob|handler|handlers|serverless)\b/,
    needsProperty: /^(?:code|script|source|source_?code|function_?code|handler_?code|python_?code|python_?script|js_?code)$/i,
    reason: "it stores code the caller writes, which the platform then runs on its trigger or schedule",
  },
  {
    id: "runs-container", domain: "code", when: "acting", category: "execute", risk: "critical",
    name: /\b(?:run|exec|execute|start|create)\s(?:\w+\s)?(?:container|docker|sandbox|pod|job)\b|\bdocker\s(?:run|exec|compose)\b/,
    needsProperty: /^(?:command|cmd|args|argv|entrypoint|script|code|image)$/i,
    reason: "it runs a container with the image and command the caller chooses",
  },
  {
    id: "deploys-code", domain: "code", when: "acting", category: "execute", risk: "critical",
    // (Uploading files or an app package to a service stores them; it is deploying only when the service then serves or runs them, which "deploy", "publish", "host" say.)
    name: /\b(?:deploy|publish|ship|host)\s(?:\w+\s){0,2}?(?:code|function|functions|app|apps|site|sites|html|page|pages|project|worker|workers|lambda|bundle|build|static|folder|directory|files)\b|\bdeploy\b/,
    // "Builds and deploys a Node.js application from the uploaded archive", "... a database dump to deploy a complete WordPress website".
    text: /^(?:\w+\s){0,2}?(?:builds? and )?deploys?\s(?:an?\s|the\s|your\s)?(?:[\w.-]+\s){0,3}?(?:code|application|app|site|website|project|bundle|function)\b|\bto deploy (?:an?\s|the\s|your\s)?(?:complete\s|full\s|new\s)?(?:[\w.-]+\s){0,2}?(?:application|app|site|website)\b/,
    needsProperty: /code|source|files|html|content|dir|folder|path|zip|bundle|script|handler|dockerfile|compose|^value$|^image$/i,
    reason: "it deploys code the caller supplies, which then runs and is served to others",
  },
  {
    id: "installs-code", domain: "code", when: "acting", category: "execute", risk: "critical",
    name: /\b(?:create|update|write|save|put|upload|replace|edit|set|add)\s(?:\w+\s)?(?:apex|trigger|triggers|code\sblock|function\scode|worker\sscript|lambda\scode|stored\sprocedure|apps\sscript|userscript|plugin\scode)\b|\b(?:apex|trigger|code\sblock)\s(?:create|update|write|deploy)\b/,
    // A cron, event or workflow trigger is a schedule or a hook, not code (an Apex or database trigger is);
    // "trigger" first in a name is the verb ("trigger_deploy": start what is already set up).
    unless: /\b(?:cron|schedule|scheduled|event|events|timer|time|workflow|webhook)\s(?:trigger|triggers)\b|^trigger\s/,
    reason: "it installs code the caller writes where the service will run it",
  },
  {
    id: "applies-manifests", domain: "code", when: "acting", category: "execute", risk: "critical",
    name: /\bapply\s(?:\w+\s)?(?:yaml|manifest|manifests|config|configuration|resources?|template|helm)\b|\b(?:kubectl|k8s|kubernetes)\sapply\b|\bbuild\s(?:and\s)?(?:push\s)?(?:\w+\s)?(?:image|images|container)\b|\b(?:install|upgrade)\s(?:\w+\s)?(?:helm\s)?(?:chart|charts)\b|\b(?:upgrade)\s(?:\w+\s)?helm\srelease\b|\bhelm\s(?:install|upgrade)\b/,
    reason: "it applies manifests or builds images the caller writes, and whatever they define then runs",
  },
  {
    id: "controls-desktop", domain: "code", when: "always", category: "execute", risk: "critical",
    name: /^(?:computer|desktop|computer\suse|use\scomputer|control\sdesktop|desktop\scontrol)$/,
    needsProperty: /^(?:action|text|key|keys|command)$/i,
    reason: "it types and clicks anywhere on the desktop, so it can open any program and run anything",
  },
  {
    id: "coding-agent", domain: "code", when: "always", category: "execute", risk: "critical",
    text: /\b(?:claude code|codex cli|openai codex|gemini cli|aider|coding agent|cursor agent|opencode|openhands|devin|copilot (?:cli|agent)|qwen code)\b/,
    needsProperty: /^(?:prompt|task|instruction|instructions|message|query|request|description|goal)$/i,
    reason: "it hands a task to a coding agent that can edit files and run commands",
  },
  {
    // An agent handed a task does whatever its own tools allow, and nothing in this definition bounds that.
    id: "delegates-to-agent", domain: "code", when: "acting", category: "execute", risk: "critical",
    name: /\b(?:delegate|spawn|dispatch)\s(?:\w+\s)?(?:agent|agents|subagent|subagents|sub\sagent)\b/,
    text: /\b(?:sends?|hands?|delegates?|dispatch(?:es)?|assigns?)\s(?:an?\s|the\s)?(?:task|tasks|message|messages|prompt|instructions?|work)\sto\s(?:[\w-]+\s){0,4}?(?:sub-?agents?|agents?)\b/,
    // People called agents (support, sales, a live agent) are messaged, not run.
    unless: /\b(?:support|sales|human|live|service|customer|travel|insurance|estate|booking)\s(?:agent|agents)\b/,
    needsProperty: /^(?:prompt|task|instruction|instructions|message|input|goal)$/i,
    reason: "it hands a task to another agent, which can do whatever its own tools allow",
  },
  {
    // An autonomous agent set loose on a repository edits its code and runs what it likes there (its checks, builds and tests).
    id: "agent-on-repository", domain: "code", when: "acting", category: "execute", risk: "critical",
    text: /\b(?:launch|start|spawn|run|dispatch|send)\w*\s(?:an?\s|the\s)?(?:autonomous|coding|ai\scoding|software(?:\sengineering)?|background)\s(?:ai\s)?agents?\s(?:on|in|against|over|into|to)\s(?:[\w/-]+\s){0,3}?(?:repo|repos|repository|repositories|codebase|branch|project|pull\srequest)\b/,
    needsProperty: /^(?:prompt|task|instruction|instructions|message|goal|repository|repo)$/i,
    reason: "it sets an autonomous agent to work on a repository, where it edits code and runs commands",
  },
  {
    // An agent set to work does what its own tools allow, and this definition does not say what they are.
    id: "runs-agent", domain: "code", when: "acting", category: "write", risk: "high",
    name: /\b(?:execute|exec|run|invoke|trigger|test|chat)\s(?:with\s)?(?:\w+\s)?agents?\b|\bagents?\s(?:execute|exec|run|invoke|chat)\b/,
    text: /^(?:\w+\s){0,2}?(?:executes?|runs?|invokes?|triggers?)\s(?:an?\s|the\s)?(?:specified\s|configured\s|given\s|selected\s)?(?:ai\s)?agent\b/,
    // People called agents are messaged, not run; a browser's user agent is a header.
    unless: /\b(?:support|sales|human|live|service|customer|travel|insurance|estate|booking|user)\s(?:chat\s)?(?:agent|agents)\b/,
    reason: "it sets an AI agent to work, and what that agent's own tools can do is not bounded here",
  },
  {
    // A push that can be forced (a "force" switch, or free flags that take --force) can overwrite the history everyone shares on the remote.
    id: "force-pushes", domain: "code", when: "acting", category: "destructive", risk: "critical",
    name: /(?:^|\s)push$|\bgit\spush\b/,
    text: /^(?:\w+\s)?push(?:es)?\s(?:\w+\s){0,2}?(?:commits?|changes|branch(?:es)?)\s(?:\w+\s){0,2}?to\s(?:an?\s|the\s)?(?:\w+\s)?remote\b/,
    needsProperty: /^(?:force|force_?push|force_?with_?lease|options|flags|args|extra_?args)$/i,
    reason: "it can force-push, overwriting the history others share on the remote",
  },
  {
    id: "runs-project", domain: "code", when: "acting", category: "execute", risk: "critical",
    name: /\b(?:app|project)\s(?:dev|serve)\b|\b(?:start|run|launch)\s(?:\w+\s)?(?:dev|development)\sserver\b|\bdev\sserver\s(?:start|run|launch)\b/,
    text: /^(?:\w+\s){0,3}?(?:starts?|runs?|launch(?:es)?)\s(?:an?\s|the\s)?(?:local\s)?(?:development|dev)\sserver\b|\bruns? the (?:app|application|project) locally\b/,
    reason: "it starts the project's own code on this machine (a development server), and that code can do anything",
  },
  {
    id: "installs-extension", domain: "code", when: "acting", category: "execute", risk: "critical",
    name: /\b(?:install|load|sideload)\s(?:\w+\s)?(?:extension|extensions|addon|addons|add\son|plugin|plugins|unpacked)\b/,
    needsProperty: /^(?:path|dir|directory|archive_?path|file|file_?path|zip|xpi|crx|base64|data|extension_?path|plugin_?path|source|source_?path)$/i,
    reason: "it installs extension or plugin code from a file or data the caller supplies, which then runs with the application's privileges",
  },
  {
    id: "launches-binary", domain: "code", when: "acting", category: "execute", risk: "critical",
    name: /\b(?:start|restart|relaunch|launch|open|run)\b/,
    needsProperty: /^(?:\w+_?)?(?:binary|executable|exe)(?:_?path)?$|^(?:firefox|chrome|chromium|browser|app|application)_?(?:path|binary)$|^(?:script|program)_?(?:path|file)?$/i,
    reason: "it starts whatever program the caller points it at",
  },
  {
    // A batch job (JCL on a mainframe, a Slurm script) is a program the scheduler runs with the account's access.
    id: "submits-batch-job", domain: "code", when: "acting", category: "execute", risk: "critical",
    name: /\bsubmit\s(?:\w+\s)?(?:job|jobs|jcl|batch|sbatch)\b|\bsbatch\b/,
    text: /\bsubmits?\s(?:an?\s|the\s)?(?:\w+\s)?(?:jcl|batch job|slurm job|job script)\b|\bexecutes? an? batch job\b/,
    reason: "it submits a batch job, a program the scheduler then runs with the account's access",
  },
  {
    // A cron job runs its command on the host at every tick, with the account's access.
    id: "schedules-command", domain: "code", when: "acting", category: "execute", risk: "critical",
    name: /\b(?:create|add|update|set|new|schedule)\s(?:\w+\s){0,2}?(?:cron|cronjob|cronjobs|crontab|scheduled\stask)\b|\bcron\s(?:\w+\s)?(?:create|add|update|set)\b/,
    needsProperty: /^(?:command|cmd|script|shell_?command|exec|run)$/i,
    reason: "it schedules a command the caller writes, which then runs on the host at every tick",
  },
  {
    id: "deploys-function-code", domain: "code", when: "acting", category: "execute", risk: "critical",
    name: /\b(?:create|update|put|publish|deploy)\s(?:\w+\s)?(?:function|functions|resolver|resolvers|lambda|worker|workers|edge\sfunction)\b/,
    needsProperty: /^(?:code|source_?code|function_?code|handler_?code|script|zip_?file)$/i,
    reason: "it installs code the caller writes where the service will run it",
  },
  {
    // An issue handed to a coding agent ("Assign Copilot to the issue") comes back as code the agent wrote and ran in its own environment.
    id: "assigns-coding-agent", domain: "code", when: "acting", category: "execute", risk: "critical",
    name: /\bassign\s(?:\w+\s)?(?:copilot|devin|jules|codex)\b|\b(?:copilot|devin|jules)\s(?:assign|task|fix|agent)\b/,
    text: /^(?:\w+\s){0,2}?(?:assigns?|delegates?|hands?)\s(?:github\s)?(?:copilot|devin|jules|codex)\s(?:coding agent\s)?to\b|\b(?:assigns?|delegates?|hands?)\s(?:an?\s|the\s|this\s)?(?:\w+\s)?(?:issue|issues|task|tasks|ticket|tickets)\sto\s(?:github\s)?(?:copilot|devin|jules|codex|(?:an?\s|the\s)?(?:ai\s)?coding agent)\b/,
    zh: /(?:分配|指派|交给|委派)[^，。；\n]{0,8}?(?:Copilot|copilot|Devin|Codex|编码智能体|编程智能体|编程代理)/,
    // A review by Copilot reads the change; it writes no code.
    unless: /\breview\b/,
    reason: "it hands an issue to a coding agent, which writes code, runs it in its own environment and opens a pull request",
  },
  {
    // A deployed function invoked by name with the caller's payload: whichever of the account's functions the caller picks runs.
    id: "invokes-function", domain: "code", when: "always", category: "execute", risk: "critical",
    name: /\binvoke\s(?:\w+\s)?(?:function|functions|lambda|lambdas)\b|\b(?:function|functions|lambda)\s(?:invoke|invocation)\b/,
    text: /^(?:\w+\s){0,2}?invokes?\s(?:an?\s|the\s|any\s)?(?:deployed\s|serverless\s|cloud\s|edge\s)?(?:function|lambda)\b/,
    zh: /(?:调用|触发|执行)(?:云函数|函数计算|Lambda|lambda)/,
    reason: "it runs whichever of the account's deployed functions the caller names, with the caller's input",
  },
  {
    // Classes or modules swapped into a running program run inside it, with its memory and access.
    id: "loads-code-into-process", domain: "code", when: "acting", category: "execute", risk: "critical",
    name: /\bhot\s?swap\b|\bredefine\s(?:\w+\s)?classes\b|\b(?:inject|load)\s(?:\w+\s)?(?:dll|bytecode|classes)\b/,
    text: /\bhot-?swaps?\b[^.]{0,40}\b(?:classes|code|modules?)\b|\b(?:loads?|injects?)\s(?:\w+\s){0,3}?(?:classes|code|bytecode|modules?|dlls?|librar(?:y|ies))\s(?:\w+\s)?into\s(?:an?\s|the\s)?running\b/,
    zh: /(?:热替换|热加载|注入)[^，。；\n]{0,8}?(?:类|代码|字节码|模块|DLL|dll)/,
    reason: "it loads code into a running program, where it runs with that program's memory and access",
  },
  // ---- losing what was there -------------------------------------------------------------------
  {
    id: "overwrites-destination", domain: "data", when: "acting", category: "destructive", risk: "high",
    name: COPIES_OR_MOVES_NAME_RE,
    needsProperty: /^(?:overwrite|overwrite_?existing|force|replace|replace_?existing|clobber)$/i,
    reason: "it can overwrite what is already at the destination, which is then lost",
  },
  {
    id: "sync-deletes", domain: "data", when: "acting", category: "destructive", risk: "critical",
    name: /\b(?:sync|syncs|synchronize|synchronise|mirror)\b/,
    needsProperty: /^(?:delete|delete_?(?:extra|extraneous|orphans?|missing)\w*|prune|purge|remove_?(?:extra|extraneous|orphans?|missing)\w*)$/i,
    reason: "it can delete whatever the source lacks, many files or resources in one call",
  },
  {
    // A whole machine or database put back to an older copy: everything written since is gone.
    id: "restores-whole-system", domain: "data", when: "acting", category: "destructive", risk: "critical",
    name: /\b(?:restore|revert|rollback|rebuild|reimage)\s(?:\w+\s)?(?:droplets?|servers?|vps|instances?|vms?|machines?|databases?|db|disks?|volumes?|dns|zones?)\b|\b(?:droplet|server|vps|instance|vm|machine|database|db|disk|volume|dns|zone)\s(?:\w+\s)?(?:restore|revert|rollback|rebuild|reimage)\b/,
    reason: "it puts a whole server or database back to an older copy, and what changed since is lost",
  },
  {
    id: "releases-address", domain: "infrastructure", when: "acting", category: "destructive", risk: "critical",
    name: /\b(?:release|unreserve)\s(?:\w+\s)?(?:reserved\s|floating\s|elastic\s|static\s)?(?:ips?|ip\saddress(?:es)?|eips?|phone\snumbers?|dids?)\b|\b(?:ips?|eips?|phone\snumbers?)\s(?:release|unreserve)\b/,
    reason: "it gives up an address or phone number that cannot be claimed back",
  },
  {
    // Every session ended at once: the person is signed out on every device.
    id: "ends-all-sessions", domain: "access", when: "acting", category: "destructive", risk: "critical",
    name: /\b(?:logout|log\sout|signout|sign\sout|revoke|terminate|end|kill|invalidate)\s(?:all|every|other)\s(?:\w+\s)?sessions\b|\b(?:logout|signout)\s(?:all|everywhere)\b/,
    text: /\b(?:logs?|signs?) (?:\w+ )?out (?:of )?(?:all|every) (?:\w+ )?(?:sessions|devices)\b|\b(?:revokes?|terminates?|ends?|invalidates?) (?:all|every) (?:\w+ )?sessions\b/,
    reason: "it ends every session at once, signing people out everywhere",
  },
  {
    // One login session revoked: its person is signed out and must sign in again (a debugger's, a browser's or a shell's session is no login).
    id: "revokes-session", domain: "access", when: "acting", category: "destructive", risk: "critical",
    name: /\b(?:revoke|terminate|invalidate|kill)\s(?:\w+\s)?sessions?\b|\b(?:logout|signout)\s(?:\w+\s)?session\b/,
    text: /^(?:revokes?|terminates?|invalidates?)\s(?:an?\s|the\s|one\s)?(?:(?:specific|given|single|user'?s?|login|active|other)\s)*sessions?\b/,
    unless: NOT_LOGIN_SESSION_RE,
    reason: "it ends a login session, signing its person out until they sign in again",
  },
  {
    // A person's account switched off: they are locked out of everything it opens until someone switches it back on.
    id: "locks-out-user", domain: "access", when: "acting", category: "destructive", risk: "critical",
    name: /\b(?:deactivate|disable|suspend|lock)\s(?:\w+\s)?(?:user|users|member|members|employee|employees|identity|identities)\b|\b(?:user|users|member|members)\s(?:deactivate|disable|suspend|lock)\b/,
    reason: "it switches off a person's account, locking them out of everything it opens",
  },
  {
    // A credential rotated or its password changed: whoever holds the old one (people, apps, webhook receivers) is locked out.
    id: "replaces-credential", domain: "access", when: "acting", category: "destructive", risk: "critical",
    name: /\b(?:rotate|regenerate|roll|reset|change)\s(?:\w+\s){0,3}?(?:password|passwords|secret|secrets|key|keys|token|tokens|credential|credentials|passphrase)\b|\b(?:password|secret|key|token|credentials?)\s(?:rotate|rotation|regenerate|reset|change|roll)\b/,
    text: /^(?:\w+\s){0,2}?(?:rotates?|regenerates?|rolls?|changes?|resets?)\s(?:the\s|an?\s)?(?:[\w-]+\s){0,3}?(?:password|secret|client secret|signing secret|api key|access key|token)\b/,
    // A password policy or a reset e-mail changes no one's credential; a counter or a display setting holds none.
    unless: /\b(?:policy|policies|requirements?|strength|expiry|expiration|rules?|reset (?:e-?mail|link|request)|sends? (?:a |an )?(?:password )?reset|count|counter|keyboard|hotkey|shortcut|keybinding|translation)\b/,
    reason: "it replaces a credential, and whoever held the old one (people, apps or webhook receivers) is locked out",
  },
  {
    id: "runs-sql-file", domain: "code", when: "acting", category: "execute", risk: "high",
    name: /\b(?:import|restore|load|run|execute|exec|source|apply)\s(?:\w+\s)?(?:sql|dump|sql\sfile|sql\sdump|sql\sscript)\b/,
    text: /^(?:\w+\s){0,2}?(?:imports?|restores?|loads?|runs?|executes?)\s(?:an?\s|the\s)?(?:\.?sql)\s(?:file|dump|script|statements?\sfrom)\b|\bexecutes? (?:the )?sql (?:statements )?(?:from|in) (?:a |the )?(?:file|dump|script)\b/,
    reason: "it runs every statement of a SQL file against the database",
  },
  {
    id: "runs-query-language", domain: "code", when: "always", category: "execute", risk: "high",
    text: /^(?:\w+\s){0,2}?(?:executes?|runs?)\s(?:an?\s|the\s|any\s|arbitrary\s)?(?:[a-z]+ql|cypher|sparql|gremlin|aql|n1ql)\s(?:query|queries|statements?)\b/,
    needsProperty: /^(?:query|q|statement|ql|cypher|sparql|gremlin)$/i,
    reason: "it runs a query the caller writes against the data store",
  },
  {
    id: "starts-agent-in-terminal", domain: "code", when: "acting", category: "execute", risk: "critical",
    text: /\b(?:agents?|sub-?agents?|workers?)\b[^.]{0,30}\b(?:in|inside|into) (?:a |the |its |new |own )*(?:tmux|terminal|shell|pty) (?:panes?|windows?|sessions?)\b/,
    reason: "it starts an agent in a terminal, where it can run commands",
  },
  // ---- secrets -------------------------------------------------------------------------------
  {
    id: "reads-infra-state", domain: "secrets", when: "reading", category: "read", risk: "high",
    name: /\b(?:state|tfstate|outputs?)\b.*\b(?:terraform|tofu|pulumi|stack)\b|\b(?:terraform|tofu|pulumi|stack)\s(?:\w+\s)?(?:state|tfstate|outputs?|plan)\b|\b(?:show|get|read|pull|list)\s(?:\w+\s)?tfstate\b/,
    text: /\b(?:terraform|opentofu|tofu|pulumi|cloudformation)\b[^.]{0,40}\b(?:state|plan|outputs?)\b/,
    zh: /(?:Terraform|terraform|Pulumi|pulumi)[^，。；\n]{0,10}?(?:状态|state|计划|输出)/,
    // A registry's or the docs' account of a module (its declared inputs and outputs) holds no state.
    unless: /\b(?:registry|metadata|documentation|docs|search)\b/,
    reason: "infrastructure state and plan outputs hold secrets (passwords, keys, connection strings)",
  },
  {
    id: "reads-private-key", domain: "secrets", when: "reading", category: "read", risk: "high",
    name: /\b(?:private\skey|privatekey|mnemonic|seed\sphrase|keystore|secret\skey|recovery\sphrase)\b|\bexport\s(?:\w+\s)?(?:wallet|key|keys|keypair)\b/,
    text: /\b(?:returns?|exports?|reveals?|shows?|gets?|retrieves?|reads?)\s(?:\w+\s){0,3}?(?:private keys?|mnemonic|seed phrase|recovery phrase|secret keys?)\b/,
    zh: /(?:导出|获取|查看|返回|读取|显示)[^，。；\n]{0,10}?(?:私钥|助记词|密钥)/,
    reason: "it returns a private key or recovery phrase, which controls the assets behind it",
  },
  {
    // A domain's transfer code (EPP, auth-info) is all another registrar asks for to take the domain.
    id: "reads-domain-transfer-code", domain: "secrets", when: "reading", category: "read", risk: "high",
    name: /\b(?:epp|auth\s?info|authinfo)\b|\b(?:authorization|auth|transfer)\s(?:code|key)\b/,
    text: /\b(?:epp|auth-?info) (?:code|key)\b|\b(?:authori[sz]ation|auth|transfer) (?:\(epp\) )?code\b[^.]{0,60}\b(?:transfer|registrar)\b|\b(?:transfer|registrar)\b[^.]{0,60}\b(?:authori[sz]ation|auth|epp) code\b/,
    unless: /\b(?:oauth|exchange|pkce|redirect|callback)\b/,
    reason: "it returns a domain's transfer code, which lets whoever holds it move the domain to another registrar",
  },
  {
    // A managed database's user record is handed back with its password (DigitalOcean's, Aiven's, Scaleway's APIs do).
    id: "reads-database-user", domain: "secrets", when: "reading", category: "read", risk: "high", onServer: "infra",
    name: /\b(?:db|database|databases|cluster)\s(?:\w+\s)?users?\b/,
    text: /^(?:gets?|lists?|retrieves?|returns?|fetch(?:es)?)\s(?:an?\s|the\s|all\s)?(?:\w+\s){0,2}?database users?\b/,
    reason: "a managed database's user records carry the users' passwords",
  },
  {
    // A secret-scanning alert carries the secret it found, in full, so that it can be checked and rotated.
    id: "reads-secret-alert", domain: "secrets", when: "reading", category: "read", risk: "high",
    name: /\bsecret\s(?:scanning\s)?alerts?\b|\bleaked\s(?:secrets?|credentials?)\b/,
    text: /\bsecret[- ]scanning alerts?\b/,
    zh: /(?:密钥|秘密|凭据)(?:扫描|泄露)(?:告警|警报)/,
    reason: "a secret-scanning alert carries the leaked secret it found",
  },
  {
    // A payment gateway's settings hold the API keys the store charges cards with.
    id: "reads-payment-gateway", domain: "secrets", when: "reading", category: "read", risk: "high",
    name: /\bpayment\s(?:gateway|gateways|integration|integrations|config|configs|configuration|credentials)\b/,
    text: /^(?:\w+\s){0,3}?payment (?:config|configuration|credentials)\b|^(?:gets?|fetch(?:es)?|retrieves?|returns?|lists?)\s(?:\w+\s){0,3}?payment (?:gateway|integration|provider) (?:config|configuration|settings|credentials)s?\b/,
    zh: /(?:获取|查看|查询|读取|返回)[^，。；\n]{0,8}?(?:支付网关|支付渠道配置|支付配置|商户密钥)/,
    reason: "a payment gateway's settings hold the API keys its payments are made with",
  },
  // ---- infrastructure --------------------------------------------------------------------------
  {
    id: "changes-network-edge", domain: "infrastructure", when: "acting", category: "write", risk: "high",
    name: /\b(?:dns|firewall|firewalls|security\sgroup|nameservers?|load\sbalancer|loadbalancer|waf|vpc|subnet)\b/,
    zh: /(?:修改|添加|删除|更新|设置|配置|创建)[^，。；\n]{0,8}?(?:DNS|dns|域名解析|解析记录|防火墙|安全组|白名单|负载均衡)/,
    reason: "it changes DNS, firewalls or network routing, which decide where traffic goes and what gets in",
  },
  {
    id: "changes-cloud-network", domain: "infrastructure", when: "acting", category: "write", risk: "high", onServer: "infra",
    name: /\b(?:domain|domains|ingress|cdn|route|routes|gateway|gateways|certificate|certificates)\b/,
    reason: "it changes how traffic reaches the account's services",
  },
  {
    id: "changes-compute", domain: "infrastructure", when: "acting", category: "write", risk: "high",
    name: /\b(?:droplet|droplets|vm|vms|instance|instances|cluster|clusters|node\spool|nodepool|kubernetes|k8s|database\scluster)\b/,
    zh: /(?:创建|新建|扩容|缩容|重启|关机|修改|变更)[^，。；\n]{0,8}?(?:云服务器|实例|集群|虚拟机|ECS|ecs|容器服务|节点池)/,
    unless: /\b(?:component|class|symbol|template|widget|block)\sinstances?\b/,
    reason: "it creates or changes cloud resources that cost money and serve others",
  },
  {
    // "snapshot-droplet": on a cloud account, snapshotting a machine makes a new, billed resource (a browser's snapshot reads a page).
    id: "snapshots-machine", domain: "infrastructure", when: "always", category: "write", risk: "high", onServer: "infra",
    name: /^snapshot\s(?:\w+\s)?(?:droplets?|volumes?|instances?|vms?|disks?|servers?|machines?|clusters?)$/,
    reason: "it makes a snapshot of a cloud machine or disk, a new resource the account pays for",
  },
  {
    id: "changes-cloud-storage", domain: "infrastructure", when: "acting", category: "write", risk: "high", onServer: "infra",
    name: /\b(?:server|servers|disk|disks|volume|volumes|image|images|snapshot|snapshots|vps|container|containers|project|projects)\b/,
    // Choosing which project later calls use ("select_project") changes no project.
    unless: /\b(?:support|case|ticket|note|comment|tag|tags|label|labels|metadata)\b|^(?:select|switch|use|choose)\s/,
    reason: "it changes servers, disks or images of the cloud account",
  },
  {
    // A deployed service's environment variables are its configuration and the secrets it runs with.
    id: "sets-service-env", domain: "infrastructure", when: "acting", category: "write", risk: "high", onServer: "infra",
    name: /\b(?:add|update|set|put|create|upsert|edit|change|modify)\s(?:\w+\s){0,2}?(?:env|environment)\s(?:var|vars|variable|variables)\b|\b(?:env|environment)\s(?:var|vars|variable|variables)\s(?:add|update|set|put|create|upsert|edit)\b/,
    reason: "it sets a deployed service's environment variables: its configuration and the secrets it runs with",
  },
  // ---- access ---------------------------------------------------------------------------------
  {
    // A mailbox's delegates, forwarding addresses, send-as aliases, auto-replies, IMAP access and
    // S/MIME keys decide who reads it, who writes as it and where its mail goes.
    id: "changes-mailbox-access", domain: "access", when: "acting", category: "write", risk: "high", onServer: "mail",
    name: /\b(?:delegate|delegates|forwarding|autoforwarding|send\sas|sendas|alias|aliases|vacation|autoreply|auto\sreply|responder|autoresponder|imap|pop|smime|s\smime)\b/,
    reason: "it changes who can read or send as the mailbox, or where its mail goes or is answered from",
  },
  {
    id: "creates-share-link", domain: "access", when: "always", category: "write", risk: "high",
    name: /\b(?:create|generate|make|new)\s(?:\w+\s)?(?:share|sharing|public|invite|invitation|magic)\s(?:link|url)\b/,
    zh: /(?:创建|生成)[^，。；\n]{0,6}?(?:分享链接|共享链接|邀请链接|公开链接)/,
    reason: "it makes a link that gives whoever holds it access",
  },
  {
    id: "grants-access", domain: "access", when: "acting", category: "write", risk: "high",
    name: /\b(?:share|sharing)\b|\b(?:create|get|generate|make)\s(?:\w+\s)?(?:share|public|invite|invitation|magic)\s(?:link|url)\b|\b(?:invite|invitation|invitations)\b|\b(?:restrict|restriction|restrictions|unrestrict)\b|\bexpose\s(?:\w+\s)?(?:port|ports|service)\b|\b(?:create|add)\s(?:\w+\s)?(?:db|database|mysql|postgres|sql)?\s?user\b|\buser\s(?:create|add)\b/,
    zh: /(?:创建|生成|获取)[^，。；\n]{0,6}?(?:分享链接|共享链接|邀请链接)|(?:邀请|授予|授权|共享给|分享给)[^，。；\n]{0,8}?(?:成员|用户|权限|管理员)|(?:设置|修改)[^，。；\n]{0,6}?(?:权限|可见范围|公开)/,
    unless: /\b(?:join|joins|accept|accepts|reinvite|resend|resends|remind)\b/,
    reason: "it changes who can see or do what (shares, invitations, restrictions)",
  },
  {
    id: "changes-visibility", domain: "access", when: "acting", category: "write", risk: "high",
    name: /\b(?:update|edit|set|change|modify|patch|toggle|make|configure)\b/,
    text: /\bmakes? (?:it |them |the \w+ |an? \w+ )?(?:public|private|publicly (?:visible|accessible))\b|\bchanges? (?:its |the |their )?(?:visibility|privacy)\b/,
    needsProperty: /^(?:is_?)?(?:public|private|visibility|privacy|confidential|publicly_?(?:visible|accessible))$/i,
    reason: "it can change who can see what it edits (public or private)",
  },
  {
    id: "says-it-changes-visibility", domain: "access", when: "acting", category: "write", risk: "high",
    text: /\b(?:updates?|changes?|sets?|edits?|modif(?:y|ies)|toggles?)\b[^.]{0,60}\b(?:its |their |the )?(?:visibility|privacy(?: settings?)?)\b|\bsets? [^.]{0,60}\bto public\b|\b(?:makes?|becomes?|made|will be) (?:\w+ ){0,3}publicly (?:accessible|available|visible)\b/,
    reason: "it can change who can see what it edits (public or private)",
  },
  {
    id: "publishes-to-registry", domain: "access", when: "acting", category: "write", risk: "high",
    name: /\b(?:push|publish)\s(?:\w+\s)?(?:model|models|package|packages|image|images|extension|plugin)\b/,
    text: /\b(?:push|pushes|publish|publishes|uploads?)\s(?:\w+\s){0,4}?to (?:the |a |an )?(?:\w+\s)?(?:registry|hub|marketplace)\b/,
    reason: "it publishes to a registry where others can download and run it",
  },
  {
    id: "changes-live-schema", domain: "infrastructure", when: "acting", category: "write", risk: "high",
    name: /\b(?:push|apply|deploy)\s(?:\w+\s)?(?:schema|schemas|perms|permissions|rules|migration|migrations)\b/,
    reason: "it changes the live app's schema or access rules, which every user of the app depends on",
  },
  {
    id: "toggles-feature-flag", domain: "infrastructure", when: "acting", category: "write", risk: "high",
    name: /\b(?:toggle|enable|disable|turn\son|turn\soff|set|manage|update)\s(?:\w+\s)?(?:flag|flags)\s?(?:state|status)?\b|\bflag\s(?:state|toggle|enable|disable)\b/,
    text: /\b(?:enable|disable|toggle|turn on|turn off)s?\b[^.]{0,40}\b(?:feature )?flags?\b[^.]{0,40}\b(?:environments?|production|all users)\b/,
    unless: /\b(?:cli|compiler|eslint|lint|build|debug)\s(?:flag|flags)\b/,
    reason: "it switches a feature on or off for everyone using the live service",
  },
  {
    id: "returns-login-link", domain: "secrets", when: "always", category: "read", risk: "high",
    name: /\b(?:sso|login|signon|magic|impersonation|autologin)\s(?:link|url|token)\b|\bsign\son\s(?:link|url)\b/,
    text: /\b(?:sign[- ]on|single sign-on|sso|log-?in|auto-?login|magic|impersonation) (?:link|url)\b/,
    reason: "it returns a link that logs whoever opens it in, which is as good as a password",
  },
  // ---- operations ----------------------------------------------------------------------------------
  {
    id: "silences-alerts", domain: "infrastructure", when: "acting", category: "write", risk: "high",
    name: /\b(?:create|add|set|schedule)\s(?:\w+\s)?(?:silence|silences|downtime|downtimes|maintenance\swindow)\b|\bsilence\b|\b(?:mute|disable|snooze|suppress)\s(?:\w+\s)?(?:alert|alerts|monitor|monitors|alarm|alarms|alerting)\b/,
    reason: "it hides alerts that people rely on to notice an outage or an attack",
  },
  {
    id: "changes-ci-pipeline", domain: "code", when: "acting", category: "write", risk: "high",
    text: /\b(?:ci\/cd|ci) pipelines?\b|\bpipeline'?s? (?:yaml|steps|configuration)\b/,
    reason: "it changes a CI pipeline, whose steps run on build machines with the repository's secrets",
  },
  {
    id: "attaches-debugger", domain: "code", when: "acting", category: "write", risk: "high",
    name: /\battach\s(?:\w+\s)?(?:to\s)?(?:process|pid|debugger)\b|\b(?:create|start)\s(?:\w+\s)?debug\s(?:session|process)\b/,
    reason: "it attaches a debugger to a running process, which can read and change its memory",
  },
  // ---- reaching people ----------------------------------------------------------------------------
  {
    id: "calls-or-texts", domain: "people", when: "acting", category: "write", risk: "high",
    name: /\b(?:send|create|make|place|start|initiate|trigger|schedule)\s(?:\w+\s)?(?:sms|mms|text\smessage|phone\scall|voice\scall|outbound\scall|pager|robocall)\b|\b(?:sms|mms|robocall)\b|\b(?:create|make|place|start|initiate)\s(?:\w+\s)?(?:call|calls)\b/,
    // "Send an outbound message (SMS, Email, WhatsApp ...)": a message whose channel can be a phone's.
    text: /\bsends?\s(?:an?\s|the\s)?(?:\w+\s){0,2}?(?:messages?|notifications?|texts?)\b[^.]{0,30}?\b(?:sms|whatsapp)\b/,
    zh: /(?:发送|群发)[^，。；\n]{0,6}?短信|(?:拨打|呼叫|外呼)[^，。；\n]{0,6}?(?:电话|号码)?/,
    needsProperty: /phone|number|customer|to$|recipient|sms|mobile|手机/i,
    reason: "it phones or texts people, who cannot ignore it the way they ignore an email",
  },
  // ---- data leaving ----------------------------------------------------------------------------
  {
    id: "sends-to-url", domain: "egress", when: "acting", category: "write", risk: "high",
    name: /\b(?:create|add|register|subscribe)\s(?:\w+\s)?(?:webhook|webhooks|callback|destination|sink)\b|\b(?:webhook|webhooks)\s(?:create|add|register|subscribe)\b|\bexport\s(?:\w+\s)?to\s(?:url|s3|bucket|endpoint)\b/,
    zh: /(?:创建|添加|注册|配置|设置)[^，。；\n]{0,6}?(?:Webhook|webhook|回调地址|回调URL|推送地址)/,
    reason: "it sets up data to be sent to an address the caller chooses, call after call",
  },
  {
    // Pointing an existing webhook at a new address sends its data there as surely as creating one.
    id: "repoints-webhook", domain: "egress", when: "acting", category: "write", risk: "high",
    name: /\b(?:update|edit|set|change|modify|patch|configure)\s(?:\w+\s)?(?:webhook|webhooks|callback|destination|sink)\b|\b(?:webhook|webhooks)\s(?:update|edit|set|patch)\b/,
    zh: /(?:修改|更新)[^，。；\n]{0,6}?(?:Webhook|webhook|回调地址|回调URL|推送地址)/,
    needsProperty: /^(?:url|uri|endpoint|target_?url|webhook_?url|callback_?url|destination|destination_?url|address)$/i,
    reason: "it can point data that is sent call after call at a new address the caller chooses",
  },
];

/** A tool that calls any method or path of an API: its input names the method, path or command. */
export const PASS_THROUGH_NAME_RE = /^(?:[a-z0-9]+\s)?(?:(?:make|send|perform|execute|call|invoke|run)\s)?(?:an?\s)?(?:api|http|https|rest|raw|generic|custom)\s(?:request|requests|call|calls)$|^(?:[a-z0-9]+\s)?(?:call|invoke|execute|run)\s(?:any\s)?(?:api|endpoint|endpoints|operation|method|cli)$|^(?:[a-z0-9]+\s)?(?:aws|gcloud|az|kubectl|doctl|gh|stripe)\s(?:cli|command|exec|call|run)$|^(?:call|run|execute|use)\s(?:aws|gcp|azure|gcloud)(?:\s(?:cli|command|api))?$/;
export const PASS_THROUGH_TEXT_RE = /\b(?:any|arbitrary|generic|raw)\s(?:\w+\s)?(?:api|http|rest|graphql)?\s?(?:endpoint|endpoints|request|requests|method|methods|operation|operations|call|calls)\b|\bmake (?:an? )?(?:authenticated )?(?:api|http|rest) (?:request|call)\b|\b(?:aws|azure|gcloud|google cloud|kubectl|doctl) cli commands?\b|\b(?:any|arbitrary)\s(?:\w+\s)?(?:task|tasks|action|actions)\b[^.]{0,40}\b(?:connected|linked|integrated)\s(?:services|apps|accounts|integrations|tools)\b/;
/** Input properties that carry an HTTP method and a path or endpoint. */
export const PASS_THROUGH_METHOD_KEY = /^(?:method|http_?method|verb|request_?method)$/i;
export const PASS_THROUGH_PATH_KEY = /^(?:path|endpoint|url|uri|route|api_?path|resource_?path|operation_?id|command|cli_?command)$/i;
/** A connected service picked by the caller, and one of its endpoints or operations by name: "service: stripe, endpoint: create_customer". */
export const PASS_THROUGH_SERVICE_KEY = /^(?:service|service_?name|app|app_?name|integration|connector|toolkit|plugin)$/i;
export const PASS_THROUGH_ENDPOINT_KEY = /^(?:endpoint|endpoint_?name|operation|operation_?name|operation_?id|method|method_?name)$/i;

/** Server words for password managers and secret stores: their items are secrets. */
export const SECRET_STORE_SERVER = new Set(["bitwarden", "1password", "onepassword", "lastpass", "keepass", "keepassxc", "dashlane", "vault", "infisical", "doppler", "secrets", "secret", "passbolt", "keychain", "vaultwarden"]);
/** What a secret store holds: reading one of these returns a secret. */
export const SECRET_STORE_ITEMS = new Set(["item", "items", "login", "logins", "secret", "secrets", "password", "passwords", "note", "notes", "card", "cards", "identity", "send", "attachment", "value", "values", "env", "credential", "credentials", "totp", "field", "fields", "entry", "entries", "key", "keys"]);

/** What logs are called: their lines collect personal data and secrets. */
export const LOG_OBJECTS = new Set(["logs", "log", "logcat", "journal", "syslog"]);
/** Caches and key-value stores: any key's value may be a session or a token. */
export const KV_SERVER = new Set(["redis", "memcached", "valkey", "kv", "etcd", "consul", "cache"]);
/** Tools that search inside files and return the matching lines. */
export const SEARCH_IN_FILES_RE = /\b(?:ripgrep|rg|grep|ag)\b|\bsearch\s(?:in\s(?:files|file\scontents?|code)|file\scontents?|code)\b|\badvanced\ssearch\b/;
/** A search whose description says it looks inside files ("search files for patterns using ripgrep"), not for their names. */
export const SEARCH_IN_FILES_DESC_RE = /\b(?:ripgrep|grep)\b|\bsearch(?:es)? (?:the )?(?:text|contents?) (?:of|in|within|inside) (?:\w+ )?files\b|\bsearch(?:es)? (?:\w+ )?files for (?:text|patterns?|strings?|regex)\b|\bmatching lines\b|\bline numbers\b|\bby (?:name ?(?:\/|or|and) ?)?contents?\b/;
/** A description that says the tool takes a local file path (and so reads that file). */
export const LOCAL_PATH_NOTE_RE = /\b(?:local (?:file )?path|local file|path to (?:a |the )?(?:local )?(?:file|image|video|document)|file path or (?:a )?url|local or remote (?:image|file|video)|absolute path to)\b/i;

/** Verbs whose meaning rarely surprises (get, list, create, delete ...): calibration tells them apart. */
export const PLAIN_VERBS = new Set(["get", "list", "search", "find", "describe", "show", "view", "lookup", "fetch", "read", "retrieve", "query", "count", "check", "inspect", "create", "update", "add", "delete", "remove", "send", "set"]);

/**
 * A sentence that says the call itself is paid for, read or not ("Requires X402 micropayment
 * (0.01 USDC).", "PAID $0.001 USDC via x402.", "Each search costs ..."): a look-up that pays per call moves money.
 * Only at a sentence's start, so "check whether a URL requires payment" is not one.
 */
export const PAYS_PER_CALL_RE = /(?:^|[.!;:]\s)(?:requires?|costs?)\s(?:an?\s)?(?:x402\s|usdc\s)?(?:micro)?payments?\b|(?:^|[.!;:]\s)(?:costs?|requires?|paid|price:?)\s\$\s?\d|\$\s?\d[\d.]*\s(?:usdc|usdt)?\s?(?:via|over|using|through) x402\b|\b(?:each|every|per) (?:call|search|request|query|lookup|run) (?:costs?|is (?:charged|billed))\b|(?:^|[.!;:]\s)(?:the )?(?:price|pricing) varies (?:per|by) (?:listing|call|request|tier|naming tier|endpoint)\b/;
/** Work the call starts that is paid for ("Start a paid video from a script"): not a plan that is paid, which a cancellation ends. */
export const STARTS_PAID_WORK_RE = /\b(?:starts?|creates?|runs?|orders?|generates?|launch(?:es)?|books?|requests?|submits?)\s(?:an?\s|the\s)?paid\b(?!\s(?:plans?|tiers?|subscriptions?|accounts?)\b)/;
/**
 * The author's own warning that a call loses something ("DESTRUCTIVE: the original will no longer
 * exist", "CAUTION: may lose uncommitted changes"): a write that says so destroys. "Non-destructive:" is not one.
 */
export const AUTHOR_WARNS_LOSS_RE = /(?<![\w-])destructive\s?(?:[:!]|\(|-\s)|\b(?:may|can|will|could)\s(?:\w+\s)?(?:lose|discard|destroy|overwrite)\s(?:all\s|any\s|your\s)?(?:uncommitted|unsaved|unstaged|local|existing)\s(?:changes|work|edits|files|data)\b/;
/** A description that says the call spends money ("requires a USDC payment", "charges the card"). */
export const SPENDS_MONEY_RE = /\b(?:requires?|pays?|paying|charges?|charging|costs?|deducts?|debits?)\b(?:[^.\n]|\.(?=\d)){0,40}(?:\b(?:usdc|usdt|payment|usd|eur|card|wallet|fee)\b|\$\s?\d)|\b(?:each|every)\b[^.\n]{0,40}?\b(?:is|are) (?:charged|billed)\b|\b(?:x402|paid (?:task|order|post|plan))\b|\breleases? (?:\w+ ){0,2}payments?\b|\b(?:get|gets|are|is) paid (?:automatically|instantly|per|on|for)\b|\bfunds? (?:the |a |an )?(?:\w+ )?(?:prize|bounty|reward|escrow|campaign|contest)\b/;
