// Starts draw-cards-worker.ts in a worker thread: worker threads do not inherit tsx's loader.
import { register } from "tsx/esm/api";

register();
await import("./draw-cards-worker.ts");
