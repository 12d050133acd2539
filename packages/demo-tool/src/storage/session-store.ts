import { createHash, randomBytes } from 'node:crypto';
import type { ToolDatabase } from './database.ts';

/** A session ends this long after its last request, so an abandoned tab on a shared device does not stay open. */
export const SESSION_IDLE_TIMEOUT_MS = 20 * 60 * 1000;
/** However active, a session ends this long after the launch; the user relaunches from the portal and resumes. */
export const SESSION_MAX_LIFETIME_MS = 2 * 60 * 60 * 1000;

export interface ToolSession {
  userKey: string;
  resourceLinkId: string;
  returnUrl?: string;
  locale?: string;
  csrfToken: string;
  /** When the session ends unless it is used again first (ms): the idle timeout, capped by the maximum lifetime. */
  expiresAt: number;
}

export type NewToolSession = Pick<ToolSession, 'userKey' | 'resourceLinkId' | 'returnUrl' | 'locale'>;

interface SessionRow {
  user_key: string;
  resource_link_id: string;
  return_url: string | null;
  locale: string | null;
  csrf_token: string;
  expires_at: number;
  last_seen_at: number;
}

const hashSessionId = (id: string) => createHash('sha256').update(id).digest('base64url');

const idleExpiry = (row: Pick<SessionRow, 'expires_at' | 'last_seen_at'>) =>
  Math.min(row.last_seen_at + SESSION_IDLE_TIMEOUT_MS, row.expires_at);

/** Tool sessions started by an LTI launch; the cookie carries a random id, the table only its hash. */
export class SessionStore {
  readonly #insert;
  readonly #renew;
  readonly #delete;
  readonly #deleteExpired;

  constructor(db: ToolDatabase, private readonly now: () => number) {
    this.#insert = db.prepare(
      `INSERT INTO sessions (id_hash, user_key, resource_link_id, return_url, locale, csrf_token, expires_at, last_seen_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // One statement finds a live session and slides its idle timeout, so two tabs cannot revive an expired one.
    this.#renew = db.prepare<{ id: string; now: number; idle: number }, SessionRow>(
      `UPDATE sessions SET last_seen_at = @now
       WHERE id_hash = @id AND expires_at > @now AND last_seen_at > @now - @idle
       RETURNING user_key, resource_link_id, return_url, locale, csrf_token, expires_at, last_seen_at`,
    );
    this.#delete = db.prepare<[string]>('DELETE FROM sessions WHERE id_hash = ?');
    this.#deleteExpired = db.prepare<{ now: number; idle: number }>(
      'DELETE FROM sessions WHERE expires_at <= @now OR last_seen_at <= @now - @idle',
    );
  }

  /** Starts a session and answers the id to put in the cookie. */
  create(session: NewToolSession): { id: string; session: ToolSession } {
    const now = this.now();
    this.#deleteExpired.run({ now, idle: SESSION_IDLE_TIMEOUT_MS });
    const id = randomBytes(32).toString('base64url');
    const expiresAt = now + SESSION_MAX_LIFETIME_MS;
    const created: ToolSession = {
      ...session,
      csrfToken: randomBytes(32).toString('base64url'),
      expiresAt: idleExpiry({ expires_at: expiresAt, last_seen_at: now }),
    };
    this.#insert.run(
      hashSessionId(id),
      created.userKey,
      created.resourceLinkId,
      created.returnUrl ?? null,
      created.locale ?? null,
      created.csrfToken,
      expiresAt,
      now,
    );
    return { id, session: created };
  }

  /** The live session for a cookie value, its idle timeout restarted; undefined when unknown, idle too long or too old. */
  renew(id: string): ToolSession | undefined {
    const row = this.#renew.get({ id: hashSessionId(id), now: this.now(), idle: SESSION_IDLE_TIMEOUT_MS });
    if (!row) return undefined;
    return {
      userKey: row.user_key,
      resourceLinkId: row.resource_link_id,
      ...(row.return_url === null ? {} : { returnUrl: row.return_url }),
      ...(row.locale === null ? {} : { locale: row.locale }),
      csrfToken: row.csrf_token,
      expiresAt: idleExpiry(row),
    };
  }

  /** Ends a session at once (the user left the test); the answers stay. */
  delete(id: string): void {
    this.#delete.run(hashSessionId(id));
  }
}
