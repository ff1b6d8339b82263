/**
 * The fixed query set of `npm run bench:search`, against the synthetic corpus (seeded, so
 * every name below exists in it). Kinds: exact names, prefixes, typos, Chinese, several
 * words, and filters (AND across facets, OR within one).
 */
export interface BenchQuery {
  kind: "exact" | "prefix" | "typo" | "chinese" | "multi" | "filter";
  q: string;
  risk?: string[];
  category?: string[];
}

export const BENCH_QUERIES: BenchQuery[] = [
  { kind: "exact", q: "execute_sql" },
  { kind: "exact", q: "delete_repository" },
  { kind: "exact", q: "send_message" },
  { kind: "exact", q: "terminate_session" },
  { kind: "exact", q: "exportWebhookLatest" },
  { kind: "exact", q: "stripe-mcp" },
  { kind: "exact", q: "kubernetes-mcp" },
  { kind: "exact", q: "create_payment" },
  { kind: "prefix", q: "kube" },
  { kind: "prefix", q: "tele" },
  { kind: "prefix", q: "refu" },
  { kind: "prefix", q: "purg" },
  { kind: "prefix", q: "webh" },
  { kind: "prefix", q: "notio" },
  { kind: "prefix", q: "sla" },
  { kind: "typo", q: "telgram" },
  { kind: "typo", q: "kubernets" },
  { kind: "typo", q: "stirpe" },
  { kind: "typo", q: "sesion" },
  { kind: "typo", q: "refnud" },
  { kind: "typo", q: "databse" },
  { kind: "chinese", q: "会话" },
  { kind: "chinese", q: "导出" },
  { kind: "chinese", q: "删除消息" },
  { kind: "chinese", q: "终止会话" },
  { kind: "chinese", q: "支付" },
  { kind: "multi", q: "stripe refund" },
  { kind: "multi", q: "delete repository" },
  { kind: "multi", q: "send slack message" },
  { kind: "multi", q: "run sql query" },
  { kind: "multi", q: "github pull request" },
  { kind: "filter", q: "delete", risk: ["critical"] },
  { kind: "filter", q: "message", category: ["destructive"] },
  { kind: "filter", q: "refund", risk: ["critical"], category: ["financial"] },
  { kind: "filter", q: "github", risk: ["high", "critical"] },
  { kind: "filter", q: "session", risk: ["critical"], category: ["destructive", "execute"] },
];
