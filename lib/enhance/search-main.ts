import { enhanceSearchPage } from "./search-page";

/**
 * The search page script (public/search-page.js, loaded with defer by the search page only):
 * draws the page's results. Bundled by lib/build/enhancer.ts.
 */
enhanceSearchPage(document);
