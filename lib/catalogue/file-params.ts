/**
 * Route segments that are whole file names ("tachibot.json"): a static export writes a
 * route handler's response to a file named exactly like its URL, so the extension lives
 * in the dynamic parameter itself.
 */
export function fileParams(slugs: readonly string[], extension: string): string[] {
  return slugs.map((slug) => `${slug}${extension}`);
}

/** The slug inside a file-name parameter, or undefined when it does not end in the extension. */
export function dataFileParam(param: string, extension: string): string | undefined {
  const decoded = safeDecode(param);
  if (!decoded.endsWith(extension) || decoded.length === extension.length) return undefined;
  return decoded.slice(0, -extension.length);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
