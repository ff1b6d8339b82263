import fs from "node:fs";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { getCatalogue } from "../../content";
import { pageTemplate } from "./page-html";
import { renderToolPage, toolPageHeadTags } from "./render-tool-page";

/**
 * A worker thread of render-outside.ts, bundled to plain JavaScript before it starts. It reads
 * the build's catalogue (from the snapshot its environment names, as Next's workers do),
 * writes each page it is given into the export and answers with the sample pages' HTML.
 */

export interface ToolPageJob {
  server: string;
  tool: string;
  urlPath: string;
}

export interface WorkerInput {
  /** A tool page next build rendered, and stripped: the layout every other one shares. */
  template: ToolPageJob & { html: string };
  outDir: string;
  /** Pages to write into the export. */
  write: ToolPageJob[];
  /** Pages to render and send back, not write: Next rendered them, and they are compared. */
  compare: ToolPageJob[];
}

export type WorkerAnswer = { written: number; compared: { urlPath: string; html: string }[] } | { failed: string };

function run(input: WorkerInput): WorkerAnswer {
  const catalogue = getCatalogue();
  let current: ToolPageJob = input.template;
  try {
    const template = pageTemplate(input.template.html, toolPageHeadTags(catalogue, input.template.server, input.template.tool));
    const compared = input.compare.map((job) => {
      current = job;
      return { urlPath: job.urlPath, html: renderToolPage(catalogue, template, job.server, job.tool) };
    });
    for (const job of input.write) {
      current = job;
      const dir = path.join(input.outDir, ...job.urlPath.split("/").filter(Boolean));
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, "index.html"), renderToolPage(catalogue, template, job.server, job.tool));
    }
    return { written: input.write.length, compared };
  } catch (error) {
    return { failed: `${current.urlPath}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` };
  }
}

parentPort?.postMessage(run(workerData as WorkerInput));
