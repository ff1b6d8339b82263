"use client";

import { useId, useState } from "react";
import { LIMIT_SCOPES, LIMIT_WINDOWS } from "@/lib/policy/schema";
import { INPUT } from "./styles";

/**
 * Limits and argument checks of one tool's rule. Values are written as typed: a field the
 * schema will reject (a max of "ten") stays in the JSON so the problem shows next to it.
 */

type Json = Record<string, unknown>;

interface RuleEditorProps {
  tool: string;
  rule: Json | undefined;
  argNames: readonly string[];
  onLimits: (limits: unknown[]) => void;
  onArgs: (args: Json) => void;
}

export function RuleEditor({ tool, rule, argNames, onLimits, onArgs }: RuleEditorProps) {
  const limits = Array.isArray(rule?.limits) ? rule.limits : [];
  const args = isObject(rule?.args) ? rule.args : {};
  return (
    <div className="mt-2 space-y-4">
      <LimitsEditor tool={tool} limits={limits} onChange={onLimits} />
      <ArgsEditor tool={tool} args={args} argNames={argNames} onChange={onArgs} />
    </div>
  );
}

function LimitsEditor({ tool, limits, onChange }: { tool: string; limits: unknown[]; onChange: (limits: unknown[]) => void }) {
  const update = (index: number, field: string, value: unknown) =>
    onChange(limits.map((limit, i) => (i === index ? { ...(isObject(limit) ? limit : {}), [field]: value } : limit)));
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold">Rate limits</legend>
      {limits.length === 0 && <p className="muted text-sm">No limit: calls that pass are not counted.</p>}
      {limits.map((raw, index) => {
        const limit = isObject(raw) ? raw : {};
        const label = `${tool} limit ${index + 1}`;
        return (
          <div key={index} className="flex flex-wrap items-end gap-2 text-sm" data-limit-row="">
            <Field label="Counter" hint={`${label}: counter`}>
              {(id) => <input id={id} className={`${INPUT} w-40`} value={String(limit.counter ?? "")} onChange={(e) => update(index, "counter", e.target.value)} />}
            </Field>
            <Field label="At most" hint={`${label}: max`}>
              {(id) => (
                <input id={id} className={`${INPUT} w-20`} inputMode="numeric" value={String(limit.max ?? "")} onChange={(e) => update(index, "max", toNumber(e.target.value))} />
              )}
            </Field>
            <Field label="calls per" hint={`${label}: window`}>
              {(id) => (
                <select id={id} className={INPUT} value={String(limit.window ?? "")} onChange={(e) => update(index, "window", e.target.value)}>
                  {LIMIT_WINDOWS.map((w) => (
                    <option key={w} value={w}>
                      {w}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Budget" hint={`${label}: scope`}>
              {(id) => (
                <select id={id} className={INPUT} value={String(limit.scope ?? "")} onChange={(e) => update(index, "scope", e.target.value)}>
                  {LIMIT_SCOPES.map((s) => (
                    <option key={s} value={s}>
                      {s === "grant" ? "per identity (grant)" : s === "session" ? "per session" : "everyone (global)"}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <button type="button" className="button" onClick={() => onChange(limits.filter((_, i) => i !== index))} aria-label={`Remove ${label}`}>
              Remove
            </button>
          </div>
        );
      })}
      <button type="button" className="button" onClick={() => onChange([...limits, { counter: `${tool}_rate`, window: "minute", max: 30, scope: "grant" }])}>
        Add a limit
      </button>
    </fieldset>
  );
}

const CHECK_FIELDS = [
  { key: "enum", label: "One of (comma-separated)", numeric: false },
  { key: "prefix", label: "Starts with", numeric: false },
  { key: "pattern", label: "Matches regex", numeric: false },
  { key: "maxLength", label: "Max length", numeric: true },
  { key: "minimum", label: "Minimum", numeric: true },
  { key: "maximum", label: "Maximum", numeric: true },
] as const;

function ArgsEditor({ tool, args, argNames, onChange }: { tool: string; args: Json; argNames: readonly string[]; onChange: (args: Json) => void }) {
  const [newArg, setNewArg] = useState("");
  const listId = useId();
  const entries = Object.entries(args);
  const setCheck = (arg: string, key: string, raw: string, numeric: boolean) => {
    const current = isObject(args[arg]) ? { ...(args[arg] as Json) } : {};
    if (raw.trim() === "") delete current[key];
    else if (key === "enum") current[key] = raw.split(",").map((item) => parseEnumItem(item.trim())).filter((item) => item !== "");
    else current[key] = numeric ? toNumber(raw) : raw;
    onChange({ ...args, [arg]: current });
  };
  const remove = (arg: string) => onChange(Object.fromEntries(entries.filter(([name]) => name !== arg)));
  const add = () => {
    const name = newArg.trim();
    if (!name || Object.hasOwn(args, name)) return;
    onChange({ ...args, [name]: { maxLength: 200 } });
    setNewArg("");
  };
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold">Argument checks</legend>
      {entries.length === 0 && <p className="muted text-sm">No argument is checked.</p>}
      {entries.map(([arg, raw]) => {
        const check = isObject(raw) ? raw : {};
        return (
          <div key={arg} className="rounded-md border border-slate-200 p-2 text-sm dark:border-slate-700" data-arg-row={arg}>
            <div className="mb-1 flex items-center justify-between gap-2">
              <span className="font-mono font-semibold">{arg}</span>
              <button type="button" className="button" onClick={() => remove(arg)} aria-label={`Remove the check on ${tool} argument ${arg}`}>
                Remove
              </button>
            </div>
            <div className="flex flex-wrap gap-2">
              {CHECK_FIELDS.map(({ key, label, numeric }) => (
                <Field key={key} label={label} hint={`${tool} argument ${arg}: ${label}`}>
                  {(id) => (
                    <BufferedInput
                      id={id}
                      className={`${INPUT} ${numeric ? "w-24" : "w-40"}`}
                      value={showCheck(check[key])}
                      onText={(text) => setCheck(arg, key, text, numeric)}
                    />
                  )}
                </Field>
              ))}
            </div>
          </div>
        );
      })}
      <div className="flex flex-wrap items-end gap-2 text-sm">
        <Field label="Argument to check" hint={`${tool}: argument to check`}>
          {(id) => (
            <>
              <input
                id={id}
                className={`${INPUT} w-48`}
                list={listId}
                value={newArg}
                onChange={(e) => setNewArg(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === "Enter") {
                    e.preventDefault();
                    add();
                  }
                }}
              />
              <datalist id={listId}>
                {argNames.filter((name) => !Object.hasOwn(args, name)).map((name) => (
                  <option key={name} value={name} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <button type="button" className="button" onClick={add} disabled={!newArg.trim()}>
          Add a check
        </button>
      </div>
      <p className="muted text-xs">A call that leaves a checked argument out is refused. Empty fields check nothing.</p>
    </fieldset>
  );
}

/**
 * A text box that keeps what the person typed while they type ("md, " must keep its comma)
 * and takes the outside value again once they leave it.
 */
function BufferedInput({ id, className, value, onText }: { id: string; className: string; value: string; onText: (text: string) => void }) {
  // Unfocused, the box shows `value` itself; focusing copies it into `text`, so no effect has to keep them in step.
  const [text, setText] = useState(value);
  const [focused, setFocused] = useState(false);
  return (
    <input
      id={id}
      className={className}
      value={focused ? text : value}
      onFocus={() => {
        setText(value);
        setFocused(true);
      }}
      onBlur={() => setFocused(false)}
      onChange={(e) => {
        setText(e.target.value);
        onText(e.target.value);
      }}
    />
  );
}

/** A labelled control; `hint` is the accessible name, spelled out for screen readers. */
function Field({ label, hint, children }: { label: string; hint: string; children: (id: string) => React.ReactNode }) {
  const id = useId();
  return (
    <div className="flex flex-col gap-0.5">
      <label htmlFor={id} className="text-xs muted">
        {label}
        <span className="sr-only"> ({hint})</span>
      </label>
      {children(id)}
    </div>
  );
}

function toNumber(raw: string): number | string {
  const trimmed = raw.trim();
  if (trimmed === "") return "";
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : raw;
}

function parseEnumItem(item: string): string | number | boolean {
  if (item === "true") return true;
  if (item === "false") return false;
  if (/^-?\d+(\.\d+)?$/.test(item)) return Number(item);
  return item.replace(/^"(.*)"$/, "$1");
}

function showCheck(value: unknown): string {
  if (value === undefined) return "";
  if (Array.isArray(value)) return value.map((v) => String(v)).join(", ");
  return String(value);
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
