import { enhanceCopyButtons } from "./copy";
import { enhanceHeaderSearch } from "./header-search";
import { enhanceServerBrowser } from "./server-browser";
import { enhanceToolsTables } from "./tools-table";

/**
 * The page enhancer (public/enhance.js, loaded with defer on every page): the shared page
 * chrome's behaviour without a framework, so pages with no React island can ship no React.
 * Bundled by lib/build/enhancer.ts.
 */
enhanceCopyButtons(document);
enhanceHeaderSearch(document);
enhanceServerBrowser(document);
enhanceToolsTables(document);
