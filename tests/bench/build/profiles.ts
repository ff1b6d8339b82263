import fs from "node:fs";
import path from "node:path";

/**
 * Where the JavaScript time of a build went, from the V8 CPU profiles each process writes
 * with --cpu-prof: self time grouped by what the code is (React's HTML renderer, its payload
 * serialiser, our content loading, the classifier, images, Next's own machinery), per kind
 * of process. Turbopack's compile runs in native code and shows only as idle JavaScript.
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Per kind of process: `byPart` is self time by what the code is; `byActivity` is the time by
 * what the process was doing, from the whole stack (a sample under a route handler that draws
 * an image counts as "social images" wherever in satori it was).
 */
export type ProfileSummary = Record<string, { processes: number; seconds: number; byPart: Record<string, number>; byActivity: Record<string, number> }>;

const ACTIVITIES: [string, RegExp][] = [
  ["social images (route handlers, satori, resvg)", /@vercel\/og/],
  ["catalogue loading (files, YAML, zod)", /gray-matter|js-yaml|lib_content_load|lib\/content\/load/],
  ["file route handlers (JSON copies, policies)", /app-route[^/]*runtime/],
  ["page rendering (React, our components)", /app-page[^/]*runtime|\/chunks\/ssr\//],
];

/** What the process was doing at each node: the first activity found from the node up to the root. */
function activities(profile: CpuProfile): Map<number, string> {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const memo = new Map<number, string>();
  const activityOf = (id: number): string => {
    const known = memo.get(id);
    if (known) return known;
    const node = byId.get(id)!;
    const own = ACTIVITIES.find(([, pattern]) => pattern.test(node.callFrame.url))?.[0];
    const up = parent.get(id);
    // The outermost match wins, so an image drawn inside a route handler counts as an image
    // only when the image code is below the handler: look up first, then at this node.
    const above = up === undefined ? undefined : activityOf(up);
    const result = own && (above === undefined || above === "other" || ACTIVITIES.findIndex(([name]) => name === own) < ACTIVITIES.findIndex(([name]) => name === above)) ? own : (above ?? "other");
    memo.set(id, result);
    return result;
  };
  for (const node of profile.nodes) activityOf(node.id);
  return memo;
}

const PARTS: [string, RegExp][] = [
  ["social images (satori, resvg)", /@vercel\/og|resvg|satori|yoga/i],
  ["React HTML render (react-dom/server)", /react-dom[^/]*\/cjs\/react-dom-server|react-dom-server|server\.edge|server\.node/i],
  ["React payload (Flight)", /react-server-dom|flight/i],
  ["content loading (markdown, YAML, zod)", /gray-matter|js-yaml|zod|lib\/content|lib_content/i],
  ["classifier", /lib\/classify|lib_classify/i],
  ["our pages and queries (app, lib)", /\/app\/|\/lib\/|\[project\]|app_|lib_/i],
  ["Next.js", /next\/dist/i],
  ["Node.js", /^node:|^internal\//],
];

function partOf(frame: ProfileNode["callFrame"]): string {
  if (frame.functionName === "(garbage collector)") return "garbage collection";
  if (frame.functionName === "(idle)") return "idle";
  if (frame.functionName === "(program)") return "native (program)";
  if (!frame.url) return "native (program)";
  for (const [name, pattern] of PARTS) if (pattern.test(frame.url)) return name;
  if (/node_modules/.test(frame.url)) return "other packages";
  return "other";
}

function roleOf(profile: CpuProfile): string {
  const urls = profile.nodes.map((n) => n.callFrame.url);
  if (urls.some((u) => u.includes("lib/build/main.ts"))) return "our build steps (import, search index, post-build)";
  if (urls.some((u) => /next\/dist\/(build\/worker|export\/worker|build\/static-worker)/.test(u))) return "Next static workers";
  if (urls.some((u) => u.includes("next/dist/build/index") || u.includes("next/dist/bin/next"))) return "next build (main)";
  return "other processes";
}

/** Reads <pid>-<seq>.cpuprofile files (tests/bench/build/cpu-profile-preload.cjs): a process's pieces are summed. */
export function summariseProfiles(dir: string): ProfileSummary {
  const summary: ProfileSummary = {};
  if (!fs.existsSync(dir)) return summary;
  const byPid = new Map<string, string[]>();
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith(".cpuprofile")).sort()) {
    const pid = name.split("-")[0]!;
    byPid.set(pid, [...(byPid.get(pid) ?? []), name]);
  }
  for (const names of byPid.values()) {
    const profiles = names.map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")) as CpuProfile);
    const roles = profiles.map(roleOf);
    const role = roles.find((r) => r !== "other processes") ?? "other processes";
    const entry = (summary[role] ??= { processes: 0, seconds: 0, byPart: {}, byActivity: {} });
    entry.processes++;
    for (const profile of profiles) {
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const activityOf = activities(profile);
      profile.samples.forEach((id, i) => {
        const node = byId.get(id);
        const seconds = (profile.timeDeltas[i] ?? 0) / 1e6;
        if (!node) return;
        const part = partOf(node.callFrame);
        entry.byPart[part] = (entry.byPart[part] ?? 0) + seconds;
        const activity = ["idle", "garbage collection"].includes(part) ? part : activityOf.get(id)!;
        entry.byActivity[activity] = (entry.byActivity[activity] ?? 0) + seconds;
        entry.seconds += seconds;
      });
    }
  }
  for (const entry of Object.values(summary)) {
    entry.seconds = Number(entry.seconds.toFixed(1));
    const rounded = (record: Record<string, number>) =>
      Object.fromEntries(
        Object.entries(record)
          .sort((a, b) => b[1] - a[1])
          .map(([k, v]) => [k, Number(v.toFixed(1))]),
      );
    entry.byPart = rounded(entry.byPart);
    entry.byActivity = rounded(entry.byActivity);
  }
  return summary;
}
