import fs from "node:fs";
import path from "node:path";

/**
 * Writes a built index to a folder as a whole: into a fresh sibling folder first, then
 * swapped in, so a failed build never leaves half an index where the old one was.
 */
export function writeIndexFiles(dir: string, files: ReadonlyMap<string, string>): number {
  const target = path.resolve(dir);
  const staging = `${target}.staging-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  let bytes = 0;
  const made = new Set<string>();
  for (const [relative, body] of files) {
    const file = path.join(staging, relative);
    const folder = path.dirname(file);
    if (!made.has(folder)) {
      fs.mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    fs.writeFileSync(file, body);
    bytes += Buffer.byteLength(body);
  }
  fs.mkdirSync(staging, { recursive: true });
  const old = `${target}.old-${process.pid}`;
  if (fs.existsSync(target)) fs.renameSync(target, old);
  fs.renameSync(staging, target);
  fs.rmSync(old, { recursive: true, force: true });
  return bytes;
}
