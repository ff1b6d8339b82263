import { enhanceClientName } from "./client-name";
import { enhanceLinkedFiles } from "./linked-file";

/**
 * The client-exports script (public/client-exports.js, loaded with defer by server and tool
 * pages): the field for the reader's name for the server, and the buttons that show a file a
 * page too large to carry it links instead (its policy and exports). Bundled by
 * lib/build/enhancer.ts.
 */
enhanceLinkedFiles(document);
enhanceClientName(document);
