import type { Category, RiskLevel } from "../taxonomy";

/**
 * The synthetic corpus's proportions and words. The proportions were measured once, at
 * development time, over ../shared/corpus (106 real servers, 2,347 tools) with a keyword
 * pass over tool names; only the resulting numbers are kept here, never corpus text.
 */

/** Share of tools per category (corpus: 1544 read, 534 write, 160 destructive, 83 execute, 26 financial). */
export const CATEGORY_MIX: Record<Category, number> = {
  read: 0.658,
  write: 0.228,
  destructive: 0.068,
  execute: 0.035,
  financial: 0.011,
};

/** Risk given category, following lib/taxonomy/RUBRIC.md's starting levels and the usual raises. */
export const RISK_MIX: Record<Category, Partial<Record<RiskLevel, number>>> = {
  read: { low: 0.8, medium: 0.15, high: 0.05 },
  write: { low: 0.05, medium: 0.75, high: 0.2 },
  destructive: { high: 0.6, critical: 0.4 },
  execute: { high: 0.3, critical: 0.7 },
  financial: { high: 0.3, critical: 0.7 },
};

/** Tool name styles (corpus: 2004 snake_case, 143 camelCase, 111 kebab-case, 89 single words). */
export const NAME_STYLE_MIX = { snake: 0.854, camel: 0.061, kebab: 0.047, plain: 0.038 } as const;

/** Share of tools described in Chinese (corpus: 153 of 2,347). */
export const CHINESE_SHARE = 0.065;

/** Tools per server: log-normal, median 9 as in the corpus, mean near 10 as the issue asks. */
export const TOOLS_PER_SERVER = { mu: 2.12, sigma: 0.6, max: 120 } as const;

export const SERVICES = [
  "github", "gitlab", "bitbucket", "jira", "linear", "asana", "trello", "notion", "confluence", "slack",
  "discord", "telegram", "whatsapp", "teams", "zoom", "gmail", "outlook", "calendar", "drive", "dropbox",
  "box", "onedrive", "s3", "gcs", "azure", "aws", "gcp", "cloudflare", "vercel", "netlify",
  "heroku", "kubernetes", "docker", "terraform", "ansible", "jenkins", "circleci", "sentry", "datadog", "grafana",
  "prometheus", "elastic", "postgres", "mysql", "sqlite", "mongodb", "redis", "neo4j", "snowflake", "bigquery",
  "supabase", "firebase", "airtable", "sheets", "excel", "hubspot", "salesforce", "zendesk", "intercom", "freshdesk",
  "stripe", "paypal", "square", "shopify", "woocommerce", "quickbooks", "xero", "plaid", "coinbase", "binance",
  "alpaca", "twitter", "reddit", "youtube", "spotify", "figma", "canva", "miro", "obsidian", "todoist",
  "evernote", "wordpress", "contentful", "sanity", "algolia", "pinecone", "weaviate", "openai", "anthropic", "huggingface",
  "playwright", "puppeteer", "browser", "filesystem", "shell", "git", "npm", "pypi", "arxiv", "wikipedia",
  "weather", "maps", "twilio", "sendgrid", "mailchimp", "calendly", "okta", "auth0", "vault", "1password",
  "bitwarden", "pagerduty", "opsgenie", "statuspage", "mixpanel", "amplitude", "segment", "posthog", "tableau", "looker",
] as const;

export const SERVICE_NOUNS = [
  "message", "channel", "user", "file", "folder", "issue", "pull_request", "repository", "branch", "commit",
  "record", "table", "document", "page", "event", "task", "project", "comment", "customer", "contact",
  "invoice", "charge", "order", "product", "subscription", "session", "team", "member", "role", "webhook",
  "dashboard", "alert", "incident", "deployment", "cluster", "pod", "bucket", "object", "secret", "key",
  "token", "workflow", "pipeline", "job", "note", "label", "ticket", "report", "metric", "log",
  "database", "index", "collection", "playlist", "video", "post", "thread", "reaction", "dialog", "draft",
] as const;

export const VERBS: Record<Category, readonly string[]> = {
  read: ["get", "list", "search", "fetch", "read", "describe", "find", "show", "inspect", "lookup", "count", "export", "download", "check", "view", "query_status"],
  write: ["create", "update", "add", "send", "post", "upload", "set", "rename", "move", "schedule", "invite", "archive", "pin", "reply", "forward", "edit", "assign", "tag", "publish", "start", "stop"],
  destructive: ["delete", "remove", "drop", "purge", "terminate", "revoke", "ban", "reset", "clear", "uninstall", "kill", "wipe", "destroy", "truncate"],
  execute: ["execute_sql", "run_query", "run_script", "exec_command", "eval_js", "run_shell", "run_notebook_cell", "execute_code", "run_cypher", "evaluate"],
  financial: ["create_payment", "refund", "create_transfer", "place_order", "cancel_order", "create_payout", "purchase", "create_invoice", "update_subscription", "charge"],
};

export const VERB_PHRASES: Record<Category, readonly string[]> = {
  read: ["Returns", "Lists", "Retrieves", "Searches for", "Fetches", "Shows details of", "Looks up"],
  write: ["Creates", "Updates", "Adds", "Sends", "Posts", "Uploads", "Changes", "Schedules", "Renames"],
  destructive: ["Deletes", "Permanently removes", "Purges", "Terminates", "Revokes", "Drops", "Wipes"],
  execute: ["Runs", "Executes", "Evaluates"],
  financial: ["Charges", "Refunds", "Transfers money for", "Places", "Pays", "Bills"],
};

export const QUALIFIERS = ["", "", "", "by_id", "details", "batch", "all", "info", "bulk", "v2", "async", "latest"] as const;

export const DETAILS = [
  "Supports pagination with a cursor.",
  "Requires an API token with the right scope.",
  "Results are sorted by most recent first.",
  "Accepts filters by date range and status.",
  "Returns JSON with ids and timestamps.",
  "Use the id returned by the list tool.",
  "Works across all workspaces the account can see.",
  "Rate limited to 60 calls per minute.",
  "",
  "",
];

export const SERVER_PHRASES = [
  "MCP server for {S}: {a}, {b} and {c} from your AI assistant.",
  "Connects agents to {S} so they can {a} and {b}.",
  "A Model Context Protocol server that exposes the {S} API: {a}, {b}, {c}.",
  "Unofficial {S} integration for MCP clients. Lets the model {a} and {b}.",
  "Lightweight {S} tools for Claude, Cursor and other MCP hosts.",
];

export const ZH_VERBS: Record<Category, readonly string[]> = {
  read: ["获取", "列出", "搜索", "查看", "导出", "查询"],
  write: ["创建", "更新", "发送", "添加", "上传", "转发"],
  destructive: ["删除", "终止", "清空", "撤销", "移除"],
  execute: ["执行", "运行"],
  financial: ["支付", "退款", "下单", "转账"],
};

export const ZH_NOUNS = ["消息", "会话", "用户", "文件", "频道", "联系人", "订单", "记录", "任务", "文档", "群组", "评论", "账户", "数据库", "日志"];

/** Syllables for made-up project and owner names, the long tail of a real index. */
export const SYLLABLES = [
  "ka", "zu", "mi", "ro", "tel", "vex", "qua", "nix", "lo", "bra", "dor", "fi", "gen", "hal", "jo", "kor",
  "lum", "mor", "nel", "ox", "pix", "ryn", "sol", "tor", "ul", "vin", "wex", "yar", "zen", "cy", "dra", "el",
];
