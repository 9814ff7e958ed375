/**
 * Seeded pseudo-random numbers (sfc32, seeded through splitmix32). Every person gets its
 * own stream derived from (seed, person index), so a person's data never depends on how
 * many people come before it: output is reproducible and can stop at any size.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(...keys: number[]) {
    let state = 0x9e3779b9;
    for (const key of keys) {
      state = splitmix32(state ^ (key >>> 0));
      state = splitmix32(state ^ Math.floor(key / 0x100000000));
    }
    this.a = splitmix32(state);
    this.b = splitmix32(this.a ^ 0x6a09e667);
    this.c = splitmix32(this.b ^ 0xbb67ae85);
    this.d = splitmix32(this.c ^ 0x3c6ef372);
    // Warm up so nearby seeds diverge.
    for (let i = 0; i < 12; i++) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks a key with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K {
    // Two passes with for-in and no arrays: this is the hottest call in the generator.
    let total = 0;
    for (const key in weights) total += weights[key] ?? 0;
    let roll = this.next() * total;
    let last: K | undefined;
    for (const key in weights) {
      last = key;
      roll -= weights[key] ?? 0;
      if (roll < 0) return key;
    }
    if (last === undefined) throw new Error('weighted pick from no weights');
    return last;
  }

  /** Log-normal with the given median; `spread` is sigma of the underlying normal. */
  logNormal(median: number, spread: number): number {
    return median * Math.exp(spread * this.normal());
  }

  /** Standard normal (Box-Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Poisson by inversion; fine for the small means used here. */
  poisson(mean: number): number {
    const limit = Math.exp(-mean);
    let k = 0;
    let product = this.next();
    while (product > limit) {
      k++;
      product *= this.next();
    }
    return k;
  }
}

function splitmix32(input: number): number {
  let z = (input + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** A stable 32-bit hash of a number, used to derive per-seed offsets. */
export function hash32(value: number): number {
  return splitmix32(value | 0);
}
