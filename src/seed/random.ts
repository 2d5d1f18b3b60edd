/**
 * A seeded pseudo-random generator, so that `lindungi seed --seed N` draws the same numbers on every machine
 * and every run: Math.random cannot be seeded, and node:crypto's randomUUID is meant never to repeat.
 *
 * sfc32 keeps 128 bits of state. That matters for ids: a generator with 32 bits of state (mulberry32)
 * could only ever produce 2^32 distinct UUIDs, and a million rows would collide.
 */
export class SeededRandom {
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 0;

  constructor(seed: number | readonly number[]) {
    this.reseed(seed);
  }

  /** Restarts the stream from `seed` (several numbers are mixed together, e.g. the seed and a salt). */
  reseed(seed: number | readonly number[]): void {
    const words = typeof seed === 'number' ? [seed] : seed;
    let state = 0x6a09e667;
    const splitmix32 = (): number => {
      state = (state + 0x9e3779b9) | 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    for (const word of words) {
      // Low and high 32 bits are mixed in one after the other, so seeds above 2^32 stay distinct.
      state ^= word >>> 0;
      splitmix32();
      state ^= Math.floor(word / 0x1_0000_0000) >>> 0;
      splitmix32();
    }
    this.a = splitmix32();
    this.b = splitmix32();
    this.c = splitmix32();
    this.d = splitmix32();
    for (let warmUp = 0; warmUp < 12; warmUp += 1) this.uint32();
  }

  /** The next 32 random bits, as an unsigned integer. */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    return this.uint32() / 0x1_0000_0000;
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Cannot pick from an empty list.');
    return items[Math.floor(this.next() * items.length)];
  }

  /** One of the choices, each as likely as its weight. */
  weighted<T>(choices: ReadonlyArray<readonly [T, number]>): T {
    let total = 0;
    for (const [, weight] of choices) total += weight;
    let point = this.next() * total;
    for (const [choice, weight] of choices) {
      point -= weight;
      if (point < 0) return choice;
    }
    return choices[choices.length - 1][0];
  }

  /** A normally distributed number (Box-Muller), for body measurements. */
  normal(mean: number, standardDeviation: number): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + standardDeviation * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A version 4 UUID drawn from this stream, so the same seed gives the same ids. */
  uuid(): string {
    const hex = (value: number) => value.toString(16).padStart(8, '0');
    const [w0, w1, w2, w3] = [hex(this.uint32()), hex(this.uint32()), hex(this.uint32()), hex(this.uint32())];
    const variant = ((parseInt(w2[0], 16) & 0x3) | 0x8).toString(16);
    return `${w0}-${w1.slice(0, 4)}-4${w1.slice(5, 8)}-${variant}${w2.slice(1, 4)}-${w2.slice(4, 8)}${w3}`;
  }
}
