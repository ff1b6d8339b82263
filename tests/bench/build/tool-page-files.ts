import fs from "node:fs";
import path from "node:path";

/**
 * What one tool page costs on disk in an export: the files in its folder (the page and any
 * React payload files), and the files made for it alone elsewhere (its social image and its
 * JSON copies). A file shared by the tool pages of one server (a server-wide social image)
 * is counted in equal shares, so the figures add up to the export's real size.
 */

export type FileKind = "html" | "payload" | "image" | "json" | "other";

export interface ToolPageFiles {
  toolPages: number;
  /** Mean bytes and files per tool page, shares of shared files included. */
  bytesPerToolPage: number;
  filesPerToolPage: number;
  maxBytes: number;
  maxFiles: number;
  /** Mean bytes per tool page by kind of file. */
  bytesByKind: Record<FileKind, number>;
  filesByKind: Record<FileKind, number>;
  /** Tool pages over the given byte budget. */
  overBudget: number;
}

export function kindOf(file: string): FileKind {
  if (file.endsWith(".html")) return "html";
  if (file.endsWith(".txt")) return "payload";
  if (file.endsWith(".png")) return "image";
  if (file.endsWith(".json")) return "json";
  return "other";
}

function sizeOf(file: string): number | undefined {
  try {
    const stat = fs.statSync(file);
    return stat.isFile() ? stat.size : undefined;
  } catch {
    return undefined;
  }
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesUnder(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}

export function measureToolPages(outDir: string, budgetBytes = 60 * 1024): ToolPageFiles {
  const kinds: FileKind[] = ["html", "payload", "image", "json", "other"];
  const bytesByKind = Object.fromEntries(kinds.map((k) => [k, 0])) as Record<FileKind, number>;
  const filesByKind = Object.fromEntries(kinds.map((k) => [k, 0])) as Record<FileKind, number>;
  let toolPages = 0;
  let maxBytes = 0;
  let maxFiles = 0;
  let overBudget = 0;
  const serversDir = path.join(outDir, "servers");
  for (const server of fs.readdirSync(serversDir, { withFileTypes: true })) {
    if (!server.isDirectory()) continue;
    const tools = fs
      .readdirSync(path.join(serversDir, server.name), { withFileTypes: true })
      .filter((d) => d.isDirectory() && fs.existsSync(path.join(serversDir, server.name, d.name, "index.html")))
      .map((d) => d.name);
    if (tools.length === 0) continue;
    const shared = [path.join(outDir, "og/servers", `${server.name}.png`)].filter((file) => sizeOf(file) !== undefined);
    for (const tool of tools) {
      const own = [
        ...filesUnder(path.join(serversDir, server.name, tool)),
        path.join(outDir, "og/servers", server.name, `${tool}.png`),
        path.join(outDir, "data/servers", server.name, `${tool}.json`),
        path.join(outDir, "policies", server.name, `${tool}.json`),
      ];
      let bytes = 0;
      let files = 0;
      for (const file of own) {
        const size = sizeOf(file);
        if (size === undefined) continue;
        bytes += size;
        files += 1;
        bytesByKind[kindOf(file)] += size;
        filesByKind[kindOf(file)] += 1;
      }
      for (const file of shared) {
        const share = sizeOf(file)! / tools.length;
        bytes += share;
        files += 1 / tools.length;
        bytesByKind[kindOf(file)] += share;
        filesByKind[kindOf(file)] += 1 / tools.length;
      }
      toolPages++;
      maxBytes = Math.max(maxBytes, bytes);
      maxFiles = Math.max(maxFiles, Math.ceil(files));
      if (bytes > budgetBytes) overBudget++;
    }
  }
  const mean = (value: number) => (toolPages > 0 ? value / toolPages : 0);
  let totalBytes = 0;
  let totalFiles = 0;
  for (const kind of kinds) {
    totalBytes += bytesByKind[kind];
    totalFiles += filesByKind[kind];
    bytesByKind[kind] = Math.round(mean(bytesByKind[kind]));
    filesByKind[kind] = Number(mean(filesByKind[kind]).toFixed(2));
  }
  return {
    toolPages,
    bytesPerToolPage: Math.round(mean(totalBytes)),
    filesPerToolPage: Number(mean(totalFiles).toFixed(2)),
    maxBytes: Math.round(maxBytes),
    maxFiles,
    bytesByKind,
    filesByKind,
    overBudget,
  };
}

/** Bytes and files of a whole folder tree. */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const file of filesUnder(dir)) {
    bytes += sizeOf(file) ?? 0;
    files++;
  }
  return { bytes, files };
}
