/**
 * Training of the learned poisoning scorer (lib/poisoning/learned/scorer.ts), used by
 * `npm run train:poisoning` to write the shipped weights and by `npm run eval:poisoning-learned`
 * to measure it: logistic regression over each sentence's hashed words and word pairs
 * (lib/poisoning/learned/features.ts). A poisoned definition is labelled as a
 * whole, not by sentence, so training goes in rounds (multiple-instance learning): first every
 * sentence of a poisoned definition counts as poisoned, then only its highest-scoring sentence
 * does, the others being the honest text an attacker wraps the request in. Deterministic: a
 * seeded shuffle, so the same data gives the same weights.
 */
import { forEachSentenceFeatures } from "../../../lib/poisoning/learned/features";
import { forEachCueSentence } from "../../../lib/poisoning/scan";
import type { McpTool } from "../../../lib/mcp/schema";

/** The table size: 2^17 weights; 2^16 lost a little to collisions on the unread halves. */
export const BITS = 17;
/** Few, slow passes: more fit the team's own phrasings and carry over less to other authors'. */
const EPOCHS = 3;
const LEARNING_RATE = 0.05;
const L2 = 1e-5;
const ROUNDS = 3;

type Sentence = Int32Array;

/**
 * The sentences the scan scores in a definition (those the cue pass picks out, lib/poisoning/scan.ts
 * forEachCueSentence), as features: the scorer is trained on what it will be shown. Trained on
 * every sentence of every string instead, it caught 407 of the unread halves' 579 poisoned
 * definitions at the shipped budget; on these, 414 (2026-12-01).
 */
export function definitionSentences(tool: McpTool): Sentence[] {
  const sentences: Sentence[] = [];
  forEachCueSentence(tool, (sentence, inParameter) => {
    forEachSentenceFeatures(sentence, inParameter, BITS, (features, count) => {
      sentences.push(features.slice(0, count));
    });
  });
  return sentences;
}

interface Example {
  features: Sentence;
  poisoned: boolean;
}

/** A seeded generator, so the shuffles and so the weights are the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  rounds: number;
  /** The shuffle's seed (7 unless given): other seeds give other weights, which `trainAveraged` uses. */
  seed?: number;
}
const OPTIONS: TrainingOptions = { epochs: EPOCHS, learningRate: LEARNING_RATE, l2: L2, rounds: ROUNDS };

function train(examples: readonly Example[], { epochs, learningRate, l2, seed = 7 }: TrainingOptions): Float32Array {
  const weights = new Float32Array(1 << BITS);
  const squared = new Float32Array(1 << BITS).fill(1e-6);
  const positives = examples.filter((e) => e.poisoned).length;
  // Poisoned sentences are far fewer than honest ones: weigh them up to balance the two.
  const positiveWeight = (examples.length - positives) / Math.max(1, positives);
  const order = examples.map((_, i) => i);
  const random = seeded(seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const { features, poisoned } = examples[k]!;
      let z = 0;
      for (const f of features) z += weights[f]!;
      const p = 1 / (1 + Math.exp(-z));
      const gradient = (p - (poisoned ? 1 : 0)) * (poisoned ? positiveWeight : 1);
      for (const f of features) {
        const g = gradient + l2 * weights[f]!;
        squared[f]! += g * g;
        weights[f]! -= (learningRate * g) / Math.sqrt(squared[f]!);
      }
    }
  }
  return weights;
}

function score(weights: Float32Array, features: Sentence): number {
  let z = 0;
  for (const f of features) z += weights[f]!;
  return z;
}

export function trainWeights(items: readonly { tool: McpTool; poisoned: boolean }[], options: TrainingOptions = OPTIONS, sentencesOf: (tool: McpTool) => Sentence[] = definitionSentences): Float32Array {
  const definitions = items.map((item) => ({ sentences: sentencesOf(item.tool), poisoned: item.poisoned }));
  let examples: Example[] = definitions.flatMap((d) => d.sentences.map((features) => ({ features, poisoned: d.poisoned })));
  let weights = train(examples, options);
  for (let round = 0; round < options.rounds; round++) {
    examples = definitions.flatMap((d): Example[] => {
      if (!d.poisoned) return d.sentences.map((features) => ({ features, poisoned: false }));
      let top: Sentence | null = null;
      let topScore = -Infinity;
      for (const s of d.sentences) {
        const v = score(weights, s);
        if (v > topScore) [top, topScore] = [s, v];
      }
      return top ? [{ features: top, poisoned: true }] : [];
    });
    weights = train(examples, options);
  }
  return weights;
}

/** A definition's score: its most suspect sentence's. */
export function definitionScore(weights: Float32Array, sentences: readonly Sentence[]): number {
  let top = -Infinity;
  for (const s of sentences) top = Math.max(top, score(weights, s));
  return top;
}

/**
 * The mean of the weights trained with each of `seeds`. One seed's weights depend on its shuffle
 * order, and so does the threshold set on their highest real-tool scores; averaging several
 * shuffles keeps what they share and damps what is down to the order.
 */
export function trainAveraged(items: readonly { tool: McpTool; poisoned: boolean }[], seeds: readonly number[], options: TrainingOptions = OPTIONS, sentencesOf: (tool: McpTool) => Sentence[] = definitionSentences): Float32Array {
  // Each definition's sentences are read once, not once a seed.
  const sentences = new Map(items.map((item) => [item.tool, sentencesOf(item.tool)]));
  const sum = new Float32Array(1 << BITS);
  for (const seed of seeds) {
    const weights = trainWeights(items, { ...options, seed }, (tool) => sentences.get(tool) ?? sentencesOf(tool));
    for (let i = 0; i < sum.length; i++) sum[i]! += weights[i]! / seeds.length;
  }
  return sum;
}
