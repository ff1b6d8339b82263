import { SITE_NAME, absoluteUrl } from "../../catalogue/site";
import type { PageHead } from "../../catalogue/metadata";

/**
 * Pure: a tool page's HTML from a page next build rendered (the template), the tags of its
 * head and its article. Every exported page shares the layout around <main> and the head
 * around the metadata tags, so a tool page differs from another only there; the build
 * checks that claim against Next's own pages on every build (render-outside.ts).
 */

/** React's escaping of text and attribute values (escapeTextForBrowser). */
export function escapeHtml(text: string): string {
  return text.replace(/["&'<>]/g, (c) => ({ '"': "&quot;", "&": "&amp;", "'": "&#x27;", "<": "&lt;", ">": "&gt;" })[c]!);
}

/**
 * The tags Next writes for `pageMetadata(head)` under the root layout's title template, in
 * its order. Only the shape pageMetadata makes is covered; anything else shows up as a
 * template whose head does not contain these tags.
 */
export function pageHeadTags(head: PageHead): string {
  const url = absoluteUrl(head.path);
  const fullTitle = `${head.title} · ${SITE_NAME}`;
  const tag = (name: "name" | "property", key: string, content: string) => `<meta ${name}="${key}" content="${escapeHtml(content)}"/>`;
  const image = head.image ? { url: absoluteUrl(head.image.path), alt: head.image.alt } : undefined;
  return [
    `<title>${escapeHtml(fullTitle)}</title>`,
    tag("name", "description", head.description),
    `<link rel="canonical" href="${escapeHtml(url)}"/>`,
    tag("property", "og:title", fullTitle),
    tag("property", "og:description", head.description),
    tag("property", "og:url", url),
    tag("property", "og:site_name", SITE_NAME),
    ...(image
      ? [
          tag("property", "og:image", image.url),
          tag("property", "og:image:type", "image/png"),
          tag("property", "og:image:width", "1200"),
          tag("property", "og:image:height", "630"),
          tag("property", "og:image:alt", image.alt),
        ]
      : []),
    tag("property", "og:type", "website"),
    tag("name", "twitter:card", image ? "summary_large_image" : "summary"),
    tag("name", "twitter:title", head.title),
    tag("name", "twitter:description", head.description),
    ...(image
      ? [
          tag("name", "twitter:image", image.url),
          tag("name", "twitter:image:alt", image.alt),
          tag("name", "twitter:image:type", "image/png"),
          tag("name", "twitter:image:width", "1200"),
          tag("name", "twitter:image:height", "630"),
        ]
      : []),
  ].join("");
}

/** A rendered page cut where tool pages differ: before its head tags, between them and its article, after it. */
export interface PageTemplate {
  beforeHead: string;
  betweenHeadAndArticle: string;
  afterArticle: string;
}

const MAIN_OPEN = /<main\b[^>]*\bid="main"[^>]*>/;

/**
 * Cuts a tool page Next rendered at its own head tags (which must appear exactly once) and
 * around the <article> in <main id="main"> that the route renders (ToolArticle); what Next
 * puts around the article inside <main> belongs to the template. Throws, naming what is
 * missing, when the page does not have that shape: the layout or Next's output changed, and
 * rendering tool pages outside Next would be wrong.
 */
export function pageTemplate(html: string, ownHeadTags: string): PageTemplate {
  const headAt = html.indexOf(ownHeadTags);
  if (headAt < 0) throw new Error("its head does not contain the metadata tags the build writes for it (pageHeadTags): Next's metadata output changed");
  if (html.indexOf(ownHeadTags, headAt + 1) >= 0) throw new Error("its metadata tags appear more than once");
  const headEnd = headAt + ownHeadTags.length;
  const open = MAIN_OPEN.exec(html.slice(headEnd));
  if (!open) throw new Error('it has no <main id="main"> after its head');
  const mainEnd = html.lastIndexOf("</main>");
  const articleStart = html.indexOf("<article", headEnd + open.index);
  const articleEnd = html.lastIndexOf("</article>", mainEnd);
  if (mainEnd < 0 || articleStart < 0 || articleEnd < articleStart || articleStart > mainEnd) throw new Error("its <main> does not hold an <article>");
  const afterArticle = articleEnd + "</article>".length;
  return { beforeHead: html.slice(0, headAt), betweenHeadAndArticle: html.slice(headEnd, articleStart), afterArticle: html.slice(afterArticle) };
}

export function fillTemplate(template: PageTemplate, headTags: string, article: string): string {
  return template.beforeHead + headTags + template.betweenHeadAndArticle + article + template.afterArticle;
}

/**
 * Takes out the empty comments React writes between adjacent text nodes so hydration can
 * tell them apart. They mean nothing on a page that never hydrates, and Next writes more of
 * them than React alone (one at the end of each piece its payload was split into), so tool
 * pages are written and compared without them. A page's own text cannot hold one: React
 * escapes its "<", and JSON in scripts is written with "<" escaped (serializeJsonLd).
 */
export function withoutTextSeparators(html: string): string {
  return html.replaceAll("<!-- -->", "");
}

/** Where two pages first differ, with a little of each around it, for an error message. */
export function firstDifference(expected: string, actual: string): { at: number; expected: string; actual: string } | undefined {
  if (expected === actual) return undefined;
  let at = 0;
  while (at < expected.length && expected[at] === actual[at]) at++;
  const around = (text: string) => text.slice(Math.max(0, at - 60), at + 80);
  return { at, expected: around(expected), actual: around(actual) };
}
