/**
 * Pure: takes Next's runtime out of an exported page that has no React island of our own.
 *
 * Every App Router page loads react-dom, the router and the Turbopack runtime (~130 KB of
 * compressed script) just to hydrate, even when nothing on it is interactive beyond what
 * the page enhancer (public/enhance.js, plain script) already does. The rule for which pages
 * qualify is explicit: a page keeps the framework when its RSC payload references ("I[id,"
 * rows) a client component from this project's own source; client components of the
 * framework itself (layout router, Link, error boundaries) do not count, because without
 * the runtime they are plain markup (a Link is an <a>). The ids of our own client components
 * come from the build's client reference manifests (see strip-export.ts).
 *
 * Removed: <script src> under <base>/_next/, the inline scripts that carry the RSC payload
 * (self.__next_f) or boot Turbopack (TURBOPACK), and script preloads of /_next chunks.
 * Kept: stylesheets, JSON-LD and every other script (the enhancer among them). The RSC .txt
 * files stay in the export, so client-side navigation from a hydrated page still works.
 */

/** Module ids of client components a page's RSC payload references. */
export function referencedClientModules(html: string): Set<string> {
  const ids = new Set<string>();
  // A row reads `39:I[2513,["$2","$3"],"ToolsTable"]` (string ids are allowed too). Rows can be
  // split across the inline pushes, so the payload is decoded and joined before it is read.
  for (const match of rscPayload(html).matchAll(/(?:^|\n)[0-9a-f]+:I\["?([^,"\]]+)"?,/g)) ids.add(match[1]!);
  return ids;
}

/** The RSC payload a page carries inline: self.__next_f.push([1,"<JSON string>"]) joined in order. */
export function rscPayload(html: string): string {
  let payload = "";
  // Runs of plain characters are taken whole ([^"\\]+): a 100 KB payload is read in a few steps, not character by character.
  for (const match of html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]+|\\.)*")\]\)/g)) {
    payload += JSON.parse(match[1]!) as string;
  }
  return payload;
}

export function hasIsland(html: string, islandIds: ReadonlySet<string>): boolean {
  for (const id of referencedClientModules(html)) if (islandIds.has(id)) return true;
  return false;
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const LINK = /<link\b[^>]*>/gi;

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

export function stripFramework(html: string, basePath = ""): string {
  const frameworkPrefix = `${basePath}/_next/`;
  const isFramework = (url: string | undefined) => url !== undefined && url.startsWith(frameworkPrefix);
  return html
    .replace(SCRIPT, (whole, attrs: string, body: string) => {
      const src = attribute(attrs, "src");
      if (src !== undefined) return isFramework(src) ? "" : whole;
      const type = attribute(attrs, "type");
      if (type && type !== "text/javascript" && type !== "module") return whole;
      return /self\.__next_f|TURBOPACK/.test(body) ? "" : whole;
    })
    .replace(LINK, (tag) => {
      const rel = (attribute(tag, "rel") ?? "").toLowerCase();
      const preloadsScript = rel === "modulepreload" || (rel === "preload" && (attribute(tag, "as") ?? "").toLowerCase() === "script");
      return preloadsScript && isFramework(attribute(tag, "href")) ? "" : tag;
    });
}
