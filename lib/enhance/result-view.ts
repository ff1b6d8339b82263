import type { SearchHit } from "../search/engine";
import { highlight } from "../search/highlight";

/**
 * One search result as DOM, for the header box (compact: no category badge, one line of
 * description) and the search page (lib/enhance/search-page.ts).
 * Every piece of a result is set as text (text nodes and <mark>), never as HTML: names and
 * descriptions come from servers and are untrusted. Badges are clones of the real
 * server-rendered badges the page carries (the header's [data-risk-badges], the search page's
 * [data-search-badges]).
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

function badge(badges: ParentNode | null, attribute: "data-risk" | "data-category", value: string): Node | undefined {
  const found = Array.from(badges?.querySelectorAll(`[${attribute}]`) ?? []).find((b) => b.getAttribute(attribute) === value);
  return found?.cloneNode(true);
}

export function resultView(
  doc: Document,
  hit: SearchHit,
  terms: readonly string[],
  words: readonly string[],
  badges: ParentNode | null,
  options: { compact: boolean } = { compact: true },
): HTMLElement {
  const mark = (text: string) => highlightedNodes(doc, text, terms, words);
  const name = el(doc, "span", "font-mono font-semibold break-all", mark(hit.name));
  name.dataset.testid = "result-name";
  const head = el(doc, "div", "flex flex-wrap items-center gap-2", [
    el(doc, "span", "text-xs font-medium tracking-wide text-slate-500 uppercase dark:text-slate-400", [hit.kind === "server" ? "Server" : "Tool"]),
    name,
  ]);
  const risk = hit.risk ? badge(badges, "data-risk", hit.risk) : undefined;
  if (risk) head.append(risk);
  else if (!hit.risk && hit.kind === "server") head.append(el(doc, "span", "muted text-xs", ["tools not classified yet"]));
  const category = !options.compact && hit.category ? badge(badges, "data-category", hit.category) : undefined;
  if (category) head.append(category);

  const body = el(doc, "div", "flex min-w-0 flex-col gap-0.5", [head]);
  if (hit.kind === "tool" && hit.server) {
    const line = el(doc, "div", "muted text-xs", ["in ", ...mark(hit.server)]);
    if (hit.title) line.append(" · ", ...mark(hit.title));
    body.append(line);
  } else if (hit.title && hit.title !== hit.name) {
    body.append(el(doc, "div", "muted text-xs", mark(hit.title)));
  }
  if (hit.description) body.append(el(doc, "p", `muted m-0 text-sm ${options.compact ? "line-clamp-1" : "line-clamp-2"}`, mark(hit.description)));
  return body;
}
