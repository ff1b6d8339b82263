import { describe, expect, it, vi } from "vitest";
import { buildSearchIndex } from "@/lib/search/build";
import { SearchClient, type WorkerLike } from "@/lib/search/client";
import { SearchEngine } from "@/lib/search/engine";
import { NO_FILTERS } from "@/lib/search/facets";
import { fetchTextWithRetry, retryDelays } from "@/lib/search/fetch-retry";
import { latestAfterPause } from "@/lib/search/latest-after-pause";
import type { WarmRequest, WorkerRequest, WorkerResponse } from "@/lib/search/messages";
import { indexVersion } from "@/lib/search/version";
import { searchWorkerPath } from "@/lib/search/worker-path";

/** Search over a bad network and across deploys: the pure parts, with stand-ins for fetch, timers and workers. */

const response = (status: number, body = "") => ({ ok: status >= 200 && status < 300, status, text: async () => body });

describe("fetchTextWithRetry", () => {
  const options = { attempts: 3, firstDelayMs: 100 };

  it("waits longer before each retry, a bounded number of times", () => {
    expect(retryDelays(options)).toEqual([100, 200]);
    expect(retryDelays({ attempts: 1, firstDelayMs: 100 })).toEqual([]);
  });

  it("retries a dropped connection and a server error, then returns the file", async () => {
    const answers = [() => Promise.reject(new TypeError("Failed to fetch")), () => Promise.resolve(response(503)), () => Promise.resolve(response(200, "body"))];
    const slept: number[] = [];
    const fetch = vi.fn(() => answers.shift()!());
    const text = await fetchTextWithRetry("https://x/t/0.json", "t/0.json", options, { fetch, sleep: async (ms) => void slept.push(ms) });
    expect(text).toBe("body");
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(slept).toEqual([100, 200]);
  });

  it("gives up after the last try, naming the file", async () => {
    const fetch = vi.fn(() => Promise.reject(new TypeError("Failed to fetch")));
    await expect(fetchTextWithRetry("u", "t/3.json", options, { fetch, sleep: async () => {} })).rejects.toThrow("could not load t/3.json: Failed to fetch");
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it("does not retry a file that is gone", async () => {
    const fetch = vi.fn(() => Promise.resolve(response(404)));
    await expect(fetchTextWithRetry("u", "d/1.json", options, { fetch, sleep: async () => {} })).rejects.toThrow("could not load d/1.json: HTTP 404 (the site may have been updated: reload the page)");
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe("SearchEngine after a failed load", () => {
  it("does not keep the failure: the next query loads the file again", async () => {
    const built = buildSearchIndex([{ kind: "server", name: "stripe", description: "Payments." }]);
    let failNext = true;
    const engine = new SearchEngine(async (path) => {
      if (path.startsWith("t/") && failNext) {
        failNext = false;
        throw new Error(`could not load ${path}`);
      }
      return built.files.get(path)!;
    });
    await expect(engine.search("stripe", NO_FILTERS)).rejects.toThrow("could not load t/");
    expect((await engine.search("stripe", NO_FILTERS)).hits.map((h) => h.name)).toEqual(["stripe"]);
  });
});

/** A worker stand-in: answers each request by calling `reply`, or crashes when told to. */
class FakeWorker implements WorkerLike {
  static started: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  received: (WorkerRequest | WarmRequest)[] = [];
  terminated = false;
  constructor() {
    FakeWorker.started.push(this);
  }
  postMessage(message: WorkerRequest | WarmRequest): void {
    this.received.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(id: number, names: string[]): void {
    const hits = names.map((name, i) => ({ id: i, kind: "server" as const, name, description: "" }));
    this.reply({ id, ok: true, response: { hits, terms: [], total: hits.length, more: false, partial: false } });
  }
  reply(data: WorkerResponse): void {
    this.onmessage?.(new MessageEvent("message", { data }));
  }
  crash(): void {
    this.onerror?.(new Event("error"));
  }
}

describe("SearchClient", () => {
  const request = { query: "stripe", filters: NO_FILTERS, limit: 5 };

  it("matches answers to requests by id", async () => {
    FakeWorker.started = [];
    const client = new SearchClient(() => new FakeWorker());
    const first = client.search(request);
    const second = client.search({ ...request, query: "kube" });
    const worker = FakeWorker.started[0]!;
    const [a, b] = worker.received as WorkerRequest[];
    worker.answer(b!.id, ["kubernetes"]);
    worker.answer(a!.id, ["stripe"]);
    expect((await first).hits[0]?.name).toBe("stripe");
    expect((await second).hits[0]?.name).toBe("kubernetes");
    expect(FakeWorker.started).toHaveLength(1);
  });

  it("restarts a crashed worker and sends it what the old one held", async () => {
    FakeWorker.started = [];
    const client = new SearchClient(() => new FakeWorker());
    const pending = client.search(request);
    FakeWorker.started[0]!.crash();
    expect(FakeWorker.started[0]!.terminated).toBe(true);
    const restarted = FakeWorker.started[1]!;
    const [resent] = restarted.received as WorkerRequest[];
    expect(resent).toMatchObject(request);
    restarted.answer(resent!.id, ["stripe"]);
    expect((await pending).hits[0]?.name).toBe("stripe");
  });

  it("fails a request after a second crash, and starts afresh for the next one", async () => {
    FakeWorker.started = [];
    const client = new SearchClient(() => new FakeWorker());
    const pending = client.search(request);
    FakeWorker.started[0]!.crash();
    FakeWorker.started[1]!.crash();
    await expect(pending).rejects.toThrow("the search worker stopped; try again");
    const next = client.search(request);
    const fresh = FakeWorker.started[2]!;
    fresh.answer((fresh.received[0] as WorkerRequest).id, ["stripe"]);
    expect((await next).hits).toHaveLength(1);
  });

  it("passes on a failure the worker reports", async () => {
    FakeWorker.started = [];
    const client = new SearchClient(() => new FakeWorker());
    const pending = client.search(request);
    const worker = FakeWorker.started[0]!;
    worker.reply({ id: (worker.received[0] as WorkerRequest).id, ok: false, error: "could not load t/0.json: HTTP 503" });
    await expect(pending).rejects.toThrow("HTTP 503");
  });
});

describe("latestAfterPause", () => {
  it("runs after the pause, and delivers only the latest answer", async () => {
    vi.useFakeTimers();
    try {
      const resolvers: ((value: string) => void)[] = [];
      const run = vi.fn((input: string) => new Promise<string>((resolve) => resolvers.push(() => resolve(input))));
      const searcher = latestAfterPause(run, 40);
      const settled: unknown[] = [];
      searcher.request("s", (o) => settled.push(o));
      searcher.request("st", (o) => settled.push(o));
      expect(run).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(40);
      expect(run.mock.calls).toEqual([["st"]]);
      searcher.request("str", (o) => settled.push(o));
      await vi.advanceTimersByTimeAsync(40);
      resolvers[1]!("str");
      resolvers[0]!("st");
      await vi.runAllTimersAsync();
      expect(settled).toEqual([{ ok: true, value: "str" }]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("passes on a failure, and drops everything once cancelled", async () => {
    vi.useFakeTimers();
    try {
      const settled: unknown[] = [];
      const failing = latestAfterPause(() => Promise.reject(new Error("offline")), 10);
      failing.request("a", (o) => settled.push(o));
      await vi.advanceTimersByTimeAsync(10);
      expect(settled).toEqual([{ ok: false, error: new Error("offline") }]);
      const run = vi.fn(async () => "x");
      const cancelled = latestAfterPause(run, 10);
      cancelled.request("a", (o) => settled.push(o));
      cancelled.cancel();
      await vi.advanceTimersByTimeAsync(50);
      expect(run).not.toHaveBeenCalled();
      expect(settled).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("index versions", () => {
  it("change with any file and name the worker's folder", () => {
    const files = new Map([["manifest.json", "{}"], ["t/0.json", "[]"]]);
    const version = indexVersion(files);
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(indexVersion(new Map([...files].reverse()))).toBe(version);
    expect(indexVersion(new Map([...files, ["t/0.json", "[1]"]]))).not.toBe(version);
    expect(searchWorkerPath(version)).toBe(`/search/${version}/worker.js`);
  });
});
