/**
 * JSON for a <script type="application/ld+json"> block. Tool names and descriptions are
 * written by strangers: escaping <, > and & means no text can close the script element or
 * open a comment, and U+2028/2029 cannot break older parsers. JSON.parse reads it unchanged.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
