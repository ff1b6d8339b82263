"use client";

import { useId, useState } from "react";
import { choiceOf, recommendedChoice, ruleOf, TOOL_CHOICES, type Draft, type ToolChoice } from "@/lib/policy/builder/draft";
import { CategoryBadge, RiskBadge } from "../risk/risk-badge";
import { ToolName } from "../tools/tool-name";
import { RuleEditor } from "./rule-editor";
import { INPUT } from "./styles";
import type { BuilderTool } from "./types";

const CHOICE_LABEL: Record<ToolChoice, string> = {
  default: "No rule (default)",
  allow: "Allow",
  approve: "Approve each call",
  deny: "Deny",
  hide: "Hide",
};

interface ToolTableProps {
  tools: readonly BuilderTool[];
  draft: Draft | null;
  onChoice: (tool: string, choice: ToolChoice) => void;
  onReset: (tool: string) => void;
  onLimits: (tool: string, limits: unknown[]) => void;
  onArgs: (tool: string, args: Record<string, unknown>) => void;
}

/** Every tool with its risk, the recommended action and the action the policy gives it now. */
export function ToolTable({ tools, draft, onChoice, onReset, onLimits, onArgs }: ToolTableProps) {
  const filterId = useId();
  const [filter, setFilter] = useState("");
  const shown = filter.trim() ? tools.filter((t) => t.name.toLowerCase().includes(filter.trim().toLowerCase())) : tools;
  return (
    <div>
      {tools.length > 8 && (
        <div className="mb-2 flex flex-col gap-1">
          <label htmlFor={filterId} className="text-sm font-medium">
            Find a tool
          </label>
          <input id={filterId} className={`${INPUT} max-w-xs`} value={filter} onChange={(e) => setFilter(e.target.value)} />
        </div>
      )}
      <div className="overflow-x-auto">
        <table className="data-table" data-builder-tools="">
          <caption className="sr-only">Tools and the action the policy gives each</caption>
          <thead>
            <tr>
              <th scope="col">Tool and risk</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((tool) => (
              <ToolRow key={tool.name} tool={tool} draft={draft} onChoice={onChoice} onReset={onReset} onLimits={onLimits} onArgs={onArgs} />
            ))}
          </tbody>
        </table>
      </div>
      {shown.length === 0 && <p className="muted text-sm">No tool matches.</p>}
    </div>
  );
}

function ToolRow({ tool, draft, onChoice, onReset, onLimits, onArgs }: Omit<ToolTableProps, "tools"> & { tool: BuilderTool }) {
  const selectId = useId();
  const editorId = useId();
  const [open, setOpen] = useState(false);
  const choice = draft ? choiceOf(draft, tool.name) : "default";
  const rule = draft ? ruleOf(draft, tool.name) : undefined;
  const recommended = tool.policy ? recommendedChoice(tool.policy, tool.name) : undefined;
  const limitCount = Array.isArray(rule?.limits) ? rule.limits.length : 0;
  const argCount = rule && typeof rule.args === "object" && rule.args !== null ? Object.keys(rule.args).length : 0;
  const editable = (choice === "allow" || choice === "approve") && draft !== null;
  return (
    <>
      <tr data-tool-row={tool.name}>
        {/* Risk sits under the name, not in a column of its own, so the action fits beside it on a phone. */}
        <td className="min-w-[9rem]">
          <span className="font-mono">
            <ToolName name={tool.name} />
          </span>
          <span className="mt-1 flex flex-wrap gap-1">
            {tool.risk ? <RiskBadge level={tool.risk} /> : <span className="muted text-sm">risk unknown</span>}
            {tool.category && <CategoryBadge category={tool.category} />}
          </span>
        </td>
        <td>
          <div className="flex flex-wrap items-center gap-2">
            <label htmlFor={selectId} className="sr-only">
              Action for {tool.name}
            </label>
            <select id={selectId} className={`${INPUT} max-w-full`} value={choice} disabled={!draft} onChange={(e) => onChoice(tool.name, e.target.value as ToolChoice)} data-action-select="">
              {TOOL_CHOICES.map((c) => (
                <option key={c} value={c}>
                  {CHOICE_LABEL[c]}
                </option>
              ))}
            </select>
            {editable && (
              <button
                type="button"
                className="min-h-6 text-left text-sm underline"
                aria-expanded={open && editable}
                aria-controls={editorId}
                onClick={() => setOpen(!open)}
              >
                Limits and checks ({limitCount + argCount})<span className="sr-only"> of {tool.name}</span>
              </button>
            )}
          </div>
          {recommended && (
            <p className="muted mt-1 text-xs">
              Recommended: {CHOICE_LABEL[recommended].toLowerCase()}
              {choice !== recommended && draft && (
                <>
                  {" "}
                  <button type="button" className="min-h-6 underline" onClick={() => onReset(tool.name)} aria-label={`Reset ${tool.name} to the recommended rule`}>
                    reset
                  </button>
                </>
              )}
            </p>
          )}
        </td>
      </tr>
      {open && editable && (
        <tr data-rule-editor={tool.name}>
          <td colSpan={2} id={editorId} className="bg-slate-50 dark:bg-slate-900">
            <RuleEditor
              tool={tool.name}
              rule={rule}
              argNames={tool.argNames}
              onLimits={(limits) => onLimits(tool.name, limits)}
              onArgs={(args) => onArgs(tool.name, args)}
            />
          </td>
        </tr>
      )}
    </>
  );
}
