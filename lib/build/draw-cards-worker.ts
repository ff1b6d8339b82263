import { parentPort } from "node:worker_threads";
import { drawWithNext } from "./social-images";
import type { ServerCard } from "../../app/_components/seo/server-social-image";

/** A worker thread of draw-cards.ts: draws the cards it is sent, one at a time, and sends the PNGs back. */
parentPort!.on("message", (job: { id: number; card: ServerCard }) => {
  drawWithNext(job.card).then(
    (png) => {
      const bytes = new Uint8Array(png);
      parentPort!.postMessage({ id: job.id, png: bytes }, [bytes.buffer]);
    },
    (error: unknown) => parentPort!.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
