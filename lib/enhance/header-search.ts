import { paths, withBasePath } from "../catalogue/site";
import { warmSearch } from "../search/page-client";
import { queryTokens } from "../search/tokenize";
import { resultPath, searchStateQuery } from "../search/url";
import { resultView } from "./result-view";
import { searchSession } from "./search-session";

/**
 * The header search box (app/_components/search/header-search.tsx) as an ARIA combobox:
 * results as you type from the search worker, "/" focuses it from anywhere (unless another
 * field has the keyboard), arrows move, Enter opens the chosen result or, with none chosen,
 * the search page; Escape closes. When search fails it says so and offers to try again.
 * Without this script the box is a plain GET form.
 */

const SHOWN = 8;
const DEBOUNCE_MS = 40;
const LIST_ID = "header-search-results";

export function enhanceHeaderSearch(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>("form[data-header-search]");
  const input = form?.querySelector<HTMLInputElement>("input[name=q]");
  const popup = form?.querySelector<HTMLElement>("[data-search-popup]");
  if (!form || !input || !popup) return;
  const badges = form.querySelector("[data-risk-badges]");

  const list = doc.createElement("ul");
  list.id = LIST_ID;
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", "Search results");
  list.className = "m-0 max-h-[70vh] list-none overflow-auto p-1";
  const footer = doc.createElement("p");
  footer.className = "muted m-0 border-t border-slate-200 px-3 py-1.5 text-xs dark:border-slate-700";
  footer.setAttribute("aria-live", "polite");
  const message = doc.createElement("span");
  const retry = doc.createElement("button");
  retry.type = "button";
  retry.textContent = "Try again";
  retry.className = "underline";
  retry.hidden = true;
  const allResults = doc.createElement("a");
  allResults.textContent = "All results and filters";
  footer.append(message, " ", retry, " ", allResults);
  popup.replaceChildren(list, footer);

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-controls", LIST_ID);
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");

  let query = "";
  let active = -1;
  let open = false;
  const session = searchSession(DEBOUNCE_MS, () => render());

  const hits = () => session.response?.hits ?? [];
  const searchPage = () => `${paths.search()}${searchStateQuery({ q: query, risk: [], category: [] })}`;
  const optionId = (i: number) => `${LIST_ID}-option-${i}`;

  function go(path: string): void {
    setOpen(false);
    input!.blur();
    window.location.assign(withBasePath(path));
  }

  function setOpen(next: boolean): void {
    open = next;
    const shown = open && query.trim().length > 0;
    popup!.hidden = !shown;
    input!.setAttribute("aria-expanded", String(shown));
  }

  function setActive(next: number): void {
    active = next;
    list.querySelectorAll<HTMLElement>("[role=option]").forEach((option, i) => {
      option.setAttribute("aria-selected", String(i === active));
      option.classList.toggle("bg-blue-50", i === active);
      option.classList.toggle("dark:bg-slate-800", i === active);
    });
    if (active >= 0) {
      input!.setAttribute("aria-activedescendant", optionId(active));
      list.querySelector(`#${optionId(active)}`)?.scrollIntoView({ block: "nearest" });
    } else input!.removeAttribute("aria-activedescendant");
  }

  function render(): void {
    const { status, response } = session;
    const words = queryTokens(query).tokens;
    const terms = response?.terms ?? [];
    list.replaceChildren(
      ...hits().map((hit, i) => {
        const option = doc.createElement("li");
        option.id = optionId(i);
        option.setAttribute("role", "option");
        option.className = "cursor-pointer rounded-md px-2 py-1.5";
        option.append(resultView(doc, hit, terms, words, badges));
        // mousedown, not click: it comes before the input's blur closes the list.
        option.addEventListener("mousedown", (event) => {
          event.preventDefault();
          go(resultPath(hit));
        });
        option.addEventListener("mouseenter", () => setActive(i));
        return option;
      }),
    );
    message.textContent =
      status === "loading" && hits().length === 0
        ? "Searching…"
        : status === "error"
          ? "Search failed to load."
          : hits().length === 0 && status === "done"
            ? `Nothing matches “${query}”.`
            : "";
    retry.hidden = status !== "error";
    allResults.href = withBasePath(searchPage());
    setActive(-1);
    setOpen(open);
  }

  /** Lightly debounced; only the latest answer counts. */
  function search(): void {
    session.ask(query.trim() ? { query, filters: { risk: [], category: [] }, limit: SHOWN } : undefined);
  }

  input.addEventListener("input", () => {
    query = input.value;
    open = true;
    search();
  });
  input.addEventListener("focus", () => {
    warmSearch();
    setOpen(true);
  });
  input.addEventListener("blur", () => window.setTimeout(() => setOpen(false), 150));
  input.addEventListener("keydown", (event) => {
    const count = hits().length;
    if (event.key === "ArrowDown" && count > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((active + 1) % count);
    } else if (event.key === "ArrowUp" && count > 0) {
      event.preventDefault();
      setActive(active <= 0 ? count - 1 : active - 1);
    } else if (event.key === "Enter") {
      event.preventDefault();
      const chosen = hits()[active];
      if (chosen) go(resultPath(chosen));
      else if (query.trim()) go(searchPage());
    } else if (event.key === "Escape") {
      setOpen(false);
      setActive(-1);
    }
  });
  // mousedown, not click, as for results: the input keeps focus, so the list stays open.
  retry.addEventListener("mousedown", (event) => {
    event.preventDefault();
    search();
  });
  allResults.addEventListener("mousedown", (event) => {
    event.preventDefault();
    go(searchPage());
  });

  doc.addEventListener("keydown", (event) => {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}
