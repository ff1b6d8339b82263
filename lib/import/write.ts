import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { ServerPlan } from "./types";

/**
 * Writes planned server folders into DIR/servers/ so that a failure leaves DIR as it was.
 * Each server's new folder is built complete in a staging folder beside DIR (same parent,
 * so the same filesystem), then swapped in with renames; the old folder is removed only
 * once the new one is in place. Every path is checked to stay inside its folder, whatever
 * the plan says.
 */

export interface WriteIo {
  writeFile(file: string, text: string): void;
}

export const diskIo: WriteIo = {
  writeFile: (file, text) => fs.writeFileSync(file, text, { encoding: "utf8", flag: "wx" }),
};

export class Staging {
  readonly dir: string;
  private count = 0;

  constructor(readonly outDir: string) {
    const parent = path.dirname(path.resolve(outDir));
    fs.mkdirSync(parent, { recursive: true });
    this.dir = path.join(parent, `.${path.basename(path.resolve(outDir))}.import-${process.pid}-${randomBytes(4).toString("hex")}`);
    fs.mkdirSync(this.dir);
  }

  /** Builds the plan's folder in staging and swaps it in for DIR/servers/<slug>. */
  commit(plan: ServerPlan, io: WriteIo = diskIo): void {
    const target = path.join(path.resolve(this.outDir), "servers", plan.slug);
    assertInside(path.join(path.resolve(this.outDir), "servers"), target);
    const staged = path.join(this.dir, `${++this.count}-${plan.slug}`);
    fs.mkdirSync(staged);
    const made = new Set<string>([staged]);
    const ensureDir = (dir: string) => {
      if (made.has(dir)) return;
      fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
    };
    try {
      for (const file of plan.files) {
        const destination = safeJoin(staged, file.path);
        ensureDir(path.dirname(destination));
        io.writeFile(destination, file.text);
      }
      for (const relative of plan.carry) {
        const destination = safeJoin(staged, relative);
        ensureDir(path.dirname(destination));
        fs.cpSync(safeJoin(target, relative), destination, { verbatimSymlinks: true, errorOnExist: true, force: false });
      }
      swapIn(staged, target);
    } finally {
      fs.rmSync(staged, { recursive: true, force: true });
    }
  }

  dispose(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

function swapIn(staged: string, target: string): void {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  if (!fs.existsSync(target)) {
    fs.renameSync(staged, target);
    return;
  }
  const old = `${staged}.old`;
  fs.renameSync(target, old);
  try {
    fs.renameSync(staged, target);
  } catch (error) {
    fs.renameSync(old, target);
    throw error;
  }
  fs.rmSync(old, { recursive: true, force: true });
}

/** Joins a relative path made of safe segments onto base; anything else is refused. */
export function safeJoin(base: string, relative: string): string {
  const segments = relative.split("/");
  for (const segment of segments) {
    if (segment === "" || segment === "." || segment === ".." || segment.includes("\\") || segment.includes("\0")) {
      throw new Error(`refusing to write "${relative}": not a plain relative path`);
    }
  }
  const joined = path.join(base, ...segments);
  assertInside(base, joined);
  return joined;
}

function assertInside(base: string, candidate: string): void {
  const relative = path.relative(base, candidate);
  if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) {
    throw new Error(`refusing to write ${candidate}: it is outside ${base}`);
  }
}
