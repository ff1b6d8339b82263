/**
 * Makes hidden characters visible, for showing a flagged passage to a person: each invisible,
 * bidirectional or control character becomes "[U+200B]", and text spelled in Unicode tag
 * characters is spelled out as `[tag characters: "…"]`. Everything else is left as written.
 * The result is plain text; it is never meant to be rendered as HTML.
 */

const VISIBLE_RUN_RE = /^[\t\n\r\x20-\x7e]*$/;

function needsMarker(c: number): boolean {
  return (
    (c < 0x20 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c <= 0x9f) || c === 0x00ad || c === 0x034f ||
    c === 0x061c || c === 0x115f || c === 0x1160 || c === 0x17b4 || c === 0x17b5 || (c >= 0x180b && c <= 0x180f) ||
    (c >= 0x200b && c <= 0x200f) || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2060 && c <= 0x206f) || c === 0x3164 ||
    (c >= 0xfe00 && c <= 0xfe0f) || c === 0xfeff || c === 0xffa0 || (c >= 0xfff0 && c <= 0xfffb)
  );
}

function marker(codePoint: number): string {
  return `[U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}]`;
}

export function reveal(text: string): string {
  if (VISIBLE_RUN_RE.test(text)) return text;
  let out = "";
  let tags = "";
  const closeTags = (): void => {
    if (tags) out += `[tag characters: "${tags}"]`;
    tags = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xdb40 && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdc7f) {
        const ascii = low - 0xdc00;
        tags += ascii >= 0x20 && ascii <= 0x7e ? String.fromCharCode(ascii) : marker(0xe0000 + ascii);
        i++;
        continue;
      }
    }
    closeTags();
    out += needsMarker(c) ? marker(c) : text.charAt(i);
  }
  closeTags();
  return out;
}
