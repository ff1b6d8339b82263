/**
 * Words for a verdict: the rationale (this tool's action, object and blast radius, built
 * from what was detected) and the one-line policy reason a person reads in policy.json.
 */
import { RECOMMENDATION_TABLE } from "../policy/recommend";
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
};

const IRREGULAR: Record<string, string> = {
  do: "does", go: "goes", reply: "replies to", "reply to": "replies to", copy: "copies", apply: "applies", query: "queries",
  identify: "identifies", classify: "classifies", verify: "verifies", modify: "modifies", notify: "notifies", empty: "empties",
  "clean up": "cleans up", "transfer money": "transfers money", "top up": "tops up", "place an order": "places an order",
  "mass-send": "mass-sends", cancel: "cancels", ls: "lists", rm: "removes", del: "deletes", exec: "executes",
  eval: "evaluates", sh: "runs", crud: "manages", analyse: "analyses",
};

function thirdPerson(lemma: string): string {
  const known = IRREGULAR[lemma];
  if (known) return known;
  if (/(?:s|sh|ch|x|z|o)$/.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}

const BULK_DISPLAY = new Set(["batch", "bulk", "mass", "multi"]);

const DEFAULT_VERB: Record<Judgement["category"], string> = {
  read: "reads",
  write: "changes",
  destructive: "removes",
  execute: "runs",
  financial: "moves money for",
};

/** "deletes repo", "sends message", "runs sql query": the action and its object. */
export function describeAction(facts: Facts, judged: Judgement): string {
  const lemma = judged.verb ? (ZH_TO_EN[judged.verb.lemma] ?? judged.verb.lemma) : null;
  const verb = lemma && judged.verb?.action !== "manage" ? thirdPerson(lemma) : DEFAULT_VERB[judged.category];
  const shown = judged.objects.filter((t) => !BULK_DISPLAY.has(t));
  const objects = shown.length ? shown.slice(0, 5).join(" ") : facts.tokens.filter((t) => t !== judged.verb?.word).slice(0, 4).join(" ");
  return objects ? `${verb} ${objects}` : verb;
}

function blastRadius(judged: Judgement): string {
  const s = judged.signals;
  if (judged.category === "execute") return "whatever the server's credentials and host can reach";
  if (s.has("bulk-operation") && s.has("account-wide")) return "many targets at once, across the account or its infrastructure";
  if (s.has("bulk-operation")) return "many targets in one call";
  if (s.has("account-wide")) return "the whole account or shared infrastructure";
  if (s.has("locks-out")) return "people's access to the account";
  if (s.has("changes-permissions")) return "who can access what";
  return "one target per call";
}

function effect(judged: Judgement): string {
  const s = judged.signals;
  switch (judged.category) {
    case "read":
      if (s.has("exposes-credentials")) return "It changes nothing, but what it returns are secrets";
      if (s.has("untrusted-content")) return "It changes nothing; what it returns is written by others and can carry prompt injections";
      if (s.has("private-data")) return "It changes nothing, but returns private data";
      return "It changes nothing";
    case "write":
      if (s.has("sends-externally")) return "It puts data where other people can see it; a sent message cannot be unsent";
      return "Its effect is additive or can be undone";
    case "destructive":
      return s.has("irreversible") ? "What it removes or ends does not come back" : "It removes or ends something";
    case "execute":
      return "Whatever the caller writes runs with the server's access";
    case "financial":
      return "It spends money or commits the account to paying";
  }
}

export function writeRationale(action: string, facts: Facts, judged: Judgement): string {
  const parts: string[] = [];
  const gist = facts.gist;
  const said = gist.length > 140 ? `${gist.slice(0, 137)}…` : gist;
  parts.push(said ? `${facts.name} ${action} (its description: "${said}").` : `${facts.name} ${action}; it has no description.`);
  parts.push(`${effect(judged)}; blast radius: ${blastRadius(judged)}.`);
  const why = judged.reasons.length ? judged.reasons.slice(0, 3).join("; ") : "nothing raises or lowers it";
  parts.push(`Rated ${judged.risk} (${judged.category}) because ${why}.`);
  if (judged.signals.has("untrusted-content") && judged.category !== "read") parts.push("It also brings untrusted content into the agent's context.");
  if (judged.doubts.length) parts.push(`Confidence ${judged.confidence}: ${judged.doubts.slice(0, 2).join("; ")}.`);
  return parts.join(" ");
}

/** The policy's reason: what the tool does, why that level, what the rule does. */
export function writeReason(action: string, judged: Judgement): string {
  const why = judged.reasons[0] ?? "it only reads";
  const capitalised = action.charAt(0).toUpperCase() + action.slice(1);
  return `${capitalised}: ${judged.risk} risk because ${why}; ${RECOMMENDATION_TABLE[judged.risk].summary}.`;
}
