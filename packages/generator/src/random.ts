/**
 * A seeded pseudo-random source: xoshiro128** over 32-bit integers, seeded through splitmix32. Only integer
 * operations, IEEE basic arithmetic and sqrt are used, so a seed gives the same sequence on every JavaScript engine.
 */
export interface Random {
  /** The next 32-bit unsigned integer. */
  uint32(): number;
  /** A float in [0, 1) with 32 bits of randomness. */
  float(): number;
  /** An integer in [0, bound). */
  below(bound: number): number;
  /** An integer in [min, max], both inclusive. */
  between(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** A standard normal deviate (Irwin-Hall sum of twelve uniforms, so bounded at ±6). */
  normal(): number;
}

const TWO_POW_32 = 4294967296;

// splitmix32 spreads one seed over the four state words, so nearby seeds give unrelated streams
function splitmix32(state: number): [number, number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return [next, (z ^ (z >>> 16)) >>> 0];
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** Creates the random source for a seed, an integer from 0 to 2^32 - 1. */
export function createRandom(seed: number): Random {
  if (!Number.isInteger(seed) || seed < 0 || seed >= TWO_POW_32) {
    throw new RangeError(`seed must be an integer from 0 to 4294967295, got ${seed}`);
  }
  let mix = seed | 0;
  const words: number[] = [];
  for (let i = 0; i < 4; i++) {
    const [state, word] = splitmix32(mix);
    mix = state;
    words.push(word);
  }
  let [a, b, c, d] = words as [number, number, number, number];
  // the all-zero state is the one state xoshiro cannot leave
  if ((a | b | c | d) === 0) a = 1;

  const uint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
  const float = (): number => uint32() / TWO_POW_32;
  const below = (bound: number): number => Math.floor(float() * bound);
  return {
    uint32,
    float,
    below,
    between: (min, max) => min + below(max - min + 1),
    chance: (p) => float() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError("cannot pick from an empty list");
      return items[below(items.length)] as T;
    },
    normal() {
      let sum = 0;
      for (let i = 0; i < 12; i++) sum += float();
      return sum - 6;
    },
  };
}

const LN2 = Math.LN2;

/**
 * e^x from IEEE basic arithmetic only (range reduction by ln 2, then a Taylor series), so values derived from it
 * do not depend on an engine's Math.exp. Accurate to a few units in the last place for |x| < 700.
 */
export function exp(x: number): number {
  const k = Math.round(x / LN2);
  const r = x - k * LN2;
  let term = 1;
  let sum = 1;
  for (let i = 1; i <= 16; i++) {
    term = (term * r) / i;
    sum += term;
  }
  let scale = 1;
  const factor = k < 0 ? 0.5 : 2;
  for (let i = Math.abs(k); i > 0; i--) scale *= factor;
  return sum * scale;
}

/** Picks an index from cumulative weights (ascending, last = total) with one draw. */
export function pickCumulative(random: Random, cumulative: readonly number[]): number {
  const total = cumulative[cumulative.length - 1] ?? 0;
  const target = random.float() * total;
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((cumulative[mid] ?? 0) > target) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Cumulative sums of `weights`, for {@link pickCumulative}. */
export function cumulate(weights: readonly number[]): number[] {
  let total = 0;
  return weights.map((weight) => {
    total += weight;
    return total;
  });
}
