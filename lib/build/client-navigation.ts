/**
 * Pure: which exported pages a client-side navigation can reach, so the payload files of all
 * the others can be deleted.
 *
 * Next exports each page's React Server Components payload as .txt files beside its HTML
 * (index.txt and __next.*.txt). Only the framework's router reads them, and the router only
 * runs on pages that keep Next's runtime (pages with a React island of ours; the others are
 * stripped by strip-framework.ts). From such a page, a next/link <Link> navigates on the
 * client: it fetches the target's payload and renders the target inside the running app,
 * where the target's own Links navigate the same way. So the pages whose payload can be
 * fetched are those reachable from a hydrated page through Link elements, following Links on
 * the pages reached. A plain <a> reloads the document and fetches no payload.
 *
 * Links are read from the payload itself: an element whose type is a row that imports the
 * next/link module (`3:I[13210,[...],""]`, then `["$","$L3",null,{"href":"/x/",...}]`).
 */

/** The payload rows ("3") that import one of the given client module ids (next/link's). */
export function importRows(payload: string, moduleIds: ReadonlySet<string>): Set<string> {
  const rows = new Set<string>();
  for (const match of payload.matchAll(/(?:^|\n)([0-9a-f]+):I\["?([^,"\]]+)"?,/g)) {
    if (moduleIds.has(match[2]!)) rows.add(match[1]!);
  }
  return rows;
}

/** The value of a top-level "href" in the JSON object starting at `start`, or what it was instead. */
function hrefProp(text: string, start: number): { href?: string; unreadable?: true } {
  let depth = 0;
  let i = start;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '"') {
      const end = stringEnd(text, i);
      if (depth === 1 && text.slice(i, end + 1) === '"href"' && text[end + 1] === ":") {
        const valueStart = end + 2;
        if (text[valueStart] !== '"') return { unreadable: true };
        return { href: JSON.parse(text.slice(valueStart, stringEnd(text, valueStart) + 1)) as string };
      }
      i = end + 1;
      continue;
    }
    if (char === "{" || char === "[") depth++;
    else if (char === "}" || char === "]") {
      depth--;
      if (depth === 0) return {};
    }
    i++;
  }
  return { unreadable: true };
}

function stringEnd(text: string, quote: number): number {
  let i = quote + 1;
  while (i < text.length) {
    if (text[i] === "\\") i += 2;
    else if (text[i] === '"') return i;
    else i++;
  }
  return text.length - 1;
}

export interface PageLinks {
  hrefs: string[];
  /** A Link whose href is not a plain string (e.g. an object): where it goes cannot be known. */
  unreadable: number;
}

/** The hrefs of every next/link element in a payload. */
export function linkHrefs(payload: string, linkModuleIds: ReadonlySet<string>): PageLinks {
  const result: PageLinks = { hrefs: [], unreadable: 0 };
  const rows = importRows(payload, linkModuleIds);
  if (rows.size === 0) return result;
  const pattern = new RegExp(`\\["\\$","\\$L(?:${[...rows].join("|")})",(?:null|"(?:[^"\\\\]|\\\\.)*"),\\{`, "g");
  for (const match of payload.matchAll(pattern)) {
    const prop = hrefProp(payload, match.index + match[0].length - 1);
    if (prop.href !== undefined) result.hrefs.push(prop.href);
    else result.unreadable++;
  }
  return result;
}

/** A same-site href as the URL path of a page ("/servers/x/#policy" → "/servers/x/"), or undefined for other sites. */
export function pagePath(href: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("//")) return undefined;
  if (!href.startsWith("/")) return undefined;
  return new URL(href, "http://site").pathname;
}

/**
 * Pages a client navigation can reach: the hydrated pages, then every page a Link on a
 * reached page points to, as long as the export has it. Undefined when some reached page
 * has a Link that cannot be read, meaning every page must keep its payload.
 */
export function clientReachable(hydrated: Iterable<string>, linksOf: (page: string) => PageLinks, exists: (page: string) => boolean): Set<string> | undefined {
  const reached = new Set<string>();
  const queue = [...hydrated];
  for (const page of queue) reached.add(page);
  while (queue.length > 0) {
    const links = linksOf(queue.shift()!);
    if (links.unreadable > 0) return undefined;
    for (const href of links.hrefs) {
      const target = pagePath(href);
      if (target === undefined || reached.has(target) || !exists(target)) continue;
      reached.add(target);
      queue.push(target);
    }
  }
  return reached;
}
