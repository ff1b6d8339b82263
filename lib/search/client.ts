import type { SearchResponse } from "./engine";
import type { WarmRequest, WorkerRequest, WorkerResponse } from "./messages";

/**
 * The page's side of the search worker, shared by the search page, the header box and the
 * benchmark: one worker per page, requests matched to answers by id. A worker that crashes
 * (its script failed to load, or it threw) is dropped and a new one started; requests it
 * held are sent once more to the new one before they fail.
 */

/** The part of a Worker the client uses, so tests can stand in for one. */
export interface WorkerLike {
  postMessage(message: WorkerRequest | WarmRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((event: Event) => void) | null;
}

export type SearchRequest = Omit<WorkerRequest, "id">;

interface Pending {
  request: WorkerRequest;
  /** Workers this request has been sent to. */
  sends: number;
  resolve: (response: SearchResponse) => void;
  reject: (error: Error) => void;
}

/** Sends per request: the first worker, and one restart. */
const MAX_SENDS = 2;

export class SearchClient {
  private worker: WorkerLike | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly startWorker: () => WorkerLike) {}

  /** Starts the worker and loads the manifest, e.g. when a search box gets focus. */
  warm(): void {
    this.current().postMessage({ warm: true });
  }

  search(request: SearchRequest): Promise<SearchResponse> {
    return new Promise((resolve, reject) => {
      const pending: Pending = { request: { ...request, id: this.nextId++ }, sends: 0, resolve, reject };
      this.pending.set(pending.request.id, pending);
      this.send(pending);
    });
  }

  private send(pending: Pending): void {
    pending.sends++;
    this.current().postMessage(pending.request);
  }

  private current(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.startWorker();
    worker.onmessage = (event) => this.answer(event.data);
    worker.onerror = () => this.crashed(worker);
    this.worker = worker;
    return worker;
  }

  private answer(data: WorkerResponse): void {
    const waiting = this.pending.get(data.id);
    if (!waiting) return;
    this.pending.delete(data.id);
    if (data.ok) waiting.resolve(data.response);
    else waiting.reject(new Error(data.error));
  }

  private crashed(worker: WorkerLike): void {
    if (this.worker !== worker) return;
    worker.terminate();
    this.worker = undefined;
    for (const [id, waiting] of this.pending) {
      if (waiting.sends < MAX_SENDS) {
        this.send(waiting);
      } else {
        this.pending.delete(id);
        waiting.reject(new Error("the search worker stopped; try again"));
      }
    }
  }
}
