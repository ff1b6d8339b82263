"use client";

import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { draftText, emptyDraft, parseDraft, resetTool, setChoice, setDefault, setRulePart, type Draft, type ToolChoice } from "@/lib/policy/builder/draft";
import { decodeShare, encodeShare } from "@/lib/policy/builder/share";
import { nameStorageKey } from "@/lib/enhance/export-input";
import { clientNameProblem, npxLaunch } from "@/lib/policy/exports";
import { explainPolicy } from "@/lib/policy/explain";
import { lintPolicy } from "@/lib/policy/lint";
import { namedTools, ruleFor } from "@/lib/policy/phrases";
import { parsePolicy } from "@/lib/policy/schema";
import { CopyButton } from "@/app/_components/policy/copy-button";
import { dataUrl } from "@/app/_components/policy/data-url";
import { PolicyFormats } from "@/app/_components/policy/policy-formats";
import { loadServer } from "./load-server";
import { Simulator } from "./simulator";
import { INPUT } from "./styles";
import { ToolTable } from "./tool-table";
import type { BuilderServerOption, BuilderTool, LoadedServer } from "./types";

/**
 * The policy builder: start from a server's recommended policy or paste one, change what
 * each tool gets, see policy.json update and validate as you go, try calls, and take the
 * result as a file, in another client's format, or as a link (the URL hash holds it all).
 */
export function PolicyBuilder({ servers }: { servers: readonly BuilderServerOption[] }) {
  const ids = { server: useId(), json: useId(), problems: useId(), add: useId(), name: useId() };
  const [text, setText] = useState(() => draftText(emptyDraft()));
  const [server, setServer] = useState<LoadedServer | null>(null);
  const [pick, setPick] = useState("");
  const [status, setStatus] = useState("");
  const [ready, setReady] = useState(false);
  const [extraTool, setExtraTool] = useState("");
  /** What the reader's client calls the server; empty means the catalogue's name (or "my-server"). */
  const [clientName, setClientName] = useState("");
  /** The text the address bar holds now; equal to `text` once the link has caught up. */
  const [linkedText, setLinkedText] = useState<string | null>(null);
  const loadCount = useRef(0);

  const knownSlugs = useMemo(() => new Set(servers.map((s) => s.slug)), [servers]);

  const startFrom = useCallback(
    async (slug: string, takePolicy: boolean) => {
      const ticket = ++loadCount.current;
      if (!slug) {
        setServer(null);
        return;
      }
      setStatus(`Loading ${slug}…`);
      try {
        const loaded = await loadServer(slug);
        if (ticket !== loadCount.current) return;
        setServer(loaded);
        setPick(slug);
        setClientName((current) => current || recalled(slug));
        if (takePolicy) setText(draftText(loaded.recommended as Draft));
        setStatus(`Loaded ${loaded.title}: ${loaded.tools.length} tool${loaded.tools.length === 1 ? "" : "s"}${takePolicy ? ", with the recommended policy" : ""}.`);
      } catch (error) {
        if (ticket !== loadCount.current) return;
        setStatus(`Could not load ${slug}: ${error instanceof Error ? error.message : String(error)}.`);
      }
    },
    [],
  );

  // The link first: a shared URL restores its server and its policy exactly.
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const shared = await decodeShare(window.location.hash);
      if (cancelled) return;
      if (shared.policyText !== undefined) setText(shared.policyText);
      if (shared.name) setClientName(shared.name);
      if (shared.server && knownSlugs.has(shared.server)) await startFrom(shared.server, shared.policyText === undefined);
      else if (shared.server) setStatus(`The link names a server this catalogue does not have ("${shared.server}").`);
      if (shared.error) setStatus(shared.error);
      setReady(true);
    })();
    return () => {
      cancelled = true;
    };
  }, [knownSlugs, startFrom]);

  // Once the user follows a link off this page, the URL is the router's: a share link written now
  // (history.replaceState, which the router listens to) would land in the middle of its
  // navigation, which then never renders the page it went to (seen under load, clicking a link
  // within a second of the builder loading).
  const leaving = useRef(false);
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (link instanceof HTMLAnchorElement && new URL(link.href, window.location.href).pathname !== window.location.pathname) leaving.current = true;
    };
    const onPopState = () => (leaving.current = true);
    document.addEventListener("click", onClick, true);
    window.addEventListener("popstate", onPopState);
    return () => {
      document.removeEventListener("click", onClick, true);
      window.removeEventListener("popstate", onPopState);
    };
  }, []);

  // Then keep the URL in step with the state, so the address bar is always a share link.
  useEffect(() => {
    if (!ready) return;
    let cancelled = false;
    const timer = window.setTimeout(async () => {
      if (leaving.current) return;
      const hash = await encodeShare({ ...(server ? { server: server.slug } : {}), ...(clientName ? { name: clientName } : {}), policyText: text });
      if (cancelled || leaving.current) return;
      window.history.replaceState(null, "", `#${hash}`);
      setLinkedText(text);
    }, 250);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [ready, server, text, clientName]);

  // Parsed once per text, so what depends on the draft and the policy (the tool list) can be memoized.
  const { draftResult, parsed } = useMemo(() => {
    const draftResult = parseDraft(text);
    return { draftResult, parsed: draftResult.ok ? parsePolicy(draftResult.draft) : null };
  }, [text]);
  const draft = draftResult.ok ? draftResult.draft : null;
  const policy = parsed?.ok ? parsed.policy : null;
  const serverToolNames = server?.tools.map((t) => t.name);
  const lint = policy ? lintPolicy(policy, serverToolNames) : [];

  // Without a server, the table lists what the policy names, plus tools added by hand.
  const tools: BuilderTool[] = useMemo(() => {
    if (server) return server.tools;
    const names = policy ? namedTools(policy) : draft ? namedFromDraft(draft) : [];
    return names.map((name) => ({ name, argNames: [] }));
  }, [server, policy, draft]);

  const fallbackName = server?.slug ?? "my-server";
  const exportName = clientName && !clientNameProblem(clientName) ? clientName : fallbackName;

  const edit = (change: (d: Draft) => Draft) => {
    if (draft) setText(draftText(change(draft)));
  };
  const recommendedFor = (tool: string) => server?.tools.find((t) => t.name === tool)?.policy;
  const recommendedReason = (tool: string) => {
    const recommended = recommendedFor(tool);
    return recommended ? ruleFor(recommended, tool)?.reason : undefined;
  };

  return (
    <div className="space-y-8" data-policy-builder="" data-ready={ready ? "true" : "false"} data-link-current={linkedText === text ? "true" : "false"}>
      <section aria-labelledby="start-heading" className="card space-y-3">
        <h2 id="start-heading" className="mt-0">
          Start
        </h2>
        <div className="flex flex-wrap items-end gap-3">
          <div className="flex max-w-full min-w-0 flex-col gap-1">
            <label htmlFor={ids.server} className="text-sm font-medium">
              Start from a server
            </label>
            <select
              id={ids.server}
              className={`${INPUT} max-w-full`}
              value={pick}
              onChange={(e) => {
                setPick(e.target.value);
                void startFrom(e.target.value, true);
              }}
              data-server-select=""
            >
              <option value="">Choose a server…</option>
              {servers.map((s) => (
                <option key={s.slug} value={s.slug}>
                  {s.title}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button"
            onClick={() => {
              loadCount.current++;
              setServer(null);
              setPick("");
              setText(draftText(emptyDraft()));
              setStatus("Started an empty policy: default deny, nothing named.");
            }}
          >
            Start empty
          </button>
          {server && (
            <button type="button" className="button" onClick={() => setText(draftText(server.recommended as Draft))}>
              Reset all to recommended
            </button>
          )}
        </div>
        <p className="muted text-sm">Or paste a policy.json into the editor below: the table and the simulator follow it.</p>
        <p role="status" aria-live="polite" className="text-sm" data-builder-status="">
          {status}
        </p>
      </section>

      <div className="grid gap-8 xl:grid-cols-[3fr_2fr]">
        <section aria-labelledby="tools-heading">
          <h2 id="tools-heading" className="mt-0">
            Tools{server ? ` of ${server.title}` : ""}
          </h2>
          <div className="mb-3 flex flex-col gap-1">
            <span className="text-sm font-medium" id={`${ids.add}-default`}>
              Tools the policy does not name
            </span>
            <div role="radiogroup" aria-labelledby={`${ids.add}-default`} className="flex gap-4 text-sm">
              {(["deny", "allow"] as const).map((value) => (
                <label key={value} className="flex items-center gap-1">
                  <input
                    type="radio"
                    name={`${ids.add}-default-choice`}
                    value={value}
                    checked={draft?.default === value}
                    disabled={!draft}
                    onChange={() => edit((d) => setDefault(d, value))}
                  />
                  {value === "deny" ? "are refused (default deny)" : "are allowed (default allow)"}
                </label>
              ))}
            </div>
          </div>
          {tools.length > 0 ? (
            <ToolTable
              tools={tools}
              draft={draft}
              onChoice={(tool, choice: ToolChoice) => edit((d) => setChoice(d, tool, choice, recommendedReason(tool)))}
              onReset={(tool) => {
                const recommended = recommendedFor(tool);
                if (recommended) edit((d) => resetTool(d, tool, recommended));
              }}
              onLimits={(tool, limits) => edit((d) => setRulePart(d, tool, "limits", limits))}
              onArgs={(tool, args) => edit((d) => setRulePart(d, tool, "args", args))}
            />
          ) : (
            <p className="muted text-sm">No tools yet: choose a server, paste a policy, or add a tool by name.</p>
          )}
          {!server && (
            <form
              className="mt-3 flex flex-wrap items-end gap-2"
              onSubmit={(e) => {
                e.preventDefault();
                const name = extraTool.trim();
                if (name) edit((d) => setChoice(d, name, "allow"));
                setExtraTool("");
              }}
            >
              <div className="flex flex-col gap-1">
                <label htmlFor={ids.add} className="text-sm font-medium">
                  Add a tool by name
                </label>
                <input id={ids.add} className={INPUT} value={extraTool} onChange={(e) => setExtraTool(e.target.value)} />
              </div>
              <button type="submit" className="button" disabled={!draft || !extraTool.trim()}>
                Add
              </button>
            </form>
          )}
        </section>

        <section aria-labelledby="json-heading">
          <h2 id="json-heading" className="mt-0">
            policy.json
          </h2>
          <label htmlFor={ids.json} className="sr-only">
            policy.json (editable)
          </label>
          <textarea
            id={ids.json}
            className={`${INPUT} h-96 w-full font-mono text-xs`}
            spellCheck={false}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-describedby={ids.problems}
            aria-invalid={!policy}
            data-policy-editor=""
          />
          <div id={ids.problems} aria-live="polite" className="mt-2 text-sm" data-policy-problems="">
            {!draftResult.ok && <p className="text-red-700 dark:text-red-300">The JSON cannot be read: {draftResult.error}</p>}
            {parsed && !parsed.ok && (
              <ul className="list-disc pl-5 text-red-700 dark:text-red-300">
                {parsed.problems.map((p, i) => (
                  <li key={i}>
                    <code>{p.path || "(policy)"}</code>: {p.message}
                  </li>
                ))}
              </ul>
            )}
            {policy && (
              <p className="text-emerald-800 dark:text-emerald-300" data-policy-valid="">
                Valid policy.
              </p>
            )}
            {lint.length > 0 && (
              <ul className="mt-1 list-disc pl-5 text-amber-900 dark:text-amber-200">
                {lint.map((p, i) => (
                  <li key={i}>
                    {p.severity === "error" ? "Error" : "Warning"}: <code>{p.path || "(policy)"}</code> {p.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div className="mt-3 flex flex-wrap gap-2">
            <CopyButton text={text} label="Copy policy.json" />
            <a className="button" href={dataUrl(text, "json")} download="policy.json" data-builder-download="">
              Download policy.json
            </a>
            {/* The address always holds the current policy (see the effect that keeps it in step). */}
            <CopyButton pageAddress label="Copy share link" />
          </div>
        </section>
      </div>

      {policy && (
        <section aria-labelledby="explain-heading">
          <h2 id="explain-heading">What this policy does</h2>
          <ul className="prose-text list-disc space-y-1 pl-5" data-builder-explanation="">
            {explainPolicy(policy, serverToolNames ?? []).map((sentence, i) => (
              <li key={i}>{sentence}</li>
            ))}
          </ul>
        </section>
      )}

      <Simulator policy={policy} tools={tools.map((t) => t.name)} {...(server ? { serverTitle: server.title } : {})} />

      {policy ? (
        <section aria-labelledby="exports-heading">
          <h2 id="exports-heading">The same policy for your client</h2>
          <ClientNameField
            id={ids.name}
            value={clientName}
            fallback={fallbackName}
            onChange={(name) => {
              setClientName(name);
              remember(server?.slug, name);
            }}
          />
          <PolicyFormats
            ctx={{
              name: exportName,
              policy,
              ...(serverToolNames ? { tools: serverToolNames } : {}),
              ...(server?.package ? { launch: npxLaunch(server.package) } : {}),
            }}
            idPrefix="builder-format"
            downloadable
          />
        </section>
      ) : (
        <p className="muted text-sm">Exports to other clients appear once the policy is valid.</p>
      )}
    </div>
  );
}

/** The reader's name for the server, as the server and tool pages remember it (lib/enhance/client-name.ts). */
function ClientNameField({ id, value, fallback, onChange }: { id: string; value: string; fallback: string; onChange: (name: string) => void }) {
  const problem = value ? clientNameProblem(value) : undefined;
  return (
    <div className="card mb-3 space-y-2">
      <label htmlFor={id} className="block text-sm font-medium">
        What your client&apos;s config calls this server
      </label>
      <input
        id={id}
        className={`${INPUT} w-full max-w-sm font-mono`}
        value={value}
        placeholder={fallback}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={problem ? true : false}
        aria-describedby={`${id}-note`}
        onChange={(e) => onChange(e.target.value.trim())}
        data-client-name-input=""
      />
      <p id={`${id}-note`} className="muted text-sm" role="status" aria-live="polite">
        {problem
          ? `The name ${problem}. The exports below still use "${fallback}".`
          : `Claude Code, Gemini CLI and Codex match rules by the name in your own MCP config${value ? "" : `; the exports use "${fallback}" until you give yours`}. The share link carries it.`}
      </p>
    </div>
  );
}

function recalled(slug: string): string {
  try {
    return window.localStorage.getItem(nameStorageKey(slug)) ?? "";
  } catch {
    return "";
  }
}

function remember(slug: string | undefined, name: string): void {
  if (!slug || (name && clientNameProblem(name))) return;
  try {
    if (!name || name === slug) window.localStorage.removeItem(nameStorageKey(slug));
    else window.localStorage.setItem(nameStorageKey(slug), name);
  } catch {
    // Storage refused: the name still holds here and in the link.
  }
}

function namedFromDraft(draft: Draft): string[] {
  const names = new Set<string>();
  if (draft.tools && typeof draft.tools === "object" && !Array.isArray(draft.tools)) for (const name of Object.keys(draft.tools)) names.add(name);
  if (Array.isArray(draft.hide)) for (const name of draft.hide) if (typeof name === "string") names.add(name);
  return [...names];
}
