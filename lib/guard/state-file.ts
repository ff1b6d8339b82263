import fs from "node:fs";
import path from "node:path";
import type { LimitState } from "../policy/evaluate";
import { parseState, serializeState } from "./limits";

/**
 * The --state file: the global budgets every guard process shares, kept across restarts.
 * One process at a time reads, decides and writes it, under a lock file beside it
 * (`<file>.lock`, created exclusively). A lock whose holder has died, or that is older than
 * STALE_MS, is broken, so a killed guard cannot block the others. The file is replaced by
 * rename, so a reader never sees half of it.
 */

const STALE_MS = 10_000;
const RETRY_MS = 5;

export class StateFileError extends Error {
  override name = "StateFileError";
}

export class SharedStateFile {
  readonly file: string;
  private readonly lockFile: string;

  constructor(
    file: string,
    private readonly lockTimeoutMs = 5_000,
  ) {
    this.file = path.resolve(file);
    this.lockFile = `${this.file}.lock`;
  }

  /** Before the server starts: the file can be read (or created) and holds a valid state. */
  check(): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    this.read();
  }

  /**
   * Runs `change` on the file's state while holding the lock, and writes the state it
   * returns (nothing when it returns none). `change` must be quick and must not wait.
   */
  async update<T>(change: (state: LimitState) => { state?: LimitState; value: T }): Promise<T> {
    await this.lock();
    try {
      const { state, value } = change(this.read());
      if (state) this.write(state);
      return value;
    } finally {
      fs.rmSync(this.lockFile, { force: true });
    }
  }

  private read(): LimitState {
    let text = "";
    try {
      text = fs.readFileSync(this.file, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw new StateFileError(`${this.file}: cannot be read (${(error as Error).message})`);
    }
    try {
      return parseState(text);
    } catch (error) {
      throw new StateFileError(`${this.file}: ${error instanceof SyntaxError ? "is not valid JSON" : (error as Error).message}`);
    }
  }

  private write(state: LimitState): void {
    const temp = `${this.file}.${process.pid}.tmp`;
    const fd = fs.openSync(temp, "w");
    try {
      fs.writeSync(fd, serializeState(state));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, this.file);
  }

  private async lock(): Promise<void> {
    const deadline = Date.now() + this.lockTimeoutMs;
    for (;;) {
      try {
        const fd = fs.openSync(this.lockFile, "wx");
        fs.writeSync(fd, JSON.stringify({ pid: process.pid, at: Date.now() }));
        fs.closeSync(fd);
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw new StateFileError(`${this.lockFile}: cannot be created (${(error as Error).message})`);
      }
      if (this.breakStaleLock()) continue;
      if (Date.now() > deadline) throw new StateFileError(`${this.file} stayed locked by another guard for ${this.lockTimeoutMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS + Math.random() * RETRY_MS));
    }
  }

  /** Removes a lock left by a guard that died or hung; true when it did. */
  private breakStaleLock(): boolean {
    let holder: { pid?: unknown; at?: unknown };
    try {
      holder = JSON.parse(fs.readFileSync(this.lockFile, "utf8")) as typeof holder;
    } catch {
      // Just created and not yet written, or just removed: look again.
      return false;
    }
    const stale = (typeof holder.at === "number" && Date.now() - holder.at > STALE_MS) || (typeof holder.pid === "number" && !isAlive(holder.pid));
    if (!stale) return false;
    fs.rmSync(this.lockFile, { force: true });
    return true;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
