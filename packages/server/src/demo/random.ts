/**
 * A seeded pseudo-random generator for demo data: the same seed gives the same data, ids
 * included. sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, 128-bit state) seeded
 * through cyrb128, so a string or a number both make a good seed.
 */

/** Four 32-bit hashes of a string (cyrb128 by bryc), used to seed sfc32. */
function cyrb128(s: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < s.length; i++) {
    const k = s.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

const hex = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number | string) {
    [this.a, this.b, this.c, this.d] = cyrb128(`zhijiao:${seed}`);
    // Discard the first outputs, which still show the seed's structure.
    for (let i = 0; i < 15; i++) this.uint32();
  }

  /** The next 32-bit unsigned integer. */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError("pick from an empty list");
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** One value of `[value, weight]` pairs, with probability proportional to its weight. */
  weighted<T>(pairs: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of pairs) total += w;
    let x = this.next() * total;
    for (const [value, w] of pairs) {
      x -= w;
      if (x < 0) return value;
    }
    return pairs[pairs.length - 1]![0];
  }

  /** Shuffles in place (Fisher-Yates) and returns the array. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }

  /** A version-4-shaped UUID made of this generator's bits. */
  uuid(): string {
    const w = [this.uint32(), this.uint32(), this.uint32(), this.uint32()];
    const bytes = new Array<number>(16);
    for (let i = 0; i < 16; i++) bytes[i] = (w[i >> 2]! >>> ((i & 3) * 8)) & 0xff;
    bytes[6] = (bytes[6]! & 0x0f) | 0x40;
    bytes[8] = (bytes[8]! & 0x3f) | 0x80;
    const h = bytes.map((x) => hex[x]!);
    return `${h.slice(0, 4).join("")}-${h.slice(4, 6).join("")}-${h.slice(6, 8).join("")}-${h.slice(8, 10).join("")}-${h.slice(10).join("")}`;
  }

  /** An independent generator for a named part of the data (adding one part shifts no other). */
  fork(label: string | number): Random {
    return new Random(`${this.uint32()}:${label}`);
  }
}

/** A fixed UUID for a name ("org:county:440605"), independent of any seed. */
export function stableUuid(key: string): string {
  return new Random(`stable:${key}`).uuid();
}

/**
 * A table to draw many values from with the same weights: cumulative sums and a binary
 * search, for long tables (offices of a province) drawn a million times.
 */
export class WeightedTable<T> {
  private readonly values: T[];
  private readonly cumulative: number[];

  constructor(pairs: readonly (readonly [T, number])[]) {
    if (pairs.length === 0) throw new RangeError("empty weighted table");
    this.values = pairs.map(([v]) => v);
    let sum = 0;
    this.cumulative = pairs.map(([, w]) => (sum += w));
  }

  draw(rng: Random): T {
    const x = rng.next() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return this.values[lo]!;
  }
}

/**
 * A shuffled deck of cards, refilled when empty: draws follow the card counts exactly per deck,
 * so that small samples keep their shares (45 × 缓刑 in every 50 subjects, not "about 90%").
 */
export class Deck<T> {
  private readonly cards: T[];
  private pile: T[] = [];

  constructor(
    private readonly rng: Random,
    counts: readonly (readonly [T, number])[],
  ) {
    this.cards = counts.flatMap(([v, n]) => Array.from({ length: n }, () => v));
    if (this.cards.length === 0) throw new RangeError("empty deck");
  }

  draw(): T {
    if (this.pile.length === 0) this.pile = this.rng.shuffle([...this.cards]);
    return this.pile.pop()!;
  }
}
