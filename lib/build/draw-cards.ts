import os from "node:os";
import { Worker } from "node:worker_threads";
import type { ServerCard } from "../../app/_components/seo/server-social-image";
import type { DrawCard } from "./social-images";

/**
 * Draws social cards on every core: a card takes tens of milliseconds of JavaScript (satori)
 * and a build from nothing draws one per server, thousands of them. Returns a DrawCard that
 * hands each card to the least busy of a few worker threads, and a function to stop them.
 */
export function parallelDrawing(threads = Math.max(1, os.availableParallelism())): { draw: DrawCard; close: () => Promise<void> } {
  const workers = Array.from({ length: threads }, () => ({ worker: new Worker(new URL("./draw-cards-worker.mjs", import.meta.url)), busy: 0 }));
  const waiting = new Map<number, { resolve: (png: Buffer) => void; reject: (error: Error) => void }>();
  let next = 0;
  for (const slot of workers) {
    slot.worker.on("message", (message: { id: number; png?: Uint8Array; error?: string }) => {
      slot.busy--;
      const pending = waiting.get(message.id);
      waiting.delete(message.id);
      if (!pending) return;
      if (message.png) pending.resolve(Buffer.from(message.png));
      else pending.reject(new Error(`drawing a social card failed: ${message.error}`));
    });
    slot.worker.on("error", (error) => {
      for (const pending of waiting.values()) pending.reject(error);
      waiting.clear();
    });
  }
  const draw: DrawCard = (card: ServerCard) =>
    new Promise<Buffer>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      const slot = workers.reduce((a, b) => (b.busy < a.busy ? b : a));
      slot.busy++;
      slot.worker.postMessage({ id, card });
    });
  return { draw, close: async () => void (await Promise.all(workers.map((slot) => slot.worker.terminate()))) };
}
