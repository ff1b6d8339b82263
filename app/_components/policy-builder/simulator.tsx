"use client";

import { useId, useState } from "react";
import { EMPTY_STATE, step, visibleTools, type Decision, type LimitState } from "@/lib/policy/evaluate";
import type { Policy } from "@/lib/policy/schema";
import { INPUT } from "./styles";

/**
 * Try calls against the policy with the same evaluator a gateway would use (lib/policy/
 * evaluate.ts), in the browser. Calls are decided in order and spend limits like real ones;
 * "Reset counters" starts the budgets again.
 */

interface Tried {
  n: number;
  tool: string;
  /** Said when the tool is not one of the server's (or the policy's). */
  stranger?: string;
  at: string;
  identity: string;
  session: string;
  approved: boolean;
  result: Decision;
}

const DECISION_LABEL: Record<Decision["decision"], string> = {
  allowed: "Allowed",
  denied: "Denied",
  hidden: "Hidden",
  approval_required: "Needs approval",
  rate_limited: "Rate limited",
};

/**
 * `tools` are the loaded server's tools (or, with no server, the tools the policy names);
 * a call to any other name is still decided, as a gateway would, but the simulator says
 * the name is not one of them, since that is most often a typo.
 */
export function Simulator({ policy, tools, serverTitle }: { policy: Policy | null; tools: readonly string[]; serverTitle?: string }) {
  const ids = { tool: useId(), args: useId(), identity: useId(), session: useId(), at: useId(), list: useId() };
  const [tool, setTool] = useState("");
  const [argsText, setArgsText] = useState("{}");
  const [identity, setIdentity] = useState("agent-1");
  const [session, setSession] = useState("session-1");
  const [at, setAt] = useState("");
  const [approved, setApproved] = useState(false);
  const [state, setState] = useState<LimitState>(EMPTY_STATE);
  const [log, setLog] = useState<Tried[]>([]);
  const [error, setError] = useState("");

  const visible = policy ? visibleTools(policy, tools) : [];
  const chosen = tool || tools[0] || "";
  const stranger = chosen && !tools.includes(chosen) ? strangerNote(chosen, serverTitle) : "";

  function tryCall(event: React.FormEvent) {
    event.preventDefault();
    setError("");
    if (!policy) return setError("Fix the policy's problems first: the simulator decides with a valid policy only.");
    if (!chosen) return setError("Name a tool to call.");
    let args: unknown;
    try {
      args = JSON.parse(argsText || "{}");
    } catch {
      return setError("The arguments must be JSON, e.g. {\"path\": \"/tmp/a.txt\"}.");
    }
    if (typeof args !== "object" || args === null || Array.isArray(args)) return setError("The arguments must be a JSON object.");
    const time = at.trim() ? Date.parse(at.trim()) : Date.now();
    if (!Number.isFinite(time)) return setError("The time must be an ISO time such as 2026-11-21T09:00:00Z, or empty for now.");
    const call = { tool: chosen, args, at: time, identity: identity || "agent-1", ...(session ? { session } : {}) };
    const result = step(policy, call, state, { approved });
    setState(result.state);
    setLog((entries) => [
      { n: (entries[0]?.n ?? 0) + 1, tool: chosen, ...(stranger ? { stranger } : {}), at: new Date(time).toISOString(), identity: call.identity, session, approved, result: result.decision },
      ...entries,
    ].slice(0, 50));
  }

  return (
    <section aria-labelledby="simulator-heading" data-simulator="">
      <h2 id="simulator-heading">Try calls</h2>
      <p className="prose-text muted text-sm">
        {policy
          ? `The agent sees ${visible.length} of ${tools.length} tool${tools.length === 1 ? "" : "s"}. Calls are decided in order; allowed calls spend their limits.`
          : "The simulator needs a valid policy."}
      </p>
      <form onSubmit={tryCall} className="card mt-2 grid gap-3 sm:grid-cols-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={ids.tool} className="text-sm font-medium">
            Tool
          </label>
          <input id={ids.tool} className={INPUT} list={ids.list} value={tool} placeholder={tools[0] ?? "tool name"} onChange={(e) => setTool(e.target.value)} />
          <datalist id={ids.list}>
            {tools.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          <p aria-live="polite" className="m-0 text-sm text-amber-900 dark:text-amber-200" data-simulator-unknown-tool={stranger ? "" : undefined}>
            {stranger}
          </p>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={ids.args} className="text-sm font-medium">
            Arguments (JSON)
          </label>
          <textarea id={ids.args} className={`${INPUT} font-mono`} rows={2} value={argsText} onChange={(e) => setArgsText(e.target.value)} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={ids.identity} className="text-sm font-medium">
            Identity
          </label>
          <input id={ids.identity} className={INPUT} value={identity} onChange={(e) => setIdentity(e.target.value)} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={ids.session} className="text-sm font-medium">
            Session
          </label>
          <input id={ids.session} className={INPUT} value={session} onChange={(e) => setSession(e.target.value)} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={ids.at} className="text-sm font-medium">
            Time (ISO, empty for now)
          </label>
          <input id={ids.at} className={INPUT} value={at} placeholder="2026-11-21T09:00:00Z" onChange={(e) => setAt(e.target.value)} />
        </div>
        <div className="flex items-center gap-2 self-end">
          <input id={`${ids.at}-approved`} type="checkbox" checked={approved} onChange={(e) => setApproved(e.target.checked)} />
          <label htmlFor={`${ids.at}-approved`} className="inline-flex min-h-6 items-center text-sm">
            A person approved this call
          </label>
        </div>
        <div className="flex flex-wrap gap-2 sm:col-span-2">
          <button type="submit" className="button">
            Try the call
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              setState(EMPTY_STATE);
              setLog([]);
            }}
          >
            Reset counters
          </button>
        </div>
        {error && (
          <p role="alert" className="text-sm text-red-700 sm:col-span-2 dark:text-red-300">
            {error}
          </p>
        )}
      </form>
      <ol className="mt-3 space-y-2" aria-live="polite" data-simulator-log="">
        {log.map((entry) => (
          <li key={entry.n} className="card text-sm" data-decision={entry.result.decision}>
            <p>
              <strong>{DECISION_LABEL[entry.result.decision]}</strong>: <span className="font-mono">{entry.tool}</span>{" "}
              <span className="muted">
                at {entry.at}, {entry.identity}
                {entry.session ? ` / ${entry.session}` : ""}
                {entry.approved ? ", approved" : ""}
              </span>
            </p>
            <p className="muted">
              Rule <code>{entry.result.rule}</code>: {entry.result.reason}
            </p>
            {entry.stranger && <p className="text-amber-900 dark:text-amber-200">{entry.stranger}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}

function strangerNote(tool: string, serverTitle: string | undefined): string {
  const name = JSON.stringify(tool);
  return serverTitle
    ? `${serverTitle} has no tool named ${name}: check the name. The decision is what the policy says for that name.`
    : `The policy does not name ${name}, so its default decides.`;
}
