import fs from "node:fs";
import path from "node:path";
import { parseEntry } from "../content/parse";
import { formatProblem } from "../content/problems";
import { serverEntrySchema, toolEntrySchema } from "../content/schema";
import type { ExistingServer } from "./types";

/**
 * Reads what DIR/servers/<slug>/ already holds, so a re-import can keep reviewed verdicts and
 * report what changed. An entry that cannot be read stops the import of that server: we will
 * not overwrite a file we do not understand, it may be someone's work.
 */

export class ExistingEntryError extends Error {
  override name = "ExistingEntryError";
}

export function readExistingServer(serverDir: string): ExistingServer | undefined {
  if (!fs.existsSync(serverDir)) return undefined;
  const existing: ExistingServer = { tools: new Map(), otherFiles: [] };
  const problems: string[] = [];

  const serverFile = path.join(serverDir, "server.md");
  if (fs.existsSync(serverFile)) {
    const parsed = parseEntry(serverFile, fs.readFileSync(serverFile, "utf8"), serverEntrySchema);
    if (parsed.ok) existing.server = { data: parsed.data, notes: parsed.body };
    else problems.push(...parsed.problems.map(formatProblem));
  }

  for (const relative of listFiles(serverDir)) {
    if (relative === "server.md") continue;
    const isToolEntry = relative.startsWith("tools/") && relative.endsWith(".md") && !relative.slice(6).includes("/");
    if (!isToolEntry) {
      existing.otherFiles.push(relative);
      continue;
    }
    const file = path.join(serverDir, relative);
    const text = fs.readFileSync(file, "utf8");
    const parsed = parseEntry(file, text, toolEntrySchema);
    if (!parsed.ok) {
      problems.push(...parsed.problems.map(formatProblem));
      continue;
    }
    const twin = existing.tools.get(parsed.data.name);
    if (twin) {
      problems.push(`${file}: name: "${parsed.data.name}" is already defined by ${twin.file}`);
      continue;
    }
    existing.tools.set(parsed.data.name, { data: parsed.data, notes: parsed.body, file, text });
  }

  if (problems.length > 0) {
    throw new ExistingEntryError(
      `the entries already in ${serverDir} cannot be read, so nothing was changed there; fix or remove them first:\n` +
        problems.map((p) => `    - ${p}`).join("\n"),
    );
  }
  return existing;
}

/** Every regular file below dir, relative, with "/" separators. Symbolic links are not followed. */
function listFiles(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const dirent of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${dirent.name}` : dirent.name;
    if (dirent.isDirectory()) out.push(...listFiles(dir, relative));
    else out.push(relative);
  }
  return out.sort();
}
