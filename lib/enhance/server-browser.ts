import { browseServers, browseStateQuery, parseBrowseState, type BrowsableServer, type ServerBrowseState } from "../catalogue/server-browse";
import { RISK_LEVELS, type RiskLevel } from "../taxonomy";

/**
 * The filter and sort of the server list (/servers/, app/_components/server/server-browser.tsx):
 * shows the hidden controls, and on every change hides, shows and reorders the cards as
 * browseServers says, says how many are shown, and keeps the state in the address.
 */
export function enhanceServerBrowser(doc: Document, win: Window = window): void {
  const root = doc.querySelector<HTMLElement>("[data-server-browser]");
  const form = root?.querySelector<HTMLFormElement>("form[data-server-controls]");
  const list = root?.querySelector<HTMLElement>("[data-server-cards]");
  const query = form?.querySelector<HTMLInputElement>("[data-server-query]");
  const riskiest = form?.querySelector<HTMLSelectElement>("[data-server-riskiest]");
  const sort = form?.querySelector<HTMLSelectElement>("[data-server-sort]");
  const count = form?.querySelector<HTMLElement>("[data-server-count]");
  const none = root?.querySelector<HTMLElement>("[data-server-none]");
  if (!root || !form || !list || !query || !riskiest || !sort || !count) return;

  const cards = Array.from(list.querySelectorAll<HTMLElement>(":scope > [data-server-card]"));
  const servers: BrowsableServer[] = cards.map((card) => {
    const numbers = (card.dataset.mix ?? "").split(",").map(Number);
    const mix = Object.fromEntries(RISK_LEVELS.map((level, i) => [level, numbers[i] || 0])) as Record<RiskLevel, number>;
    return { text: `${card.textContent ?? ""} ${card.dataset.match ?? ""}`, tools: Number(card.dataset.tools) || 0, mix };
  });

  const state = parseBrowseState(win.location.search);
  query.value = state.query;
  riskiest.value = state.riskiest;
  sort.value = state.sort;

  function apply(): void {
    const next: ServerBrowseState = parseBrowseState(`?${new URLSearchParams({ q: query!.value, riskiest: riskiest!.value, sort: sort!.value })}`);
    const shown = browseServers(servers, next);
    const visible = new Set(shown);
    cards.forEach((card, i) => (card.hidden = !visible.has(i)));
    // Reordering moves the cards themselves, so focus and anything typed stay with them.
    list!.append(...shown.map((i) => cards[i]!), ...cards.filter((_, i) => !visible.has(i)));
    count!.textContent = shown.length === cards.length ? `Showing all ${cards.length} servers.` : `Showing ${shown.length} of ${cards.length} servers.`;
    if (none) none.hidden = shown.length > 0;
    const address = `${win.location.pathname}${browseStateQuery(next)}${win.location.hash}`;
    if (address !== `${win.location.pathname}${win.location.search}${win.location.hash}`) win.history.replaceState(win.history.state, "", address);
  }

  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.hidden = false;
  apply();
}
