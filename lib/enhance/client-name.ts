import { byteLength, sizeText } from "../catalogue/file-size";
import { guardClientConfig } from "../guard/command-line";
import { caveatSummary, clientNameProblem, defaultNameNote, policyExports, rulesFileName, type PolicyExport } from "../policy/exports";
import { exportContext, nameStorageKey, type ExportInput } from "./export-input";
import { isShown, linkedFileParts, showText } from "./linked-file";

/**
 * The reader's name for the server, on server and tool pages ([data-client-exports]): a field
 * that rewrites every client export and the guard's client entry under that name, with the
 * same code that wrote them at build time (lib/policy/exports, lib/guard/command-line). The
 * name comes from the link (?name=), else from what the reader gave before (localStorage, per
 * server), else it is the catalogue's; a link beside the field carries it.
 *
 * A page whose exports are too large to show links them (lib/catalogue/server-files.ts) and
 * names its input file instead of carrying it: the input is fetched once the reader's name is
 * not the catalogue's, and each link then points at the export under that name, made here.
 */

const SHOWN_PARTS = ["fileName", "location", "caveatSummary", "content", "rules", "mergeHint"] as const;

export function enhanceClientName(doc: Document, win: Window = window): void {
  const root = doc.querySelector<HTMLElement>("[data-client-exports]");
  const container = root?.querySelector<HTMLElement>("[data-client-name]");
  const source = root && exportInputSource(root);
  if (!root || !container || !source) return;
  const { slug } = source;
  const storage = localStore(win);
  const key = nameStorageKey(slug);
  const linked = new URLSearchParams(win.location.search).get("name");
  const start = [linked, storage?.getItem(key), slug].find((name): name is string => typeof name === "string" && !clientNameProblem(name))!;

  const field = buildField(doc, slug, start);
  container.replaceChildren(field.box);
  const apply = (name: string) => {
    renderField(field, slug, name);
    // A linked page already shows the exports under the catalogue's name: its input is fetched only for another.
    if (source.input === undefined && name === slug && !source.loaded) return;
    source.load().then(
      (input) => {
        if (field.shown === name) renderExports(doc, root, input, name);
      },
      (error: unknown) => {
        if (field.shown === name) field.error.textContent = `Could not load the exports to write them under "${name}" (${error instanceof Error ? error.message : String(error)}).`;
      },
    );
  };
  apply(start);

  field.input.addEventListener("input", () => {
    const name = field.input.value.trim();
    const problem = clientNameProblem(name);
    field.input.setAttribute("aria-invalid", problem ? "true" : "false");
    field.error.textContent = problem ? `The name ${problem}. The exports below still use "${field.shown}".` : "";
    if (problem) return;
    apply(name);
    try {
      if (name === slug) storage?.removeItem(key);
      else storage?.setItem(key, name);
    } catch {
      // Storage full or refused: the name still applies on this page and in the link.
    }
  });
}

interface InputSource {
  slug: string;
  /** The input, when the page carries it. */
  input: ExportInput | undefined;
  /** Whether the input has been fetched (or was carried). */
  loaded: boolean;
  load(): Promise<ExportInput>;
}

/** The page's input: carried in <script data-export-input>, or named by [data-export-input-src] and fetched once. */
function exportInputSource(root: HTMLElement): InputSource | undefined {
  const script = root.querySelector("script[data-export-input]");
  if (script?.textContent) {
    let input: ExportInput;
    try {
      input = JSON.parse(script.textContent) as ExportInput;
    } catch {
      return undefined;
    }
    return { slug: input.slug, input, loaded: true, load: () => Promise.resolve(input) };
  }
  const src = root.dataset.exportInputSrc;
  const slug = root.dataset.exportSlug;
  if (!src || !slug) return undefined;
  let loading: Promise<ExportInput> | undefined;
  const source: InputSource = {
    slug,
    input: undefined,
    loaded: false,
    load() {
      loading ??= fetch(src).then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const input = (await response.json()) as ExportInput;
        source.loaded = true;
        return input;
      });
      // A failed fetch is forgotten, so the next name asks again.
      loading.catch(() => (loading = undefined));
      return loading;
    },
  };
  return source;
}

interface Field {
  box: HTMLElement;
  input: HTMLInputElement;
  error: HTMLElement;
  note: HTMLElement;
  link: HTMLAnchorElement;
  /** The name the exports on the page use now, or are being written under. */
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

function renderField(field: Field, slug: string, name: string): void {
  field.shown = name;
  field.note.hidden = name !== slug;
  field.link.href = `?name=${encodeURIComponent(name)}#exports`;
  field.link.textContent = name === slug ? "Link to these exports" : `Link to these exports for "${name}"`;
}

function renderExports(doc: Document, root: HTMLElement, input: ExportInput, name: string): void {
  for (const exported of policyExports(exportContext(input, name))) {
    const card = root.querySelector(`[data-policy-format="${exported.id}"]`);
    if (!card) continue;
    const text: Record<(typeof SHOWN_PARTS)[number], string> = { ...exported, caveatSummary: caveatSummary(exported) };
    for (const part of SHOWN_PARTS) {
      const element = card.querySelector(`[data-export-part="${part}"]`);
      if (element) element.textContent = text[part];
    }
    for (const part of ["content", "rules"] as const) {
      const box = card.querySelector(`[data-export-linked="${part}"]`);
      if (box) pointLink(box, exported, part, name === input.slug);
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
}

/** Made files in the page's memory, one per link, released when the link moves on. */
const madeFiles = new WeakMap<HTMLAnchorElement, string>();

/**
 * Points a linked export at its text under the reader's name (a file made here), or back at the
 * file the build wrote when the name is the catalogue's; what is shown of it follows.
 */
function pointLink(box: Element, exported: PolicyExport, part: "content" | "rules", catalogueName: boolean): void {
  const parts = linkedFileParts(box);
  if (!parts) return;
  const { link } = parts;
  const text = part === "content" ? exported.content : exported.rules;
  link.dataset.builtHref ??= link.getAttribute("href") ?? "";
  const previous = madeFiles.get(link);
  if (previous) URL.revokeObjectURL(previous);
  madeFiles.delete(link);
  if (catalogueName) link.href = link.dataset.builtHref;
  else {
    const made = URL.createObjectURL(new Blob([text], { type: exported.language === "json" ? "application/json" : "application/toml" }));
    madeFiles.set(link, made);
    link.href = made;
  }
  const fileName = part === "content" ? exported.fileName : rulesFileName(exported);
  link.download = fileName;
  link.textContent = fileName;
  if (parts.size) parts.size.textContent = sizeText(byteLength(text));
  if (isShown(parts)) showText(parts, text);
}

/** localStorage, or nothing where the browser refuses it (private modes, blocked storage). */
function localStore(win: Window): Storage | undefined {
  try {
    return win.localStorage;
  } catch {
    return undefined;
  }
}
