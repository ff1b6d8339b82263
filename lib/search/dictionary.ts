/** Pure: lookups in the sorted term dictionary, shared by the builder and the engine. */

/** Index of the shard a term (or a prefix) belongs to: the last whose key is <= it. */
export function routeShard(keys: readonly string[], term: string): number {
  let low = 0;
  let high = keys.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (keys[mid]! <= term) low = mid;
    else high = mid - 1;
  }
  return low;
}

export function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

