import type { SearchHit } from "../search/engine";
import { highlight } from "../search/highlight";

/**
 * One header-search result as DOM: the layout of the search page's ResultItem, compact (no
 * category badge, one line of description).
 * Every piece of a result is set as text (text nodes and <mark>), never as HTML: names and
 * descriptions come from servers and are untrusted. Risk badges are clones of the real
 * server-rendered badges the header carries ([data-risk-badges]).
 */

type Child = Node | string;

function el(doc: Document, tag: string, className: string, children: Child[] = []): HTMLElement {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  for (const child of children) node.append(child);
  return node;
}

export function highlightedNodes(doc: Document, text: string, terms: readonly string[], words: readonly string[]): Node[] {
  return highlight(text, terms, words).map((segment) =>
    segment.mark ? el(doc, "mark", "search-mark", [segment.text]) : doc.createTextNode(segment.text),
  );
}

export function resultView(doc: Document, hit: SearchHit, terms: readonly string[], words: readonly string[], badges: ParentNode | null): HTMLElement {
  const mark = (text: string) => highlightedNodes(doc, text, terms, words);
  const name = el(doc, "span", "font-mono font-semibold break-all", mark(hit.name));
  name.dataset.testid = "result-name";
  const head = el(doc, "div", "flex flex-wrap items-center gap-2", [
    el(doc, "span", "text-xs font-medium tracking-wide text-slate-500 uppercase dark:text-slate-400", [hit.kind === "server" ? "Server" : "Tool"]),
    name,
  ]);
  const badge = hit.risk ? Array.from(badges?.querySelectorAll("[data-risk]") ?? []).find((b) => b.getAttribute("data-risk") === hit.risk) : undefined;
  if (badge) head.append(badge.cloneNode(true));
  else if (!hit.risk && hit.kind === "server") head.append(el(doc, "span", "muted text-xs", ["tools not classified yet"]));

  const body = el(doc, "div", "flex min-w-0 flex-col gap-0.5", [head]);
  if (hit.kind === "tool" && hit.server) {
    const line = el(doc, "div", "muted text-xs", ["in ", ...mark(hit.server)]);
    if (hit.title) line.append(" · ", ...mark(hit.title));
    body.append(line);
  } else if (hit.title && hit.title !== hit.name) {
    body.append(el(doc, "div", "muted text-xs", mark(hit.title)));
  }
  if (hit.description) body.append(el(doc, "p", "muted m-0 text-sm line-clamp-1", mark(hit.description)));
  return body;
}
