import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net, { type AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** `npm run serve` as a person runs it: `tsx lib/serve/cli.ts out ...` in a real process. */

const ROOT = path.resolve(import.meta.dirname, "../../..");
const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
const site = fs.mkdtempSync(path.join(os.tmpdir(), "serve-cli-"));
fs.writeFileSync(path.join(site, "index.html"), "home");

function serveSync(...args: string[]) {
  const result = spawnSync(process.execPath, [TSX, "lib/serve/cli.ts", site, ...args], { cwd: ROOT, encoding: "utf8", timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe("serve (command line)", () => {
  it("listens on --port=N", async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [TSX, "lib/serve/cli.ts", site, `--port=${port}`], { cwd: ROOT });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        child.stdout.setEncoding("utf8").on("data", (chunk: string) => resolve(chunk));
        child.on("exit", (code) => reject(new Error(`serve exited with ${code}`)));
      });
      expect(line).toBe(`Serving ${site} at http://localhost:${port}/\n`);
      expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe("home");
    } finally {
      child.kill();
    }
  });

  it("names the flag when --port has no value or a flag is unknown, with exit code 2", () => {
    const trailing = serveSync("--port");
    expect(trailing.code).toBe(2);
    expect(trailing.stderr).toMatch(/^serve: --port needs a value\n/);
    const unknown = serveSync("--prot=4000");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^serve: unknown option --prot\n/);
    const notANumber = serveSync("--port", "80a");
    expect(notANumber.code).toBe(2);
    expect(notANumber.stderr).toMatch(/^serve: --port must be a port number from 0 to 65535, not "80a"\n/);
  });
});
