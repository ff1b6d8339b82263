import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { build } from "esbuild";
import { firstDifference, withoutTextSeparators } from "./page-html";
import type { ToolPageJob, WorkerAnswer, WorkerInput } from "./worker";

/**
 * Tool pages rendered by the build itself, after next build. They are most of the site's
 * pages, have no React island (so ship without Next's runtime, strip-framework.ts) and share
 * one layout. Measured with `npm run bench:build -- --tools 20000`: static generation in next
 * build took 51 ms of CPU per page, React alone 1.6 ms per tool page. So next build renders a
 * sample of them, one of which becomes the template, and worker threads render the rest with
 * the route's own components (render-tool-page.tsx). Every build renders the sample again the
 * same way and compares it with Next's pages byte for byte, once the empty comments that only
 * hydration reads are taken out of those (withoutTextSeparators): any difference fails the build.
 */

export type { ToolPageJob } from "./worker";

/** Tool pages next build renders: enough to compare, spread over the catalogue. */
const SAMPLE_SIZE = 8;
/** Of those, pages whose entries hold markup characters, where escaping could differ. */
const MARKUP_SAMPLES = 4;
/** Fewer pages than this per worker are not worth another thread's start (it reads the catalogue). */
const PAGES_PER_WORKER = 400;

/**
 * Pure: splits the tool pages to render into the sample next build renders and the pages the
 * build renders itself. With no more pages than the sample, Next renders them all.
 */
export function splitToolPages(pages: readonly ToolPageJob[], hasMarkup: (page: ToolPageJob) => boolean): { sample: ToolPageJob[]; outside: ToolPageJob[] } {
  if (pages.length <= SAMPLE_SIZE) return { sample: [...pages], outside: [] };
  const chosen = new Set<ToolPageJob>(evenlySpaced(pages.filter(hasMarkup), MARKUP_SAMPLES));
  // The rest evenly spaced over all pages; where one is chosen already, the next free one.
  const wanted = SAMPLE_SIZE - chosen.size;
  for (let i = 0; i < wanted; i++) {
    let at = Math.floor((i * pages.length) / wanted);
    while (chosen.has(pages[at]!)) at = (at + 1) % pages.length;
    chosen.add(pages[at]!);
  }
  return { sample: pages.filter((page) => chosen.has(page)), outside: pages.filter((page) => !chosen.has(page)) };
}

/** Up to `count` of the items, evenly spaced, the first among them. */
function evenlySpaced<T>(items: readonly T[], count: number): T[] {
  const taken = Math.min(count, items.length);
  return Array.from({ length: taken }, (_, i) => items[Math.floor((i * items.length) / taken)]!);
}

/** The worker as one CommonJS file: worker threads run plain JavaScript, and the app's components are TSX. */
async function bundleWorker(cwd: string): Promise<string> {
  const outfile = path.join(cwd, ".cache/tool-page-worker.cjs");
  await build({
    entryPoints: [path.join(cwd, "lib/build/tool-pages/worker.tsx")],
    outfile,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    jsx: "automatic",
    // Packages load from node_modules as they do for next build's server: one React, one Next.
    packages: "external",
    tsconfig: path.join(cwd, "tsconfig.json"),
    logLevel: "silent",
  });
  return outfile;
}

type Rendered = Exclude<WorkerAnswer, { failed: string }>;

/** Starts a worker; its pages, or a rejection when it fails to render them. */
function startWorker(file: string, input: WorkerInput, env: NodeJS.ProcessEnv): { worker: Worker; answer: Promise<Rendered> } {
  const worker = new Worker(file, { workerData: input, env });
  const answer = new Promise<Rendered>((resolve, reject) => {
    let answered = false;
    worker.once("message", (message: WorkerAnswer) => {
      answered = true;
      if ("failed" in message) reject(new Error(`tool pages: rendering ${message.failed}`));
      else resolve(message);
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (!answered) reject(new Error(`a tool page worker exited (code ${code}) without an answer`));
    });
  });
  return { worker, answer };
}

export interface OutsideSummary {
  rendered: number;
  compared: number;
  workers: number;
}

/**
 * Renders `outside` into the export, and `sample` (already in it, from next build, stripped)
 * again to compare; the sample is rewritten without text separators. `env` is next build's
 * environment, with the routing settings Next builds into its client components (trailing
 * slash, base path) added by the caller.
 */
export async function renderToolPagesOutside(options: {
  cwd: string;
  outDir: string;
  env: NodeJS.ProcessEnv;
  sample: readonly ToolPageJob[];
  outside: readonly ToolPageJob[];
}): Promise<OutsideSummary> {
  const { outDir, sample, outside } = options;
  const fileOf = (page: ToolPageJob) => path.join(outDir, ...page.urlPath.split("/").filter(Boolean), "index.html");
  // The pages Next rendered lose their text separators too, so a tool page is the same bytes
  // whichever of the two rendered it (a rebuild and a build from nothing split them differently).
  const nextHtml = new Map<string, string>();
  for (const page of sample) {
    const html = withoutTextSeparators(fs.readFileSync(fileOf(page), "utf8"));
    fs.writeFileSync(fileOf(page), html);
    nextHtml.set(page.urlPath, html);
  }
  if (outside.length === 0) return { rendered: 0, compared: 0, workers: 0 };
  const [first] = sample;
  if (!first) throw new Error("tool pages: no page next build rendered to take the layout from");
  const workerFile = await bundleWorker(options.cwd);

  const workers = Math.max(1, Math.min(os.availableParallelism(), Math.floor(outside.length / PAGES_PER_WORKER)));
  const shares: ToolPageJob[][] = Array.from({ length: workers }, () => []);
  // Contiguous shares keep a server's pages (and the related tools they share) in one thread.
  const perWorker = Math.ceil(outside.length / workers);
  outside.forEach((page, i) => shares[Math.floor(i / perWorker)]!.push(page));
  const template = { ...first, html: nextHtml.get(first.urlPath)! };
  // React's production build, the one next build renders with.
  const workerEnv: NodeJS.ProcessEnv = { ...options.env, NODE_ENV: "production" };
  const started = shares.map((write, i) => startWorker(workerFile, { template, outDir, write, compare: i === 0 ? [...sample] : [] }, workerEnv));
  let answers: Rendered[];
  try {
    answers = await Promise.all(started.map(({ answer }) => answer));
  } finally {
    // One worker's failure fails the build; the others need not finish their pages first.
    await Promise.all(started.map(({ worker }) => worker.terminate()));
  }

  let rendered = 0;
  const compared: { urlPath: string; html: string }[] = [];
  for (const answer of answers) {
    rendered += answer.written;
    compared.push(...answer.compared);
  }
  for (const page of compared) {
    const difference = firstDifference(nextHtml.get(page.urlPath)!, page.html);
    if (difference) {
      throw new Error(
        `tool pages: ${page.urlPath} rendered outside next build differs from Next's page at character ${difference.at}\n` +
          `  next build: ${JSON.stringify(difference.expected)}\n  outside:    ${JSON.stringify(difference.actual)}`,
      );
    }
  }
  return { rendered, compared: compared.length, workers };
}
