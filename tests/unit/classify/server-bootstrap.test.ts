import { describe, expect, it } from "vitest";
import { serverBootstrap, type ServerSample } from "../../bench/server-bootstrap";

/** `servers` servers of `size` tools each, where server i's tools are all hits when hit(i). */
const servers = (count: number, size: number, hit: (i: number) => boolean): ServerSample[] =>
  Array.from({ length: count }, (_, i) => Array.from({ length: size }, () => ({ server: `s${i}`, hit: hit(i) }))).flat();

describe("the server bootstrap", () => {
  it("brackets the measured share", () => {
    const samples = servers(100, 5, (i) => i % 5 !== 0); // 80% hits
    const [lo, hi] = serverBootstrap(samples)!;
    expect(lo).toBeLessThan(0.8);
    expect(hi).toBeGreaterThan(0.8);
  });

  it("is wider when the misses cluster in whole servers than when they are spread over many", () => {
    const clustered = servers(20, 25, (i) => i % 5 !== 0); // 4 servers miss everything
    const spread = Array.from({ length: 500 }, (_, i) => ({ server: `s${i % 20}`, hit: Math.floor(i / 20) % 5 !== 0 })); // every server misses a fifth
    const width = (s: ServerSample[]) => {
      const [lo, hi] = serverBootstrap(s)!;
      return hi - lo;
    };
    expect(width(clustered)).toBeGreaterThan(2 * width(spread));
  });

  it("counts only the tools that are counted, and repeats for the same seed", () => {
    const samples = [...servers(50, 4, () => true), ...servers(50, 4, () => false).map((s) => ({ ...s, server: `x${s.server}`, counted: false }))];
    expect(serverBootstrap(samples)).toEqual([1, 1]);
    const mixed = servers(60, 3, (i) => i % 3 === 0);
    expect(serverBootstrap(mixed)).toEqual(serverBootstrap(mixed));
    expect(serverBootstrap([])).toBeNull();
  });
});
