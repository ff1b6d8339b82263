import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { serverCard, serverSocialImage, type ServerCard } from "../../app/_components/seo/server-social-image";
import type { Catalogue } from "../content";
import { paths } from "../catalogue/site";
import { parallelDrawing } from "./draw-cards";
import { outputPath } from "./write-files";

/**
 * The social cards (Open Graph images), one per server and shared by its tool pages: drawing
 * a 1200×630 PNG costs tens of milliseconds, and one per tool made the image the largest file
 * of a tool page. Each card is keyed by a hash of what it shows and of the code that draws it,
 * and kept in a cache folder, so a rebuild draws only the cards that changed.
 */

export interface ImageJob {
  urlPath: string;
  key: string;
  card: ServerCard;
}

/** Pure: the cards a catalogue needs, each with its key. */
export function socialImageJobs(catalogue: Catalogue, drawingVersion: string): ImageJob[] {
  return catalogue.servers.map((server) => {
    const card = serverCard(server);
    const key = createHash("sha256").update(drawingVersion).update("\0").update(JSON.stringify(card)).digest("hex").slice(0, 32);
    return { urlPath: paths.serverImage(server.slug), key, card };
  });
}

/** What decides how a card looks besides its content: the drawing code, how it is stored and the renderers' versions. */
export function drawingVersion(cwd: string): string {
  const hash = createHash("sha256");
  hash.update(fs.readFileSync(path.join(cwd, "app/_components/seo/server-social-image.tsx")));
  hash.update(fs.readFileSync(path.join(cwd, "app/_components/risk/risk-style.ts")));
  hash.update(JSON.stringify(CARD_PNG));
  for (const renderer of ["next", "sharp"]) {
    hash.update((JSON.parse(fs.readFileSync(path.join(cwd, "node_modules", renderer, "package.json"), "utf8")) as { version: string }).version);
  }
  return hash.digest("hex");
}

export interface ImageSummary {
  images: number;
  drawn: number;
  reused: number;
  seconds: number;
}

export type DrawCard = (card: ServerCard) => Promise<Buffer>;

/**
 * How a drawn card is stored: a card is a few flat colours and antialiased text, which 16
 * palette colours keep (checked by eye on cards with all four risk colours), at about a quarter
 * of the bytes of the full-colour PNG the renderer makes (11–15 KB against 40–59 KB). A server
 * with one tool gives that tool page the whole card, and a tool page must stay under 60 KB.
 * The fastest settings: more effort or dithering cost twice the time for a few per cent.
 */
const CARD_PNG = { palette: true, colours: 16, effort: 1, dither: 0, compressionLevel: 6 } as const;

async function compactCard(png: Buffer): Promise<Buffer> {
  return sharp(png).png(CARD_PNG).toBuffer();
}

export const drawWithNext: DrawCard = async (card) => compactCard(Buffer.from(await serverSocialImage(card).arrayBuffer()));

/**
 * Puts every card into the export, drawing only those the cache lacks (on every core when
 * there are many), then drops cached cards no longer used so the cache holds one build's worth.
 */
export async function writeSocialImages(options: { outDir: string; cacheDir: string; jobs: readonly ImageJob[]; draw?: DrawCard; parallelAbove?: number }): Promise<ImageSummary> {
  const started = performance.now();
  fs.mkdirSync(options.cacheDir, { recursive: true });
  const cachedFile = (key: string) => path.join(options.cacheDir, `${key}.png`);
  const missing = [...new Map(options.jobs.filter((job) => !fs.existsSync(cachedFile(job.key))).map((job) => [job.key, job])).values()];

  let draw = options.draw;
  let close: (() => Promise<void>) | undefined;
  if (!draw && missing.length > (options.parallelAbove ?? 16)) ({ draw, close } = parallelDrawing());
  draw ??= drawWithNext;
  try {
    const queue = [...missing];
    const drawOne = async (): Promise<void> => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        // Written beside, then renamed: an interrupted build never leaves half an image in the cache.
        const partial = `${cachedFile(job.key)}.${process.pid}.partial`;
        fs.writeFileSync(partial, await draw!(job.card));
        fs.renameSync(partial, cachedFile(job.key));
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, os.availableParallelism() * 2) }, drawOne));
  } finally {
    await close?.();
  }

  const made = new Set<string>();
  for (const job of options.jobs) {
    const target = outputPath(options.outDir, job.urlPath);
    const dir = path.dirname(target);
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    fs.copyFileSync(cachedFile(job.key), target, fs.constants.COPYFILE_EXCL);
  }
  const used = new Set(options.jobs.map((job) => `${job.key}.png`));
  for (const name of fs.readdirSync(options.cacheDir)) if (!used.has(name)) fs.rmSync(path.join(options.cacheDir, name), { force: true });
  return { images: options.jobs.length, drawn: missing.length, reused: options.jobs.length - missing.length, seconds: (performance.now() - started) / 1000 };
}
