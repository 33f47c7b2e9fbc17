/**
 * Our own seeded pseudo-random numbers, so the sample is the same in every browser, Node version
 * and year (Math.random cannot be seeded).
 */

/** Mixes integers into one well-spread 32-bit seed (MurmurHash3's finaliser after each part). */
export function mixSeed(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    h = Math.imul(h ^ (part | 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** Mulberry32: small, fast and good enough for synthetic counts. Returns numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Splits `total` into integers proportional to `weights` that add up to exactly `total`: each is
 * its expected share rounded down or up, chosen by one random offset (systematic sampling).
 */
export function allocate(total: number, weights: readonly number[], random: () => number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = new Array<number>(weights.length).fill(0);
  if (total <= 0 || sum <= 0) return counts;
  const offset = random();
  let cumulative = 0;
  let previous = Math.floor(offset);
  weights.forEach((w, i) => {
    cumulative += (w / sum) * total;
    const next = i === weights.length - 1 ? total + Math.floor(offset) : Math.floor(cumulative + offset);
    counts[i] = next - previous;
    previous = next;
  });
  return counts;
}
