/**
 * The learned half of the poisoning scan: logistic regression over each sentence's words and word
 * pairs (./features.ts), trained in this repository on the team's own development set
 * (tests/fixtures/poisoning/dev.json, without its unread halves) by `npm run train:poisoning`,
 * which writes ./weights.json. It flags what no rule matched but reads like the instructions
 * hidden in poisoned definitions; the rules still decide everything they match.
 *
 * Its threshold is set when it is trained, by how many real tools (../shared/corpus, mostly
 * honest) it may flag on its own: each such flag hides an honest tool, so the budget is small.
 * Pure: the weights are data in the module, nothing is read or downloaded at run time.
 */
import model from "./weights.json";
import { forEachSentenceFeatures } from "./features";

export interface LearnedModel {
  /** Words and pairs are hashed into 2^bits weights. */
  bits: number;
  /** A stored weight times `scale` is the weight (weights are stored as signed bytes). */
  scale: number;
  /** A sentence scoring above this is flagged. */
  threshold: number;
  /** What the weights were trained on. */
  trainedOn: { definitions: number; poisoned: number };
  /** How many real tools reach the threshold on their own, out of how many the rules do not flag. */
  realTools: { flagged: number; scanned: number };
  /** The weights, signed bytes in base64. */
  weights: string;
}

export const LEARNED_MODEL: Omit<LearnedModel, "weights"> = {
  bits: model.bits,
  scale: model.scale,
  threshold: model.threshold,
  trainedOn: model.trainedOn,
  realTools: model.realTools,
};

let shipped: Int8Array | null = null;

/** Weights as weights.json stores them: signed bytes in base64. */
export function decodeWeights(base64: string): Int8Array {
  const bytes = atob(base64);
  const table = new Int8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) table[i] = (bytes.charCodeAt(i) << 24) >> 24;
  return table;
}

/** The shipped weights, decoded on first use. */
export function shippedWeights(): Int8Array {
  if (shipped) return shipped;
  const table = decodeWeights(model.weights);
  if (table.length !== 1 << model.bits) throw new Error(`lib/poisoning/learned/weights.json: ${table.length} weights, expected 2^${model.bits}`);
  return (shipped = table);
}

/** Trained weights as signed bytes and the scale that turns them back, as weights.json stores them. */
export function quantise(values: Float32Array): { scale: number; weights: string } {
  let largest = 0;
  for (const v of values) largest = Math.max(largest, Math.abs(v));
  const scale = largest > 0 ? largest / 127 : 1;
  let bytes = "";
  for (const v of values) bytes += String.fromCharCode(Math.round(v / scale) & 0xff);
  return { scale, weights: btoa(bytes) };
}

/** The best sentence of the texts scored since `resetBest`: its score in stored units (times the scale) and where it is. */
export const best = { units: -Infinity, start: 0, end: 0, found: false };
let current: Int8Array = new Int8Array(0);

function scoreSentence(features: Int32Array, count: number, start: number, end: number): void {
  let z = 0;
  for (let i = 0; i < count; i++) z += current[features[i]!]!;
  if (z > best.units) {
    best.units = z;
    best.start = start;
    best.end = end;
    best.found = true;
  }
}

export function resetBest(): void {
  best.units = -Infinity;
  best.found = false;
}

/**
 * Scores every sentence of `text` with `table` (the shipped weights or ones being trained) and says whether
 * one beat the best so far; `best` then holds it. Scores are sums of whole stored weights, so
 * training's threshold and the scan agree to the last bit.
 */
export function scoreText(text: string, inParameter: boolean, table: Int8Array): boolean {
  current = table;
  best.found = false;
  forEachSentenceFeatures(text, inParameter, model.bits, scoreSentence);
  return best.found;
}
