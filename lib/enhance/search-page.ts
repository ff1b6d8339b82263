import { paths, withBasePath } from "../catalogue/site";
import { runSearch, warmSearch } from "../search/page-client";
import type { SearchHit } from "../search/engine";
import { queryTokens } from "../search/tokenize";
import { parseSearchState, resultPath, searchStateQuery, type SearchState } from "../search/url";
import { CATEGORIES, RISK_LEVELS, type Category, type RiskLevel } from "../taxonomy";
import { resultView } from "./result-view";
import { searchSession } from "./search-session";

/**
 * The search page (app/_components/search/search-page.tsx) without a framework: its state
 * (query, filters, the index-only server shown) lives in the URL, so a search can be shared;
 * results come as you type, lightly debounced, and only the latest answer counts (while a new
 * one is on its way the last stays on screen). Arrows move through the results, Enter opens
 * the chosen one; a result with a page of its own opens as a document, an index-only server
 * opens its detail view here. When the index cannot be loaded the page says so and offers to
 * try again. Names and descriptions are untrusted: they are set as text, never as HTML.
 */

/**
 * Results asked for at a time. Each result costs a document shard the worker fetches after the
 * page has loaded, so the first answer is one screen of results; "Show more" asks for the next.
 */
const PAGE = 10;
const DEBOUNCE_MS = 40;

function el(doc: Document, tag: string, className: string, children: (Node | string)[] = []): HTMLElement {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  for (const child of children) node.append(child);
  return node;
}

export function enhanceSearchPage(doc: Document): void {
  const root = doc.querySelector<HTMLElement>("[data-search-page]");
  if (!root) return;
  const q = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const main = q<HTMLElement>("[data-search-main]");
  const input = q<HTMLInputElement>("#search-page-q");
  const statusLine = q<HTMLElement>("[data-testid=search-status]");
  const failedSlot = q<HTMLElement>("[data-search-failed-slot]");
  const partial = q<HTMLElement>("[data-search-partial]");
  const empty = q<HTMLElement>("[data-testid=search-empty]");
  const emptyMessage = q<HTMLElement>("[data-search-empty-message]");
  const emptyFiltered = q<HTMLElement>("[data-search-empty-filtered]");
  const list = q<HTMLUListElement>("#search-results");
  const more = q<HTMLButtonElement>("[data-search-more]");
  const serverView = q<HTMLElement>("[data-search-server]");
  const serverBody = q<HTMLElement>("[data-search-server-body]");
  const badges = root.querySelector("[data-search-badges]");
  const checkboxes = (name: "risk" | "category") => [...root.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name=${name}]`)];

  let state: SearchState = parseSearchState(window.location.search);
  let limit = PAGE;
  let active = -1;
  /** The request the shown answer belongs to: a change of query or filters starts on the first page. */
  let searchKey = "";
  const session = searchSession(DEBOUNCE_MS, () => render());

  const hits = (): SearchHit[] => session.response?.hits ?? [];

  /** Keeps the URL shareable as the state changes. */
  function writeUrl(): void {
    const query = searchStateQuery(state);
    if (query !== (window.location.search === "?" ? "" : window.location.search)) {
      window.history.replaceState(window.history.state, "", `${window.location.pathname}${query}`);
    }
  }

  function showControls(): void {
    input.value = state.q;
    for (const box of checkboxes("risk")) box.checked = state.risk.includes(box.value as RiskLevel);
    for (const box of checkboxes("category")) box.checked = state.category.includes(box.value as Category);
  }

  function setActive(next: number): void {
    active = next;
    list.querySelectorAll<HTMLElement>("[role=option]").forEach((option, i) => {
      const on = i === active;
      option.setAttribute("aria-selected", String(on));
      option.className = `rounded-md border p-3 ${on ? "border-blue-500 bg-blue-50 dark:bg-slate-800" : "border-slate-200 dark:border-slate-800"}`;
    });
    if (active >= 0) {
      input.setAttribute("aria-activedescendant", `search-result-${active}`);
      list.querySelector(`#search-result-${active}`)?.scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  }

  function failedCard(message: string, onRetry: () => void): HTMLElement {
    const retry = el(doc, "button", "button", ["Try again"]) as HTMLButtonElement;
    retry.type = "button";
    retry.addEventListener("click", onRetry);
    const card = el(doc, "div", "card flex flex-wrap items-center gap-3", [
      el(doc, "p", "m-0", [`Search could not load its index${message ? ` (${message})` : ""}. Check your connection and try again.`]),
      retry,
    ]);
    card.setAttribute("role", "alert");
    card.dataset.testid = "search-failed";
    return card;
  }

  function render(): void {
    const { status, response, error } = session;
    const asked = state.q.trim().length > 0;
    const shown = asked ? hits() : [];
    const words = queryTokens(state.q).tokens;
    const terms = response?.terms ?? [];
    list.replaceChildren(
      ...shown.map((hit, i) => {
        const option = el(doc, "li", "");
        option.id = `search-result-${i}`;
        option.setAttribute("role", "option");
        const link = el(doc, "a", "block text-inherit no-underline hover:no-underline dark:text-inherit", [
          resultView(doc, hit, terms, words, badges, { compact: false }),
        ]) as HTMLAnchorElement;
        link.href = withBasePath(resultPath(hit));
        link.addEventListener("click", (event) => {
          event.preventDefault();
          open(hit);
        });
        option.append(link);
        return option;
      }),
    );
    list.setAttribute("aria-busy", String(status === "loading"));
    input.setAttribute("aria-expanded", String(shown.length > 0));
    setActive(-1);

    const total = response?.total ?? 0;
    statusLine.textContent = !asked
      ? "Type to search."
      : status === "error"
        ? `Search failed: ${error ?? "unknown error"}.`
        : status === "loading"
          ? "Searching…"
          : total === 0
            ? "No results."
            : `${response?.more ? "At least " : ""}${total} result${total === 1 ? "" : "s"}`;
    failedSlot.replaceChildren(...(asked && status === "error" ? [failedCard(error ?? "", () => search())] : []));
    partial.hidden = !(asked && response?.partial);
    const filtered = state.risk.length > 0 || state.category.length > 0;
    empty.hidden = !(asked && status === "done" && shown.length === 0);
    emptyMessage.textContent = `Nothing matches “${state.q}”${filtered ? " with these filters" : ""}.`;
    emptyFiltered.hidden = !filtered;
    more.hidden = !(asked && response && (response.total > shown.length || response.more) && shown.length >= limit);
  }

  /** Asks for the current query, filters and limit; the last answer stays on screen meanwhile. */
  function search(): void {
    const key = searchStateQuery({ ...state, server: undefined });
    if (key !== searchKey) {
      searchKey = key;
      limit = PAGE;
    }
    session.ask(state.q.trim() ? { query: state.q, filters: { risk: state.risk, category: state.category }, limit } : undefined);
  }

  function update(change: Partial<SearchState>): void {
    state = { ...state, ...change };
    if ("server" in change && change.server === undefined) delete state.server;
    writeUrl();
    if (state.server) showServer(state.server);
    else {
      showMain();
      search();
    }
  }

  function open(hit: SearchHit): void {
    const path = resultPath(hit);
    if (path.startsWith(paths.search())) update({ server: hit.kind === "server" ? hit.name : (hit.server ?? hit.name) });
    // Result pages are documents (the build deletes their React payload): a full page load.
    else window.location.assign(withBasePath(path));
  }

  function showMain(): void {
    serverView.hidden = true;
    serverBody.replaceChildren();
    main.hidden = false;
  }

  /** The detail of a server known only from the index; a newer request shows "Loading…" until its own answer arrives. */
  let serverRequest = 0;
  function showServer(name: string): void {
    main.hidden = true;
    serverView.hidden = false;
    const mine = ++serverRequest;
    serverBody.replaceChildren(el(doc, "p", "muted", ["Loading…"]));
    runSearch({ query: "", filters: { risk: [], category: [] }, limit: 1, server: name }).then(
      (answer) => {
        if (mine !== serverRequest) return;
        const hit = answer.hits[0];
        serverBody.replaceChildren(hit ? serverDetail(doc, hit, badges) : el(doc, "p", "", [`No server named “${name}” is in the index.`]));
      },
      (failure: unknown) => {
        if (mine !== serverRequest) return;
        serverBody.replaceChildren(failedCard(failure instanceof Error ? failure.message : String(failure), () => showServer(name)));
      },
    );
  }

  input.addEventListener("input", () => update({ q: input.value }));
  for (const name of ["risk", "category"] as const) {
    for (const box of checkboxes(name)) {
      box.addEventListener("change", () => {
        const chosen = checkboxes(name)
          .filter((b) => b.checked)
          .map((b) => b.value);
        if (name === "risk") update({ risk: RISK_LEVELS.filter((r) => chosen.includes(r)) });
        else update({ category: CATEGORIES.filter((c) => chosen.includes(c)) });
      });
    }
  }
  input.addEventListener("keydown", (event) => {
    const count = hits().length;
    if (event.key === "ArrowDown" && count > 0) {
      event.preventDefault();
      setActive(Math.min(active + 1, count - 1));
    } else if (event.key === "ArrowUp" && count > 0) {
      event.preventDefault();
      setActive(Math.max(active - 1, 0));
    } else if (event.key === "Enter") {
      event.preventDefault();
      const chosen = active >= 0 ? hits()[active] : undefined;
      if (chosen) open(chosen);
    }
  });
  more.addEventListener("click", () => {
    limit += PAGE;
    search();
  });
  q<HTMLButtonElement>("[data-search-back]").addEventListener("click", () => update({ server: undefined }));
  window.addEventListener("popstate", () => {
    state = parseSearchState(window.location.search);
    showControls();
    if (state.server) showServer(state.server);
    else {
      showMain();
      search();
    }
  });

  // On arrival: the state from the URL, the first search at once, the box focused.
  showControls();
  warmSearch();
  if (state.server) showServer(state.server);
  else {
    search();
    input.focus();
  }
}

/**
 * What we know of a server that has no page yet (it is in the server index, its tools are not
 * classified): its description, repository, and how to import it into the catalogue.
 */
function serverDetail(doc: Document, hit: SearchHit, badges: ParentNode | null): HTMLElement {
  const repository = hit.repository && /^https?:\/\//i.test(hit.repository) ? hit.repository : undefined;
  const head = el(doc, "div", "flex flex-wrap items-center gap-2", [el(doc, "h2", "m-0 font-mono break-all", [hit.name])]);
  const risk = hit.risk ? Array.from(badges?.querySelectorAll("[data-risk]") ?? []).find((b) => b.getAttribute("data-risk") === hit.risk) : undefined;
  if (risk) head.append(risk.cloneNode(true));
  const card = el(doc, "article", "card flex flex-col gap-3", [head]);
  card.dataset.testid = "server-detail";
  if (hit.title && hit.title !== hit.name) card.append(el(doc, "p", "m-0 font-semibold", [hit.title]));
  if (hit.description) card.append(el(doc, "p", "prose-text m-0", [hit.description]));
  if (hit.topics && hit.topics.length > 0) card.append(el(doc, "p", "muted m-0 text-sm", [`Topics: ${hit.topics.join(", ")}`]));
  let where: HTMLElement;
  if (repository) {
    where = el(doc, "a", "break-all", [repository]);
    (where as HTMLAnchorElement).href = repository;
    where.setAttribute("rel", "nofollow noopener noreferrer");
  } else where = el(doc, "span", "break-all", [hit.repository ?? "not given"]);
  card.append(el(doc, "p", "m-0 text-sm", ["Repository: ", where]));
  card.append(
    el(doc, "div", "rounded-md border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950", [
      el(doc, "p", "m-0 font-semibold", ["Its tools are not classified yet."]),
      el(doc, "p", "mt-1 mb-2", [
        "This server is in the index of known MCP servers, but nobody has imported its tool list, so there is no risk verdict or policy for its tools. Import it from a running server and classify its tools:",
      ]),
      el(doc, "pre", "code-block m-0 whitespace-pre-wrap", [
        `npm run --silent catalogue -- import --stdio "<command that starts the server>" --out DIR\n# or, for a server reachable over HTTP:\nnpm run --silent catalogue -- import --url <server URL> --out DIR`,
      ]),
    ]),
  );
  return card;
}
