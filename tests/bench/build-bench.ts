/**
 * npm run --silent bench:build -- --tools N [--rebuild] [--profile] [--minimal-pages M] [--work DIR] [--keep]
 * npm run --silent bench:build -- --again [--work DIR]
 *
 * Builds the site with N synthetic tools and prints what it cost. The tools are made by
 * lib/synth as tool-list snapshots and go through the real build: the importer with the real
 * classifier, the search index, `next build` of the real pages, the post-build steps. The
 * build runs in a copy of the project's sources under DIR (default: the system's temporary
 * folder), whose content and output are its own: nothing synthetic can reach this project's
 * out/ or public/. Most tool pages are rendered after `next build` by the build itself
 * (lib/build/tool-pages; `toolPagesAfterNextBuild` says how many): that step is post-build
 * work, and counts against the tool pages' rate like every other.
 *
 * In the same run it builds a minimal Next.js site (pages that print one line, as many as
 * tool pages up to M, default 5,000) with the same worker settings, for the pages per second
 * Next.js reaches with no work of ours. With --rebuild it then changes one server's entries
 * and builds again, to time a rebuild; --verify then builds once more from nothing and checks
 * that every page of the export is the same as the rebuild's (reused pages included). --profile writes V8 CPU profiles of every build
 * process and prints where the JavaScript time went. Memory and CPU are sampled over the
 * whole process tree; per-core figures include other people's work on a shared machine.
 *
 * --again times one more rebuild of the last run's site (left in DIR): another server's entries
 * change and the site is built again with the code it was built with. It measures a rebuild on
 * a quieter machine without building everything first; it prints only the rebuild's figures.
 *
 * The last line printed is JSON.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { syntheticSnapshots } from "../../lib/synth/snapshots";
import nextConfig from "../../next.config";
import { readNextTrace, mainSpans, type TraceSpan } from "./build/next-trace";
import { ProcessTreeSampler, cpuBetween, endLeftovers, type TreeSummary } from "./build/process-tree";
import { summariseProfiles, type ProfileSummary } from "./build/profiles";
import { folderSize, measureToolPages } from "./build/tool-page-files";
import { prepareMinimalSite, prepareSiteCopy } from "./build/work-site";

interface Options {
  tools: number;
  rebuild: boolean;
  verify: boolean;
  profile: boolean;
  minimalPages: number;
  work: string;
  keep: boolean;
  again: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const tools = Number(value("--tools") ?? 1000);
  if (!Number.isInteger(tools) || tools < 1) throw new Error("--tools takes a whole number of tools, e.g. --tools 20000");
  const minimalPages = Number(value("--minimal-pages") ?? Math.min(tools, 5000));
  return {
    tools,
    rebuild: argv.includes("--rebuild") || argv.includes("--verify"),
    verify: argv.includes("--verify"),
    profile: argv.includes("--profile"),
    minimalPages,
    work: path.resolve(value("--work") ?? path.join(os.tmpdir(), "catalogue-bench-build")),
    keep: argv.includes("--keep"),
    again: argv.includes("--again"),
  };
}

const log = (line: string) => process.stderr.write(`bench:build: ${line}\n`);

interface BuildRun {
  wallS: number;
  tree: TreeSummary;
  spans: Record<string, TraceSpan>;
  steps: Record<string, number>;
  stepsCpu: Record<string, number>;
  /** Tool pages the build rendered itself after next build (lib/build/tool-pages); the rest went through Next. */
  toolPagesAfterNextBuild: number;
  workers?: number;
  logFile: string;
}

const NEXT_SPANS = ["next-build", "run-turbopack", "run-typescript", "static-check", "static-generation", "output-export-full-static-export"];

async function runBuild(label: string, command: string[], cwd: string, env: NodeJS.ProcessEnv, logFile: string): Promise<BuildRun> {
  const out = fs.openSync(logFile, "w");
  const started = Date.now();
  const child = spawn(command[0]!, command.slice(1), { cwd, env, stdio: ["ignore", out, out] });
  const sampler = new ProcessTreeSampler(child.pid!);
  sampler.start();
  const code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 1)));
  const tree = sampler.stop();
  fs.closeSync(out);
  const leftovers = endLeftovers(sampler);
  if (leftovers.length > 0) log(`${label}: ended ${leftovers.length} leftover processes (${leftovers.join(", ")})`);
  const wallS = (Date.now() - started) / 1000;
  const text = fs.readFileSync(logFile, "utf8");
  if (code !== 0) throw new Error(`${label} failed (exit ${code}); its output is in ${logFile}:\n${text.split("\n").slice(-30).join("\n")}`);
  const statsFile = path.join(cwd, ".cache/build-stats.json");
  const stats = fs.existsSync(statsFile)
    ? (JSON.parse(fs.readFileSync(statsFile, "utf8")) as { steps?: Record<string, number>; stepsCpu?: Record<string, number>; pages?: { toolPagesAfterNextBuild?: number } })
    : {};
  const workers = /Generating static pages using (\d+) worker/.exec(text)?.[1];
  return {
    wallS,
    tree,
    spans: mainSpans(readNextTrace(path.join(cwd, ".next")), NEXT_SPANS),
    steps: stats.steps ?? {},
    stepsCpu: stats.stepsCpu ?? {},
    toolPagesAfterNextBuild: stats.pages?.toolPagesAfterNextBuild ?? 0,
    logFile,
    ...(workers ? { workers: Number(workers) } : {}),
  };
}

function writeCorpus(dir: string, tools: number): { servers: number; firstServer: string } {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const snapshots = syntheticSnapshots(tools);
  for (const snapshot of snapshots) fs.writeFileSync(path.join(dir, `${snapshot.server.slug}.json`), JSON.stringify(snapshot));
  return { servers: snapshots.length, firstServer: snapshots[0]!.server.slug };
}

/** One server's entries change: every tool's description gains a sentence, and one tool is added. */
function changeOneServer(corpusDir: string, slug: string): void {
  const file = path.join(corpusDir, `${slug}.json`);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run bench:build with --tools first`);
  const snapshot = JSON.parse(fs.readFileSync(file, "utf8")) as { tools: { name: string; description: string }[] };
  for (const tool of snapshot.tools) tool.description += " Changed for the rebuild benchmark.";
  snapshot.tools.push({ name: "rebuild_bench_added_tool", description: "Deletes a record added for the rebuild benchmark." });
  fs.writeFileSync(file, JSON.stringify(snapshot));
}

function staticGenerationCpu(run: BuildRun): number | undefined {
  const span = run.spans["static-generation"];
  return span ? cpuBetween(run.tree.samples, span.start, span.start + span.seconds * 1000) : undefined;
}

const round = (n: number, digits = 1) => Number(n.toFixed(digits));

/** The environment the site is built in: the synthetic corpus only, no committed content, no real index. */
function siteBuildEnv(corpusDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, CATALOGUE_CORPUS: corpusDir, CATALOGUE_CONTENT_DIRS: "", NEXT_TELEMETRY_DISABLED: "1", ...extra };
  delete env.CATALOGUE_INDEX;
  delete env.CATALOGUE_SEARCH_SYNTHETIC;
  return env;
}

/** A rebuild's figures, as both the full run and --again print them. */
function rebuildFigures(rebuild: BuildRun) {
  return {
    rebuildS: round(rebuild.wallS),
    rebuildCpuS: round(rebuild.tree.cpuS),
    rebuildSteps: Object.fromEntries(Object.entries(rebuild.steps).map(([k, v]) => [k, round(v)])),
    rebuildPeakRssMB: Math.round(rebuild.tree.peakRssMB),
  };
}

/** --again: one more server changes in the last run's site, which is built again. */
async function rebuildAgain(options: Options): Promise<void> {
  const siteDir = path.join(options.work, "site");
  const corpusDir = path.join(options.work, "corpus");
  if (!fs.existsSync(path.join(siteDir, ".cache/page-store"))) throw new Error(`no built site in ${siteDir}: run bench:build with --tools first`);
  const servers = fs.readdirSync(corpusDir).filter((name) => name.endsWith(".json")).sort();
  // A different server each time, so every run changes entries the last one did not.
  const runs = fs.readdirSync(options.work).filter((name) => /^again-\d+\.log$/.test(name)).length;
  const slug = servers[(runs + 1) % servers.length]!.replace(/\.json$/, "");
  changeOneServer(corpusDir, slug);
  const env = siteBuildEnv(corpusDir);
  const loadAtStart = os.loadavg();
  log(`rebuilding ${siteDir} after a change to ${slug}`);
  const tsx = path.join(process.cwd(), "node_modules/tsx/dist/cli.mjs");
  const rebuild = await runBuild("the rebuild", [process.execPath, tsx, "lib/build/main.ts"], siteDir, env, path.join(options.work, `again-${runs}.log`));
  const result = {
    changedServer: slug,
    toolPages: measureToolPages(path.join(siteDir, "out")).toolPages,
    ...rebuildFigures(rebuild),
    loadAverageAtStart: loadAtStart.map((l) => round(l, 2)),
    loadAverageAtEnd: os.loadavg().map((l) => round(l, 2)),
    cores: os.cpus().length,
  };
  log(`rebuild of ${result.toolPages} tool pages after one server changed: ${result.rebuildS} s`);
  console.log(JSON.stringify(result));
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.again) return rebuildAgain(options);
  const projectDir = process.cwd();
  const siteDir = path.join(options.work, "site");
  const minimalDir = path.join(options.work, "minimal");
  const corpusDir = path.join(options.work, "corpus");
  const profileDir = path.join(options.work, "profiles");
  fs.mkdirSync(options.work, { recursive: true });
  const tsx = path.join(projectDir, "node_modules/tsx/dist/cli.mjs");
  const loadAtStart = os.loadavg();

  log(`writing ${options.tools} synthetic tools as snapshots into ${corpusDir}`);
  const corpus = writeCorpus(corpusDir, options.tools);
  // A cold build: no output, Next cache or build cache from an earlier run.
  fs.rmSync(siteDir, { recursive: true, force: true });
  prepareSiteCopy(projectDir, siteDir);
  fs.rmSync(profileDir, { recursive: true, force: true });
  if (options.profile) fs.mkdirSync(profileDir, { recursive: true });
  const env = siteBuildEnv(
    corpusDir,
    options.profile
      ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${path.join(projectDir, "tests/bench/build/cpu-profile-preload.cjs")}`.trim(), BENCH_CPU_PROFILE_DIR: profileDir }
      : {},
  );

  log(`building the site with ${corpus.servers} synthetic servers in ${siteDir} (log: ${options.work}/build.log)`);
  const build = await runBuild("the catalogue build", [process.execPath, tsx, "lib/build/main.ts"], siteDir, env, path.join(options.work, "build.log"));
  const outDir = path.join(siteDir, "out");
  const pages = measureToolPages(outDir);
  const exportSize = folderSize(outDir);
  const profile: ProfileSummary | undefined = options.profile ? summariseProfiles(profileDir) : undefined;

  let rebuild: BuildRun | undefined;
  if (options.rebuild) {
    changeOneServer(corpusDir, corpus.firstServer);
    log(`rebuilding after a change to ${corpus.firstServer}`);
    const rebuildEnv = { ...env };
    if (options.profile) {
      rebuildEnv.NODE_OPTIONS = process.env.NODE_OPTIONS ?? "";
      delete rebuildEnv.BENCH_CPU_PROFILE_DIR;
    }
    rebuild = await runBuild("the rebuild", [process.execPath, tsx, "lib/build/main.ts"], siteDir, rebuildEnv, path.join(options.work, "rebuild.log"));
  }

  let verify: { pagesCompared: number; differing: string[]; missing: string[] } | undefined;
  if (options.verify) {
    const rebuilt = path.join(options.work, "out-rebuilt");
    fs.rmSync(rebuilt, { recursive: true, force: true });
    fs.renameSync(outDir, rebuilt);
    for (const dir of [".next", ".cache", "out"]) fs.rmSync(path.join(siteDir, dir), { recursive: true, force: true });
    log("verifying: building the changed catalogue from nothing to compare with the rebuild");
    await runBuild("the clean build", [process.execPath, tsx, "lib/build/main.ts"], siteDir, { ...env, NODE_OPTIONS: process.env.NODE_OPTIONS ?? "" }, path.join(options.work, "verify.log"));
    verify = compareExports(outDir, rebuilt);
    fs.rmSync(rebuilt, { recursive: true, force: true });
  }

  const cpus = nextConfig.experimental?.cpus;
  log(`building a minimal Next.js site of ${options.minimalPages} pages in ${minimalDir}`);
  prepareMinimalSite(projectDir, minimalDir, options.minimalPages, cpus);
  // The same Node options our build gives next build (lib/build/main.ts), so the comparison is of pages, not flags.
  const minimalEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --max-semi-space-size=64`.trim() };
  const minimal = await runBuild("the minimal site's build", [process.execPath, path.join(projectDir, "node_modules/next/dist/bin/next"), "build"], minimalDir, minimalEnv, path.join(options.work, "minimal.log"));

  const generation = build.spans["static-generation"]?.seconds ?? 0;
  const minimalGeneration = minimal.spans["static-generation"]?.seconds ?? 0;
  const htmlPages = countHtml(outDir);
  // Every page Next generated counts against the tool pages, as do the post-build steps that
  // make their images and JSON copies: a conservative rate, not a flattering one.
  const stepNames = Object.keys(build.steps);
  // Waiting for the last build's output to be deleted is not work on this build's pages.
  const postBuild = stepNames.slice(stepNames.indexOf("nextBuild") + 1).filter((name) => name !== "finishDeleting");
  const postBuildS = postBuild.reduce((sum, name) => sum + build.steps[name]!, 0);
  const postBuildCpuS = postBuild.reduce((sum, name) => sum + (build.stepsCpu[name] ?? 0), 0);
  const toolPagesPerS = pages.toolPages / (generation + postBuildS);
  const minimalPagesPerS = options.minimalPages / minimalGeneration;
  // On a shared machine wall-clock rates say as much about the neighbours as about the build;
  // the same rates per CPU second of the build's own processes say what the pages cost.
  const generationCpu = staticGenerationCpu(build) ?? 0;
  const minimalGenerationCpu = staticGenerationCpu(minimal) ?? 0;
  const toolPagesPerCpuS = pages.toolPages / (generationCpu + postBuildCpuS);
  const minimalPagesPerCpuS = options.minimalPages / minimalGenerationCpu;

  const result = {
    tools: countTools(siteDir),
    syntheticTools: options.tools,
    servers: corpus.servers,
    toolPages: pages.toolPages,
    htmlPages,
    buildS: round(build.wallS),
    outDir,
    exportMB: round(exportSize.bytes / 1024 / 1024),
    exportFiles: exportSize.files,
    peakRssMB: Math.round(build.tree.peakRssMB),
    bytesPerToolPage: pages.bytesPerToolPage,
    filesPerToolPage: pages.filesPerToolPage,
    maxBytesPerToolPage: pages.maxBytes,
    maxFilesPerToolPage: pages.maxFiles,
    toolPagesOver60KB: pages.overBudget,
    bytesPerToolPageByKind: pages.bytesByKind,
    filesPerToolPageByKind: pages.filesByKind,
    steps: Object.fromEntries(Object.entries(build.steps).map(([k, v]) => [k, round(v)])),
    stepsCpu: Object.fromEntries(Object.entries(build.stepsCpu).map(([k, v]) => [k, round(v)])),
    nextSpans: Object.fromEntries(Object.entries(build.spans).map(([k, v]) => [k, round(v.seconds)])),
    staticGenerationS: round(generation),
    postBuildS: round(postBuildS),
    workers: build.workers,
    toolPagesPerS: round(toolPagesPerS),
    toolPagesAfterNextBuild: build.toolPagesAfterNextBuild,
    minimalPages: options.minimalPages,
    minimalStaticGenerationS: round(minimalGeneration),
    minimalWorkers: minimal.workers,
    minimalPagesPerS: round(minimalPagesPerS),
    toolToMinimalRate: round(toolPagesPerS / minimalPagesPerS, 2),
    staticGenerationCpuS: round(generationCpu),
    postBuildCpuS: round(postBuildCpuS),
    toolPagesPerCpuS: round(toolPagesPerCpuS),
    minimalStaticGenerationCpuS: round(minimalGenerationCpu),
    minimalPagesPerCpuS: round(minimalPagesPerCpuS),
    toolToMinimalRateCpu: round(toolPagesPerCpuS / minimalPagesPerCpuS, 2),
    cpuS: round(build.tree.cpuS),
    coresUsedOverBuild: round(build.tree.cpuS / build.wallS, 2),
    coresUsedInStaticGeneration: generation > 0 ? round(generationCpu / generation, 2) : undefined,
    coreBusyDuringBuild: build.tree.coreBusy.map((b) => round(b, 2)),
    ...(rebuild ? rebuildFigures(rebuild) : {}),
    ...(verify ? { verify: { pagesCompared: verify.pagesCompared, differing: verify.differing.slice(0, 20), differingCount: verify.differing.length, missing: verify.missing.slice(0, 20) } } : {}),
    ...(profile ? { profile } : {}),
    loadAverageAtStart: loadAtStart.map((l) => round(l, 2)),
    loadAverageAtEnd: os.loadavg().map((l) => round(l, 2)),
    cores: os.cpus().length,
  };

  log(
    `${result.toolPages} tool pages built in ${result.buildS} s (static generation ${result.staticGenerationS} s, post-build ${result.postBuildS} s; ` +
      `${result.toolPagesAfterNextBuild} of them rendered after next build): ` +
      `${result.toolPagesPerS} tool pages/s against ${result.minimalPagesPerS} minimal pages/s (${result.toolToMinimalRate}×; per CPU second ${result.toolPagesPerCpuS} against ${result.minimalPagesPerCpuS}, ${result.toolToMinimalRateCpu}×); ` +
      `${(result.bytesPerToolPage / 1024).toFixed(1)} KB in ${result.filesPerToolPage} files per tool page; peak ${result.peakRssMB} MB` +
      (rebuild ? `; rebuild after one server changed ${result.rebuildS} s` : ""),
  );
  if (!options.keep) fs.rmSync(minimalDir, { recursive: true, force: true });
  console.log(JSON.stringify(result));
}

/** Every HTML page of two exports, compared byte for byte. */
function compareExports(expectedDir: string, actualDir: string): { pagesCompared: number; differing: string[]; missing: string[] } {
  const result = { pagesCompared: 0, differing: [] as string[], missing: [] as string[] };
  const walk = (dir: string) => {
    for (const dirent of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, dirent.name);
      if (dirent.isDirectory()) walk(full);
      else if (dirent.name.endsWith(".html")) {
        const relative = path.relative(expectedDir, full);
        const other = path.join(actualDir, relative);
        result.pagesCompared++;
        if (!fs.existsSync(other)) result.missing.push(relative);
        else if (!fs.readFileSync(other).equals(fs.readFileSync(full))) result.differing.push(relative);
      }
    }
  };
  walk(expectedDir);
  return result;
}

function countHtml(dir: string): number {
  let count = 0;
  for (const dirent of fs.readdirSync(dir, { withFileTypes: true })) {
    if (dirent.isDirectory()) count += countHtml(path.join(dir, dirent.name));
    else if (dirent.name.endsWith(".html")) count++;
  }
  return count;
}

/** Tools in the built catalogue: the imported synthetic ones and the committed ones. */
function countTools(siteDir: string): number {
  let count = 0;
  for (const root of [path.join(siteDir, "content/servers"), path.join(siteDir, ".cache/imported/servers")]) {
    if (!fs.existsSync(root)) continue;
    for (const server of fs.readdirSync(root)) {
      const tools = path.join(root, server, "tools");
      if (fs.existsSync(tools)) count += fs.readdirSync(tools).filter((f) => f.endsWith(".md")).length;
    }
  }
  return count;
}

main().catch((error: unknown) => {
  console.error(`bench:build: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
