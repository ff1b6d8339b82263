/**
 * How uncertain a share measured on labelled tools is, when the tools come in servers: a
 * percentile bootstrap that resamples whole servers with replacement (tools of one server share
 * an author, a vocabulary and often one mistake, so resampling tools one by one would claim more
 * certainty than a couple of hundred servers give). Pure and seeded: the same tools give the same interval.
 * Used by `npm run eval:classify`, which prints the sealed split's figures with these intervals
 * and records them for the method page.
 */

export interface ServerSample {
  server: string;
  /** Whether the tool counts towards the share (a hit), and whether it is counted at all. */
  hit: boolean;
  counted?: boolean;
}

/** A share's 95% interval: the 2.5th and 97.5th percentiles of the resampled shares, rounded to three places. */
export type Interval = [number, number];

export function serverBootstrap(samples: readonly ServerSample[], { resamples = 2000, seed = 20261203 } = {}): Interval | null {
  const byServer = new Map<string, { hits: number; counted: number }>();
  for (const s of samples) {
    if (s.counted === false) continue;
    const c = byServer.get(s.server) ?? { hits: 0, counted: 0 };
    c.counted++;
    if (s.hit) c.hits++;
    byServer.set(s.server, c);
  }
  const servers = [...byServer.keys()].sort().map((k) => byServer.get(k)!);
  if (servers.length === 0) return null;
  const random = seeded(seed);
  const shares: number[] = [];
  for (let r = 0; r < resamples; r++) {
    let hits = 0;
    let counted = 0;
    for (let i = 0; i < servers.length; i++) {
      const s = servers[Math.floor(random() * servers.length)]!;
      hits += s.hits;
      counted += s.counted;
    }
    // A resample of servers that hold none of the counted tools says nothing: it is skipped.
    if (counted > 0) shares.push(hits / counted);
  }
  shares.sort((a, b) => a - b);
  const at = (q: number) => Math.round(1000 * shares[Math.min(shares.length - 1, Math.floor(q * shares.length))]!) / 1000;
  return [at(0.025), at(0.975)];
}

/** A small seeded generator (the same as the poisoning scorer's training shuffle), so runs repeat. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
}
