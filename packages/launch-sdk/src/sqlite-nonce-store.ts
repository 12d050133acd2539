import type { NonceStore } from './lti/nonce-store.ts';

/** The part of a better-sqlite3 Database this store uses (typed structurally, so the SDK does not depend on it). */
export interface SqliteDatabase {
  exec(sql: string): unknown;
  prepare(sql: string): { run(...parameters: unknown[]): { changes: number | bigint } };
}

export interface SqliteNonceStoreOptions {
  /** Clock in milliseconds; for tests. */
  now?: () => number;
  /** How often expired nonces are deleted, in milliseconds (60 000). */
  sweepIntervalMs?: number;
}

/** A NonceStore in a SQLite database (table `lti_nonce`, created when missing), shared by every process using the file. */
export class SqliteNonceStore implements NonceStore {
  readonly #insert: ReturnType<SqliteDatabase['prepare']>;
  readonly #deleteExpired: ReturnType<SqliteDatabase['prepare']>;
  readonly #now: () => number;
  readonly #sweepIntervalMs: number;
  #nextSweepAt = 0;

  constructor(database: SqliteDatabase, options: SqliteNonceStoreOptions = {}) {
    database.exec(`CREATE TABLE IF NOT EXISTS lti_nonce (
      consumer_key TEXT NOT NULL,
      nonce TEXT NOT NULL,
      expires_at INTEGER NOT NULL,
      PRIMARY KEY (consumer_key, nonce)
    ) WITHOUT ROWID`);
    // One statement, so two processes cannot both accept a nonce: a live row blocks it, an expired row is taken over.
    this.#insert = database.prepare(`INSERT INTO lti_nonce (consumer_key, nonce, expires_at) VALUES (?, ?, ?)
      ON CONFLICT (consumer_key, nonce) DO UPDATE SET expires_at = excluded.expires_at WHERE lti_nonce.expires_at <= ?`);
    this.#deleteExpired = database.prepare('DELETE FROM lti_nonce WHERE expires_at <= ?');
    this.#now = options.now ?? Date.now;
    this.#sweepIntervalMs = options.sweepIntervalMs ?? 60_000;
  }

  async record(consumerKey: string, nonce: string, expiresAtMs: number): Promise<boolean> {
    const now = this.#now();
    if (now >= this.#nextSweepAt) {
      this.#deleteExpired.run(now);
      this.#nextSweepAt = now + this.#sweepIntervalMs;
    }
    return Number(this.#insert.run(consumerKey, nonce, Math.ceil(expiresAtMs), now).changes) === 1;
  }
}
