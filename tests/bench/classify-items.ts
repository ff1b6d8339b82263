/**
 * The tools the classifier benchmarks run on: the real corpus (../shared/corpus/servers, or
 * CATALOGUE_CORPUS_DIR) when present, else a varied synthetic set.
 */
import { existsSync } from "node:fs";
import type { McpTool, ServerIdentity } from "../../lib/mcp/schema";
import { CORPUS_DIR } from "./classify-labels";
import { readServerSnapshots } from "./server-snapshots";

export type BenchItem = { tool: McpTool; server: ServerIdentity };

export function benchItems(): { items: BenchItem[]; fromCorpus: boolean } {
  const fromCorpus = existsSync(CORPUS_DIR);
  return { items: fromCorpus ? corpusItems() : syntheticItems(), fromCorpus };
}

function corpusItems(): BenchItem[] {
  return readServerSnapshots(CORPUS_DIR).flatMap(({ slug, title, tools }) => {
    const server: ServerIdentity = { slug, title };
    return tools.map((tool) => ({ tool, server }));
  });
}

/** A varied synthetic set: every case style, English and Chinese, schemas and annotations. */
function syntheticItems(): BenchItem[] {
  const verbs = ["get", "list", "search", "create", "update", "delete", "send", "execute", "run", "pay", "refund", "terminate", "export", "batch_delete", "set"];
  const objects = ["message", "repo", "account", "session", "user", "file", "query", "invoice", "channel", "cluster", "secret", "contacts"];
  const zh = ["获取所有联系人", "删除消息", "批量导出多个账号的Session字符串", "发送消息到指定聊天", "终止指定会话", "执行SQL查询", "创建频道"];
  const items: BenchItem[] = [];
  let i = 0;
  for (const verb of verbs) {
    for (const object of objects) {
      const style = i % 5;
      const name =
        style === 0 ? `${verb}_${object}` : style === 1 ? `${verb}${object[0]!.toUpperCase()}${object.slice(1)}` : style === 2 ? `${object}.${verb}` : style === 3 ? `Svc_${verb}-${object}` : `${verb.toUpperCase()}_${object}`;
      const description = i % 3 === 0 ? zh[i % zh.length]! : `${verb[0]!.toUpperCase()}${verb.slice(1)}s the ${object}. Returns the result as JSON for the caller to inspect.`;
      items.push({
        tool: {
          name,
          description,
          inputSchema: { type: "object", properties: { id: { type: "string" }, ids: { type: "array" }, query: { type: "string" }, path: { type: "string" } } },
          annotations: i % 4 === 0 ? { readOnlyHint: true } : undefined,
        },
        server: { slug: `synthetic-${i % 7}` },
      });
      i++;
    }
  }
  return items;
}
