import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { pageMetadata, paths } from "@/lib/catalogue";
import { decideAll, type ToolCall } from "@/lib/policy/evaluate";
import { explainPolicy } from "@/lib/policy/explain";
import { TESTED_CLIENTS } from "@/lib/policy/exports";
import { parsePolicy, type Policy } from "@/lib/policy/schema";

export const metadata: Metadata = pageMetadata({
  title: "The policy format",
  description:
    "policy.json defined precisely: default, hide, per-tool actions, rate limits with fixed clock windows and shared counters, argument checks, and how a gateway decides every call.",
  path: paths.policyDocs(),
});

/** The examples are parsed and decided by the real schema and evaluator when the page is built, so they cannot drift from them. */
function mustParse(value: unknown): Policy {
  const result = parsePolicy(value);
  if (!result.ok) throw new Error(`docs example is not a valid policy: ${JSON.stringify(result.problems)}`);
  return result.policy;
}

const EXAMPLE = mustParse({
  version: "1",
  default: "deny",
  hide: ["batch_export_sessions"],
  tools: {
    get_chats: { action: "allow" },
    forward_message: {
      action: "allow",
      reason: "Forwarding can move private messages; a limit stops a runaway agent.",
      limits: [{ counter: "outbound", window: "minute", max: 2, scope: "grant" }],
    },
    send_message: {
      limits: [{ counter: "outbound", window: "minute", max: 2, scope: "grant" }],
      args: { chat_id: { pattern: "^-100[0-9]+$" }, text: { maxLength: 500 } },
    },
    export_file: {
      action: "approve",
      limits: [{ counter: "exports", window: "hour", max: 1, scope: "session" }],
      args: { path: { prefix: "/tmp/exports/", pattern: "^[^.]*(\\.[a-z]+)?$" } },
    },
    delete_chat: { action: "deny", reason: "Deleting a chat cannot be undone." },
  },
});

const SERVER_TOOLS = ["get_chats", "forward_message", "send_message", "export_file", "delete_chat", "batch_export_sessions", "get_contacts"];

const at = (time: string) => Date.parse(`2026-11-21T${time}Z`);
const EXAMPLE_CALLS: { label: string; call: ToolCall; approved?: boolean }[] = [
  { label: "get_chats", call: { tool: "get_chats", args: {}, at: at("09:00:05"), identity: "alice", session: "s1" } },
  { label: "forward_message", call: { tool: "forward_message", args: {}, at: at("09:00:10"), identity: "alice", session: "s1" } },
  { label: "send_message to -1001234", call: { tool: "send_message", args: { chat_id: "-1001234", text: "hi" }, at: at("09:00:20"), identity: "alice", session: "s1" } },
  { label: "forward_message again", call: { tool: "forward_message", args: {}, at: at("09:00:59"), identity: "alice", session: "s2" } },
  { label: "forward_message by bob", call: { tool: "forward_message", args: {}, at: at("09:00:59"), identity: "bob", session: "s9" } },
  { label: "forward_message at 09:01:00", call: { tool: "forward_message", args: {}, at: at("09:01:00"), identity: "alice", session: "s1" } },
  { label: "send_message to 42", call: { tool: "send_message", args: { chat_id: 42, text: "hi" }, at: at("09:01:01"), identity: "alice", session: "s1" } },
  { label: "send_message without text", call: { tool: "send_message", args: { chat_id: "-1001234" }, at: at("09:01:02"), identity: "alice", session: "s1" } },
  { label: "export_file", call: { tool: "export_file", args: { path: "/tmp/exports/a.md" }, at: at("09:02:00"), identity: "alice", session: "s1" } },
  { label: "export_file ../", call: { tool: "export_file", args: { path: "/tmp/exports/../../etc/passwd" }, at: at("09:02:00"), identity: "alice", session: "s1" } },
  { label: "delete_chat", call: { tool: "delete_chat", args: {}, at: at("09:03:00"), identity: "alice", session: "s1" } },
  { label: "batch_export_sessions", call: { tool: "batch_export_sessions", args: {}, at: at("09:03:00"), identity: "alice", session: "s1" } },
  { label: "get_contacts", call: { tool: "get_contacts", args: {}, at: at("09:03:00"), identity: "alice", session: "s1" } },
];

export default function PolicyDocsPage() {
  const decisions = decideAll(
    EXAMPLE,
    EXAMPLE_CALLS.map((c) => c.call),
  );
  return (
    <article className="space-y-4">
      <h1>The policy format</h1>
      <p className="prose-text">
        A <code>policy.json</code> says what an AI agent may do with the tools of one MCP server: which tools it may call freely, which only
        with a person&apos;s approval, how often, with which arguments, and which it must never see. This page defines exactly how a gateway
        in front of the server decides each call. The catalogue&apos;s evaluator, the <Link href={paths.policyBuilder()} className="underline">builder</Link>&apos;s
        simulator and the <code>policy eval</code> command all implement this definition, and the examples below are decided by that same
        code when the page is built.
      </p>

      <h2 id="example">An example</h2>
      <Code>{JSON.stringify(EXAMPLE, null, 2)}</Code>
      <p className="prose-text">For a server with the tools {SERVER_TOOLS.map((t) => `"${t}"`).join(", ")}, it means:</p>
      <ul className="prose-text list-disc space-y-1 pl-5">
        {explainPolicy(EXAMPLE, SERVER_TOOLS).map((sentence, i) => (
          <li key={i}>{sentence}</li>
        ))}
      </ul>

      <h2 id="fields">Fields</h2>
      <Table
        head={["Field", "Type", "Meaning"]}
        rows={[
          ["version", '"1"', "The format version. Required."],
          ["default", '"allow" | "deny"', "What a tool the policy does not name gets: every call allowed (no limit, no check) or every call refused. Required."],
          ["hide", "string[]", "Tools removed from the agent's tool list; every call to them is refused as hidden. Optional; each name once."],
          ["tools", "{ [tool]: rule }", "One rule per tool name, matched exactly (case and all). Optional."],
          ["rule.action", '"allow" | "approve" | "deny"', "What a call that passes the rule's checks and limits gets. Leaving it out means allow. approve: a person approves each call."],
          ["rule.reason", "string", "Why, in words a person understands. Shown with denials and approvals; never changes a decision."],
          ["rule.limits", "limit[]", "Rate limits; a call must fit every one of them."],
          ["limit.counter", "string", "The budget's name. Rules that name the same counter share one budget; they must define it with the same window, max and scope."],
          ["limit.window", '"second" | "minute" | "hour" | "day"', "The fixed clock window the budget is counted in."],
          ["limit.max", "whole number ≥ 0", "Calls the budget allows per window."],
          ["limit.scope", '"grant" | "session" | "global"', "Whose budget: one per identity (grant), one per identity and session, or one for everyone."],
          ["rule.args", "{ [argument]: constraint }", "Checks on the call's arguments, by argument name."],
          ["$schema", "string", "Optional; ignored by the evaluator."],
        ]}
      />
      <p className="prose-text">Any other key, anywhere, is an error: a misspelt field must never be silently ignored.</p>

      <h2 id="deciding">How a call is decided</h2>
      <p className="prose-text">
        A call has a tool name, arguments, a time, an identity (the grant the agent holds) and optionally a session. It gets exactly one of
        five decisions, checked in this order; the first that applies wins:
      </p>
      <ol className="prose-text list-decimal space-y-1 pl-5">
        <li>
          <strong>hidden</strong>: the tool is in <code>hide</code>. Hiding beats every rule, including an allow for the same tool.
        </li>
        <li>
          <strong>allowed</strong> or <strong>denied</strong> by the <em>default</em>: the tool has no rule. No limits or checks apply to it.
        </li>
        <li>
          <strong>denied</strong>: the tool&apos;s rule has <code>action: &quot;deny&quot;</code>. A rule beats the default either way.
        </li>
        <li>
          <strong>denied</strong>: an argument check fails (below). Argument checks come before limits.
        </li>
        <li>
          <strong>rate_limited</strong>: one of the rule&apos;s budgets is used up in the current window.
        </li>
        <li>
          <strong>approval_required</strong>: the rule&apos;s action is <code>approve</code> and no person has approved this call yet.
        </li>
        <li>
          <strong>allowed</strong>: everything passed. Only now does the call spend its limits.
        </li>
      </ol>
      <p className="prose-text">
        Every decision names the <em>rule</em> that made it — <code>hide</code>, <code>default</code>, <code>tools.&lt;tool&gt;</code>,{" "}
        <code>tools.&lt;tool&gt;.args.&lt;argument&gt;</code> or <code>tools.&lt;tool&gt;.limits.&lt;n&gt;</code> — and a plain reason.
      </p>

      <h2 id="limits">Limits</h2>
      <ul className="prose-text list-disc space-y-1 pl-5">
        <li>
          <strong>Fixed clock windows, in UTC.</strong> A <code>second</code> window runs from .000 to .999, a <code>minute</code> from :00 to
          :59.999, an <code>hour</code> from hh:00:00, a <code>day</code> from 00:00:00 UTC to 23:59:59.999 UTC. A window is not sliding: 2
          calls a minute allows a call at 09:00:59 and another at 09:01:00.
        </li>
        <li>
          <strong>Only calls that run spend.</strong> A call that is denied, hidden, awaiting approval or rate limited spends nothing, so a
          stream of refused calls never locks out good ones.
        </li>
        <li>
          <strong>One budget per counter name</strong> and scope key: <code>grant</code> counts per identity, <code>session</code> per identity
          and session (a call without a session counts in that identity&apos;s sessionless budget), <code>global</code> once for everyone.
          Rules that name the same counter spend from the same budget. A call spends one unit from each distinct counter its rule names, and
          is refused if any one of them is used up.
        </li>
        <li>
          <strong><code>max: 0</code></strong> refuses every call as rate limited; the linter warns, because <code>deny</code> or{" "}
          <code>hide</code> says that plainly.
        </li>
        <li>
          <strong>Approval and limits.</strong> Limits are checked before a person is asked, so nobody is asked to approve a call that could
          not run; <code>approval_required</code> spends nothing. When the person approves, the gateway decides the call again at the moment it
          runs, as approved: if the budget is still there the call is allowed and spends it, and if it ran out while the person was deciding,
          the approved call is rate limited and does not run. Only calls that actually run are counted.
        </li>
        <li>
          <strong>Time order.</strong> Calls are decided in the order they happen. A gateway keeps only the current window of each budget, so a
          call dated before a window that has already been counted is refused as rate limited rather than counted in a window it no longer
          knows.
        </li>
      </ul>

      <h2 id="arguments">Argument checks</h2>
      <p className="prose-text">
        Each entry of <code>args</code> constrains one argument with one or more of the keys below; a call must pass all of them. A constrained
        argument that is <strong>missing</strong> from the call breaks its constraint, so the call is denied. <code>null</code> is a value that
        passes no check. Arguments without a constraint are not checked.
      </p>
      <Table
        head={["Key", "Passes when the argument…"]}
        rows={[
          ["enum", "equals one of the listed values exactly, type included: \"1\" is not 1."],
          ["prefix", "is text that starts with the given text (a plain comparison: combine with pattern to rule out \"..\" in paths)."],
          ["pattern", "is text the regular expression (JavaScript, with the u flag) finds a match in. Like JSON Schema, it is not anchored: write ^…$ to match the whole value."],
          ["maxLength", "is text of at most that many characters (Unicode code points)."],
          ["minimum", "is a finite number greater than or equal to it (numeric text does not count)."],
          ["maximum", "is a finite number less than or equal to it."],
        ]}
      />
      <p className="prose-text">
        A constraint that no value can pass is an error: minimum above maximum, a text check together with a number check, a prefix longer
        than maxLength, or an enum none of whose values passes the other checks. So is a constraint with no keys, and a deny rule with limits or
        argument checks (they could never apply).
      </p>

      <h2 id="hide-deny">Hide or deny?</h2>
      <p className="prose-text">
        Both refuse every call. <code>hide</code> also removes the tool from the list the agent sees (the evaluator&apos;s{" "}
        <code>visibleTools</code>), so the agent is not tempted, and its description — which may carry injected instructions — never reaches
        the model. Use deny when the agent should know the tool exists but may not use it; use hide for tools no agent task needs.
      </p>

      <h2 id="worked-example">Worked example</h2>
      <p className="prose-text">The example policy above, given these calls in order (times in UTC on 2026-11-21):</p>
      <Table
        head={["Call", "Identity / session", "Time", "Decision", "Rule", "Reason"]}
        rows={EXAMPLE_CALLS.map((c, i) => {
          const d = decisions[i]!;
          return [c.label, `${c.call.identity} / ${c.call.session ?? "—"}`, new Date(c.call.at).toISOString().slice(11, 19), d.decision, d.rule, d.reason];
        })}
      />

      <h2 id="checking">Checking a policy</h2>
      <p className="prose-text">Beyond the schema, the linter flags what is valid but probably not meant:</p>
      <Table
        head={["Finding", "Level"]}
        rows={[
          ["A rule or hide entry for a tool the server does not have (a typo leaves the real tool on the default)", "error"],
          ["A rule for a hidden tool (it never applies)", "warning"],
          ["A limit with max 0", "warning"],
          ["With default allow, server tools nothing mentions (they run unchecked)", "warning"],
        ]}
      />
      <Code>{`npm run --silent catalogue -- policy check policy.json --server telegram-mcp-complete
npm run --silent catalogue -- policy eval --policy policy.json --calls calls.jsonl`}</Code>
      <p className="prose-text">
        <code>check</code> prints each problem with its path and exits non-zero on errors; with <code>--server</code> it reads the server&apos;s
        tool list from the catalogue. <code>eval</code> reads one call per line, <code>
          {'{"tool","args","at","identity","session"}'}
        </code>{" "}
        with <code>at</code> an ISO time with a zone (and optionally <code>&quot;approved&quot;: true</code> for a call a person approved),
        decides them in order, each seeing the limits spent before it, and prints one line per call:
      </p>
      <Code>{`{"tool":"forward_message","args":{},"at":"2026-11-21T09:00:10Z","identity":"alice","session":"s1"}
→ {"decision":"allowed","rule":"tools.forward_message","reason":"..."}`}</Code>

      <h2 id="clients">In your agent&apos;s client</h2>
      <p className="prose-text">
        Every policy on this site is also offered as Claude Code permissions, Gemini CLI settings and policy-engine rules, and Codex{" "}
        <code>config.toml</code>, under the name your own client config gives the server (the clients match rules by it). Each export was loaded
        by the client&apos;s own code in our tests ({Object.values(TESTED_CLIENTS).map((c) => `${c.client} ${c.version}`).join(", ")}). Those formats
        can say less than policy.json; each export lists what it loses next to the snippet:
      </p>
      <Table
        head={["", "Claude Code", "Gemini CLI settings", "Gemini CLI policy engine", "Codex"]}
        rows={[
          ["allow", "permissions.allow", "includeTools (asks unless trusted)", "decision allow", "approval_mode approve"],
          ["approve", "permissions.ask", "includeTools (trust false)", "decision ask_user", "approval_mode prompt"],
          ["deny", "permissions.deny", "excludeTools", "decision deny", "disabled_tools"],
          ["hide", "permissions.deny (still listed)", "excludeTools", "decision deny (removed from the model's list)", "disabled_tools"],
          ["default deny", "deny for each known tool", "includeTools allow-list", 'server-wide deny rule (toolName "*")', "enabled_tools allow-list"],
          ["limits", "not expressible", "not expressible", "not expressible", "not expressible"],
          ["argument checks", "not expressible: asks instead", "not expressible", "not expressible: ask_user instead", "not expressible: prompt instead"],
        ]}
      />
      <p className="prose-text">
        To enforce all of it, limits and argument checks included, run the server behind <code>catalogue guard</code>, an MCP proxy that decides
        every call with this definition (see &ldquo;Put it in front of the server&rdquo; on any server page):
      </p>
      <Code>{`npm run --silent catalogue -- guard --policy policy.json [--audit FILE] [--identity ID] [--state FILE] [--annotate] -- COMMAND [ARGS...]`}</Code>
    </article>
  );
}

function Code({ children }: { children: string }) {
  return (
    // Focusable, so a keyboard can scroll a long example.
    <pre className="code-block" tabIndex={0}>
      <code>{children}</code>
    </pre>
  );
}

function Table({ head, rows }: { head: string[]; rows: ReactNode[][] }) {
  return (
    <div className="overflow-x-auto">
      <table className="data-table">
        <thead>
          <tr>
            {head.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (
                <td key={j} className={j === 0 ? "font-mono" : undefined}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
