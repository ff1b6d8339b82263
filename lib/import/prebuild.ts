import fs from "node:fs";
import path from "node:path";
import { classifyTool } from "../classify";
import { runImport, tasksFor } from "./run";

/**
 * `npm run build`, step 1: when the shared corpus is there (CATALOGUE_CORPUS, default
 * ../shared/corpus/servers), import all of it into .cache/imported (never into content/, never
 * committed) and hand that folder to the build as an extra content root. Committed entries
 * win over imported ones because the loader reads content/ first. A malformed corpus file
 * fails the build with its name and what is wrong.
 */

export const IMPORTED_DIR = ".cache/imported";

export async function prepareImportedContent(options: { cwd: string; env: NodeJS.ProcessEnv; log?: (line: string) => void }): Promise<string[]> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const corpus = path.resolve(options.cwd, options.env.CATALOGUE_CORPUS ?? "../shared/corpus/servers");
  if (!fs.existsSync(corpus)) {
    log(`import: no corpus at ${corpus}; building from content/ alone`);
    return [];
  }
  const target = path.resolve(options.cwd, IMPORTED_DIR);
  // A fresh folder each build, swapped in only when the whole corpus imported cleanly.
  const fresh = `${target}.next-${process.pid}`;
  fs.rmSync(fresh, { recursive: true, force: true });
  try {
    const run = await runImport(tasksFor([{ kind: "path", path: corpus, flags: {} }], { timeoutMs: 0, cwd: options.cwd }), {
      out: fresh,
      classify: classifyTool,
      ignoreExisting: true,
    });
    const bad = run.servers.filter((server) => server.status !== "imported");
    if (bad.length > 0) {
      const lines = bad.map((server) => {
        const refused = server.plan?.toolProblems.map((p) => `tool #${p.index + 1}${p.name !== undefined ? ` ${JSON.stringify(p.name)}` : ""} ${p.message}`) ?? [];
        return `  - ${server.label}: ${server.error ?? refused.join("; ")}`;
      });
      throw new Error(`the corpus at ${corpus} has ${bad.length} file${bad.length === 1 ? "" : "s"} that did not import:\n${lines.join("\n")}`);
    }
    if (run.servers.length === 0) throw new Error(`the corpus folder ${corpus} holds no *.json files`);
    fs.rmSync(target, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.renameSync(fresh, target);
    const tools = run.servers.reduce((sum, server) => sum + (server.plan?.toolCount ?? 0), 0);
    log(`import: ${run.servers.length} servers, ${tools} tools from ${corpus} into ${IMPORTED_DIR} in ${run.seconds.toFixed(1)} s`);
    return [target];
  } finally {
    fs.rmSync(fresh, { recursive: true, force: true });
  }
}
