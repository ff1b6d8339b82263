import { describe, expect, it, vi } from "vitest";
import type { WorkerLike } from "@/lib/search/client";
import { SearchClient } from "@/lib/search/client";
import { deferredWorker } from "@/lib/search/deferred-worker";
import { currentWorkerScript } from "@/lib/search/page-client";
import type { WorkerResponse } from "@/lib/search/messages";
import { currentIndexText, parseCurrentIndex } from "@/lib/search/current-index";

/** A worker that answers every search with one hit named after its script. */
function fakeWorker(script: string, log: string[]): WorkerLike {
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      log.push(`${script}:${"warm" in message ? "warm" : message.query}`);
      if ("warm" in message) return;
      const data = { id: message.id, ok: true, response: { hits: [{ id: script }] } } as unknown as WorkerResponse;
      queueMicrotask(() => worker.onmessage?.({ data } as MessageEvent<WorkerResponse>));
    },
    terminate: () => log.push(`${script}:terminated`),
  };
  return worker;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("deferredWorker", () => {
  it("holds messages until it knows its script, then sends them in order", async () => {
    const log: string[] = [];
    let found!: (script: string) => void;
    const worker = deferredWorker(() => new Promise((resolve) => (found = resolve)), (script) => fakeWorker(script, log));
    const client = new SearchClient(() => worker);
    client.warm();
    const answer = client.search({ query: "github" } as never);
    await flush();
    expect(log).toEqual([]);
    found("/search/abc/worker.js");
    expect(await answer).toEqual({ hits: [{ id: "/search/abc/worker.js" }] });
    expect(log).toEqual(["/search/abc/worker.js:warm", "/search/abc/worker.js:github"]);
  });

  it("fails like a crashed worker when its script cannot be found, so the client looks again", async () => {
    const log: string[] = [];
    const find = vi.fn<() => Promise<string>>().mockRejectedValueOnce(new Error("offline")).mockResolvedValueOnce("/search/def/worker.js");
    const client = new SearchClient(() => deferredWorker(find, (script) => fakeWorker(script, log)));
    expect(await client.search({ query: "slack" } as never)).toEqual({ hits: [{ id: "/search/def/worker.js" }] });
    expect(find).toHaveBeenCalledTimes(2);
  });

  it("gives up with the client's error when the script is never found", async () => {
    const client = new SearchClient(() => deferredWorker(() => Promise.reject(new Error("offline")), (script) => fakeWorker(script, [])));
    await expect(client.search({ query: "x" } as never)).rejects.toThrow("the search worker stopped");
  });

  it("starts nothing once it has been ended", async () => {
    const start = vi.fn((script: string) => fakeWorker(script, []));
    const worker = deferredWorker(() => Promise.resolve("/search/abc/worker.js"), start);
    worker.terminate();
    await flush();
    expect(start).not.toHaveBeenCalled();
  });
});

describe("search/current.json", () => {
  it("names the version the build wrote", () => {
    expect(parseCurrentIndex(currentIndexText("0123456789abcdef"))).toBe("0123456789abcdef");
  });

  it("is refused when it names no version folder", () => {
    expect(() => parseCurrentIndex("<html>not found</html>")).toThrow("search/current.json is not JSON");
    expect(() => parseCurrentIndex('{"version":"../../etc"}')).toThrow("names no index version");
    expect(() => parseCurrentIndex("null")).toThrow("names no index version");
  });
});

describe("currentWorkerScript", () => {
  it("revalidates search/current.json with the server and names the worker of its version", async () => {
    const calls: [string, RequestInit | undefined][] = [];
    const fetchFile = (async (url: string, init?: RequestInit) => {
      calls.push([url, init]);
      return new Response(currentIndexText("0123456789abcdef"));
    }) as typeof fetch;
    expect(await currentWorkerScript(fetchFile)).toBe("/search/0123456789abcdef/worker.js");
    expect(calls).toEqual([["/search/current.json", { cache: "no-cache" }]]);
  });
});
