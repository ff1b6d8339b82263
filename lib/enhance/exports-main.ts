import { enhanceClientName } from "./client-name";

/**
 * The client-exports script (public/client-exports.js, loaded with defer by server and tool
 * pages): the field for the reader's name for the server. Bundled by lib/build/enhancer.ts.
 */
enhanceClientName(document);
