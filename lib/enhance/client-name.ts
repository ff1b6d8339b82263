import { guardClientConfig } from "../guard/command-line";
import { caveatSummary, clientNameProblem, defaultNameNote, policyExports, type ExportContext } from "../policy/exports";
import { nameStorageKey, type ExportInput } from "./export-input";

/**
 * The reader's name for the server, on server and tool pages ([data-client-exports]): a field
 * that rewrites every client export and the guard's client entry under that name, with the
 * same code that wrote them at build time (lib/policy/exports, lib/guard/command-line). The
 * name comes from the link (?name=), else from what the reader gave before (localStorage, per
 * server), else it is the catalogue's; a link beside the field carries it.
 */

const PARTS = ["fileName", "location", "caveatSummary", "content", "rules", "mergeHint"] as const;

export function enhanceClientName(doc: Document, win: Window = window): void {
  const root = doc.querySelector<HTMLElement>("[data-client-exports]");
  const container = root?.querySelector<HTMLElement>("[data-client-name]");
  const source = root?.querySelector("script[data-export-input]");
  if (!root || !container || !source?.textContent) return;
  let input: ExportInput;
  try {
    input = JSON.parse(source.textContent) as ExportInput;
  } catch {
    return;
  }
  const storage = localStore(win);
  const key = nameStorageKey(input.slug);
  const linked = new URLSearchParams(win.location.search).get("name");
  const start = [linked, storage?.getItem(key), input.slug].find((name): name is string => typeof name === "string" && !clientNameProblem(name))!;

  const field = buildField(doc, input.slug, start);
  container.replaceChildren(field.box);
  render(doc, root, input, start, field);

  field.input.addEventListener("input", () => {
    const name = field.input.value.trim();
    const problem = clientNameProblem(name);
    field.input.setAttribute("aria-invalid", problem ? "true" : "false");
    field.error.textContent = problem ? `The name ${problem}. The exports below still use "${field.shown}".` : "";
    if (problem) return;
    render(doc, root, input, name, field);
    try {
      if (name === input.slug) storage?.removeItem(key);
      else storage?.setItem(key, name);
    } catch {
      // Storage full or refused: the name still applies on this page and in the link.
    }
  });
}

interface Field {
  box: HTMLElement;
  input: HTMLInputElement;
  error: HTMLElement;
  note: HTMLElement;
  link: HTMLAnchorElement;
  /** The name the exports on the page use now. */
  shown: string;
}

function buildField(doc: Document, slug: string, value: string): Field {
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text = "") => {
    const element = doc.createElement(tag);
    for (const [name, attr] of Object.entries(attributes)) element.setAttribute(name, attr);
    element.textContent = text;
    return element;
  };
  const box = make("div", { class: "card mb-3 space-y-2" });
  const label = make("label", { for: "client-name", class: "block text-sm font-medium" }, "What your client's config calls this server");
  const input = make("input", {
    id: "client-name",
    type: "text",
    class: "w-full max-w-sm rounded border border-slate-400 bg-transparent px-2 py-1 font-mono",
    autocomplete: "off",
    spellcheck: "false",
    "aria-describedby": "client-name-note client-name-error",
    "data-client-name-input": "",
  });
  input.value = value;
  const error = make("p", { id: "client-name-error", role: "status", "aria-live": "polite", class: "text-sm text-red-700 dark:text-red-300" });
  const note = make("p", { id: "client-name-note", class: "muted text-sm" }, defaultNameNote(slug));
  const link = make("a", { class: "text-sm", "data-client-name-link": "" });
  box.append(label, input, error, note, link);
  return { box, input, error, note, link, shown: value };
}

function render(doc: Document, root: HTMLElement, input: ExportInput, name: string, field: Field): void {
  const ctx: ExportContext = {
    name,
    policy: input.policy,
    ...(input.tools ? { tools: input.tools } : {}),
    ...(input.only !== undefined ? { only: input.only } : {}),
    ...(input.launch ? { launch: input.launch } : {}),
  };
  for (const exported of policyExports(ctx)) {
    const card = root.querySelector(`[data-policy-format="${exported.id}"]`);
    if (!card) continue;
    const text: Record<(typeof PARTS)[number], string> = { ...exported, caveatSummary: caveatSummary(exported) };
    for (const part of PARTS) {
      const element = card.querySelector(`[data-export-part="${part}"]`);
      if (element) element.textContent = text[part];
    }
    card.querySelector(`[data-export-part="caveats"]`)?.replaceChildren(
      ...exported.caveats.map((caveat) => {
        const item = doc.createElement("li");
        item.textContent = caveat.text;
        return item;
      }),
    );
  }
  const config = root.querySelector('[data-guard-part="config"]');
  if (config) config.textContent = guardClientConfig(name, input.guard);

  field.shown = name;
  field.note.hidden = name !== input.slug;
  field.link.href = `?name=${encodeURIComponent(name)}#exports`;
  field.link.textContent = name === input.slug ? "Link to these exports" : `Link to these exports for "${name}"`;
}

/** localStorage, or nothing where the browser refuses it (private modes, blocked storage). */
function localStore(win: Window): Storage | undefined {
  try {
    return win.localStorage;
  } catch {
    return undefined;
  }
}
