import fs from "node:fs";
import os from "node:os";

/**
 * Samples a process and all its descendants from /proc (Linux): the memory they hold
 * together, the CPU time they used, and how busy each core of the machine was, so the build
 * benchmark can say how much memory a build needs and whether it kept both cores working.
 * Other people's processes show in the per-core figures, never in the tree's own.
 */

const PAGE_BYTES = 4096;
const TICKS_PER_SECOND = 100;

interface ProcStat {
  pid: number;
  ppid: number;
  cpuTicks: number;
  rssBytes: number;
  /** Clock ticks after boot when it started: with the pid, names one process for good. */
  startTicks: number;
}

function readStat(pid: number): ProcStat | undefined {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name is in parentheses and may hold spaces; fields count from after it.
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    return { pid, ppid: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]), rssBytes: Number(fields[21]) * PAGE_BYTES, startTicks: Number(fields[19]) };
  } catch {
    return undefined;
  }
}

function allStats(): ProcStat[] {
  const stats: ProcStat[] = [];
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readStat(Number(name));
    if (stat) stats.push(stat);
  }
  return stats;
}

function treeOf(root: number, stats: ProcStat[]): ProcStat[] {
  const children = new Map<number, ProcStat[]>();
  for (const stat of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  const tree: ProcStat[] = [];
  const queue = stats.filter((s) => s.pid === root);
  while (queue.length > 0) {
    const next = queue.shift()!;
    tree.push(next);
    queue.push(...(children.get(next.pid) ?? []));
  }
  return tree;
}

/** Busy and total jiffies per core, from /proc/stat. */
function coreTimes(): { busy: number; total: number }[] {
  return fs
    .readFileSync("/proc/stat", "utf8")
    .split("\n")
    .filter((line) => /^cpu\d+ /.test(line))
    .map((line) => {
      const [user, nice, system, idle, iowait, irq, softirq, steal] = line.split(/\s+/).slice(1, 9).map(Number) as number[];
      const busy = user! + nice! + system! + irq! + softirq! + steal!;
      return { busy, total: busy + idle! + iowait! };
    });
}

export interface Sample {
  /** Milliseconds since the epoch. */
  at: number;
  rssBytes: number;
  processes: number;
  /** CPU seconds the tree has used so far (exited processes keep their last reading). */
  cpuS: number;
}

export interface TreeSummary {
  peakRssMB: number;
  peakProcesses: number;
  cpuS: number;
  /** Share of each core that was busy (anyone's work) while sampling, 0 to 1. */
  coreBusy: number[];
  loadAverage: number[];
  samples: Sample[];
}

export class ProcessTreeSampler {
  private readonly samples: Sample[] = [];
  private readonly lastTicks = new Map<number, number>();
  private readonly seen = new Map<number, number>();
  private timer: NodeJS.Timeout | undefined;
  private coresAtStart = coreTimes();

  constructor(private readonly rootPid: number, private readonly intervalMs = 250) {}

  start(): void {
    this.coresAtStart = coreTimes();
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
  }

  private sample(): void {
    const tree = treeOf(this.rootPid, allStats());
    for (const stat of tree) {
      this.lastTicks.set(stat.pid, stat.cpuTicks);
      this.seen.set(stat.pid, stat.startTicks);
    }
    const ticks = [...this.lastTicks.values()].reduce((sum, t) => sum + t, 0);
    this.samples.push({ at: Date.now(), rssBytes: tree.reduce((sum, s) => sum + s.rssBytes, 0), processes: tree.length, cpuS: ticks / TICKS_PER_SECOND });
  }

  /** Processes seen in the tree that are still alive (same pid, same start). */
  leftovers(): number[] {
    return [...this.seen].filter(([pid, start]) => pid !== this.rootPid && readStat(pid)?.startTicks === start).map(([pid]) => pid);
  }

  stop(): TreeSummary {
    if (this.timer) clearInterval(this.timer);
    const end = coreTimes();
    const coreBusy = end.map((core, i) => {
      const start = this.coresAtStart[i] ?? { busy: 0, total: 0 };
      const total = core.total - start.total;
      return total > 0 ? (core.busy - start.busy) / total : 0;
    });
    return {
      peakRssMB: Math.max(0, ...this.samples.map((s) => s.rssBytes)) / 1024 / 1024,
      peakProcesses: Math.max(0, ...this.samples.map((s) => s.processes)),
      cpuS: this.samples.at(-1)?.cpuS ?? 0,
      coreBusy,
      loadAverage: os.loadavg(),
      samples: this.samples,
    };
  }
}

/**
 * Ends the processes of the tree that outlived its root (a killed build leaves Next's
 * workers behind, reparented): only those this sampler saw, checked by start time so a
 * reused pid is never hit.
 */
export function endLeftovers(sampler: ProcessTreeSampler): number[] {
  return sampler.leftovers().filter((pid) => {
    try {
      process.kill(pid, "SIGTERM");
      return true;
    } catch {
      return false;
    }
  });
}

/** CPU seconds the tree used between two moments, from the samples (for one phase of a build). */
export function cpuBetween(samples: readonly Sample[], from: number, to: number): number {
  const at = (time: number) => {
    let value = 0;
    for (const sample of samples) if (sample.at <= time) value = sample.cpuS;
    return value;
  };
  return at(to) - at(from);
}
