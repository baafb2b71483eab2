/**
 * The seeded randomness behind the generator: a small, fast PRNG (sfc32) so that a given seed
 * always yields the same dataset, ids included. Nothing here reads the clock.
 */
export type Rng = {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [0, n). */
  int: (n: number) => number;
  /** An integer in [min, max]. */
  between: (min: number, max: number) => number;
  chance: (probability: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  /** Picks by weight: `[[value, weight], …]`. */
  weighted: <T>(choices: readonly (readonly [T, number])[]) => T;
  /** `count` random decimal digits. */
  digits: (count: number) => string;
  /** A UUIDv7-shaped id whose time part is `ms`: time-ordered like real ids, random bits seeded. */
  uuid7: (ms: number) => string;
};

function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/** splitmix32 spreads a small seed over the four words of state. */
function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function createRng(seed: number): Rng {
  const mix = splitmix32(seed);
  const next = sfc32(mix(), mix(), mix(), mix());
  for (let i = 0; i < 12; i++) next();
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[int(items.length)] as T;
  };
  const byte = () => HEX[int(256)] as string;
  return {
    next,
    int,
    between: (min, max) => min + int(max - min + 1),
    chance: (probability) => next() < probability,
    pick,
    weighted: <T>(choices: readonly (readonly [T, number])[]): T => {
      let total = 0;
      for (const [, weight] of choices) total += weight;
      let roll = next() * total;
      for (const [value, weight] of choices) {
        roll -= weight;
        if (roll < 0) return value;
      }
      const last = choices[choices.length - 1];
      if (!last) throw new Error('weighted pick from an empty list');
      return last[0];
    },
    digits: (count) => {
      let out = '';
      for (let i = 0; i < count; i++) out += String(int(10));
      return out;
    },
    uuid7: (ms) => {
      const time = Math.max(0, Math.floor(ms)).toString(16).padStart(12, '0').slice(-12);
      const version = `7${int(16).toString(16)}${byte()}`;
      const variant = `${HEX[0x80 | int(64)]}${byte()}`;
      return `${time.slice(0, 8)}-${time.slice(8)}-${version}-${variant}-${byte()}${byte()}${byte()}${byte()}${byte()}${byte()}`;
    },
  };
}

/** A weighted picker prepared once: O(log n) per pick over cumulative weights. */
export function weightedTable<T>(choices: readonly (readonly [T, number])[]): (rng: Rng) => T {
  const values: T[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const [value, weight] of choices) {
    total += weight;
    values.push(value);
    cumulative.push(total);
  }
  return (rng) => {
    const roll = rng.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] as number) > roll) high = mid;
      else low = mid + 1;
    }
    return values[low] as T;
  };
}

/** Zipf-like weights for a list ordered from most to least common (names, cities). */
export function popularityTable<T>(items: readonly T[], exponent = 0.8): (rng: Rng) => T {
  return weightedTable(items.map((item, rank) => [item, 1 / Math.pow(rank + 1, exponent)] as const));
}
