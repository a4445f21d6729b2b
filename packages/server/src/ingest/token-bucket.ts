/** A token bucket: `rate` tokens a second, at most `rate` in store (a one-second burst). */
export class TokenBucket {
  private tokens: number;
  private refilledAt: number;

  constructor(
    private readonly rate: number,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.tokens = rate;
    this.refilledAt = clock();
  }

  /** Takes one token; false when the bucket is empty (the caller drops or refuses). */
  take(): boolean {
    const now = this.clock();
    this.tokens = Math.min(this.rate, this.tokens + ((now - this.refilledAt) * this.rate) / 1000);
    this.refilledAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** One bucket per key (a device), forgotten when the map grows past `maxKeys`. */
export class KeyedRateLimit {
  private readonly buckets = new Map<string, TokenBucket>();
  constructor(
    private readonly rate: number,
    private readonly maxKeys = 200_000,
  ) {}

  take(key: string): boolean {
    let b = this.buckets.get(key);
    if (!b) {
      if (this.buckets.size >= this.maxKeys) this.buckets.clear();
      b = new TokenBucket(this.rate);
      this.buckets.set(key, b);
    }
    return b.take();
  }
}
