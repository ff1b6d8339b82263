import type { WorkerLike } from "./client";
import type { WarmRequest, WorkerRequest } from "./messages";

/**
 * A search worker whose script is not known when the page asks for it: the page enhancer finds
 * the index the site now serves (search/current.json, version.ts) before it can start the
 * worker of that index. Messages sent meanwhile wait and go in order once it has started. When
 * the script cannot be found, the worker reports an error as a crashed worker does, so the
 * search client starts another (and looks again) or fails the request.
 */
export function deferredWorker(findScript: () => Promise<string>, start: (script: string) => WorkerLike): WorkerLike {
  let worker: WorkerLike | undefined;
  let ended = false;
  const waiting: (WorkerRequest | WarmRequest)[] = [];

  const self: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      if (worker) worker.postMessage(message);
      else waiting.push(message);
    },
    terminate() {
      ended = true;
      waiting.length = 0;
      worker?.terminate();
    },
  };

  findScript().then(
    (script) => {
      if (ended) return;
      const started = start(script);
      started.onmessage = (event) => self.onmessage?.(event);
      started.onerror = (event) => self.onerror?.(event);
      worker = started;
      for (const message of waiting.splice(0)) started.postMessage(message);
    },
    () => {
      if (!ended) self.onerror?.(new Event("error"));
    },
  );
  return self;
}
