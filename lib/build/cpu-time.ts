import fs from "node:fs";

/**
 * CPU seconds this process and its waited-for children have used (on Linux from /proc, which
 * counts a finished `next build` and its workers; elsewhere this process only). On a shared
 * machine a step's CPU time says what it costs better than its wall-clock time.
 */
export function cpuSeconds(): number {
  const own = process.cpuUsage();
  let children = 0;
  try {
    const stat = fs.readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // cutime and cstime, in clock ticks (100 a second on Linux).
    children = (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    // not Linux: children are not counted
  }
  return (own.user + own.system) / 1e6 + children;
}
