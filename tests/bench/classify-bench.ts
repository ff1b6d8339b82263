/**
 * Classifier throughput: `npm run bench:classify [-- --tools N]`. Classifies N tools
 * (default 400,000) on one core and prints tools/second and the total time. The tools
 * replicate the real corpus (../shared/corpus/servers) when present, else a synthetic
 * varied set. Prints figures only; the target (400,000 in under 10 s) is read, not asserted.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { classifyTool } from "../../lib/classify";
import { mcpToolSchema, type McpTool, type ServerIdentity } from "../../lib/mcp/schema";
import { CORPUS_DIR } from "./classify-labels";

const countArg = process.argv.indexOf("--tools");
const TOTAL = countArg > 0 ? Number(process.argv[countArg + 1]) : 400_000;

type Item = { tool: McpTool; server: ServerIdentity };

function corpusItems(): Item[] {
  const items: Item[] = [];
  for (const file of readdirSync(CORPUS_DIR)) {
    if (!file.endsWith(".json")) continue;
    const data = JSON.parse(readFileSync(path.join(CORPUS_DIR, file), "utf8")) as { server: { slug: string; title?: string }; tools: unknown[] };
    const server: ServerIdentity = { slug: data.server.slug, title: data.server.title ?? undefined };
    for (const raw of data.tools) {
      const parsed = mcpToolSchema.safeParse(raw);
      if (parsed.success) items.push({ tool: parsed.data, server });
    }
  }
  return items;
}

/** A varied synthetic set: every case style, English and Chinese, schemas and annotations. */
function syntheticItems(): Item[] {
  const verbs = ["get", "list", "search", "create", "update", "delete", "send", "execute", "run", "pay", "refund", "terminate", "export", "batch_delete", "set"];
  const objects = ["message", "repo", "account", "session", "user", "file", "query", "invoice", "channel", "cluster", "secret", "contacts"];
  const zh = ["获取所有联系人", "删除消息", "批量导出多个账号的Session字符串", "发送消息到指定聊天", "终止指定会话", "执行SQL查询", "创建频道"];
  const items: Item[] = [];
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

const fromCorpus = existsSync(CORPUS_DIR);
const items = fromCorpus ? corpusItems() : syntheticItems();
// Warm up the JIT on one pass, then time the full run.
for (const { tool, server } of items) classifyTool(tool, server);
let checksum = 0;
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
for (let n = 0; n < TOTAL; n++) {
  const { tool, server } = items[n % items.length]!;
  checksum += classifyTool(tool, server).confidence;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(`source: ${fromCorpus ? `real corpus (${items.length} distinct tools, replicated)` : `synthetic (${items.length} distinct tools, replicated)`}`);
console.log(`tools classified: ${TOTAL.toLocaleString("en")}`);
console.log(`total time: ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU (one thread; wall time includes waiting for a shared core)`);
console.log(`throughput: ${Math.round(TOTAL / seconds).toLocaleString("en")} tools/second wall, ${Math.round(TOTAL / cpuSeconds).toLocaleString("en")} tools/second of CPU`);
console.log(`per tool: ${((cpuSeconds / TOTAL) * 1e6).toFixed(1)} µs CPU; target 400,000 tools in under 10 s = 25 µs per tool`);
console.log(`checksum ${checksum.toFixed(0)}`);
