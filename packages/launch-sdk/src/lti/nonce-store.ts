/** Remembers nonces per consumer so that a signed launch is accepted once. */
export interface NonceStore {
  /**
   * Records the nonce atomically until `expiresAtMs`.
   * Answers true when it was new (or its earlier record had expired), false when it has been seen.
   */
  record(consumerKey: string, nonce: string, expiresAtMs: number): Promise<boolean>;
}

export interface MemoryNonceStoreOptions {
  /** Clock in milliseconds; for tests. */
  now?: () => number;
  /** How often expired nonces are swept out, in milliseconds (60 000). */
  sweepIntervalMs?: number;
}

/** A NonceStore for a single process. Use a shared store (SQL, Redis) when the tool runs on more than one. */
export class MemoryNonceStore implements NonceStore {
  readonly #expiresAt = new Map<string, number>();
  readonly #now: () => number;
  readonly #sweepIntervalMs: number;
  #nextSweepAt: number;

  constructor(options: MemoryNonceStoreOptions = {}) {
    this.#now = options.now ?? Date.now;
    this.#sweepIntervalMs = options.sweepIntervalMs ?? 60_000;
    this.#nextSweepAt = this.#now() + this.#sweepIntervalMs;
  }

  /** How many nonces are held, expired ones not yet swept included. */
  get size(): number {
    return this.#expiresAt.size;
  }

  async record(consumerKey: string, nonce: string, expiresAtMs: number): Promise<boolean> {
    const now = this.#now();
    if (now >= this.#nextSweepAt) this.#sweep(now);
    // Length-prefixed so that ("a:b", "c") and ("a", "b:c") stay distinct.
    const key = `${consumerKey.length}:${consumerKey}:${nonce}`;
    const seenUntil = this.#expiresAt.get(key);
    if (seenUntil !== undefined && seenUntil > now) return false;
    this.#expiresAt.set(key, expiresAtMs);
    return true;
  }

  #sweep(now: number): void {
    for (const [key, expiresAt] of this.#expiresAt) {
      if (expiresAt <= now) this.#expiresAt.delete(key);
    }
    this.#nextSweepAt = now + this.#sweepIntervalMs;
  }
}
