import { createHash, randomBytes } from 'node:crypto';
import type { ToolDatabase } from './database.ts';

export const SESSION_LIFETIME_MS = 2 * 60 * 60 * 1000;

export interface ToolSession {
  userKey: string;
  resourceLinkId: string;
  returnUrl?: string;
  locale?: string;
  csrfToken: string;
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
}

const hashSessionId = (id: string) => createHash('sha256').update(id).digest('base64url');

/** Tool sessions started by an LTI launch; the cookie carries a random id, the table only its hash. */
export class SessionStore {
  readonly #insert;
  readonly #select;
  readonly #deleteExpired;

  constructor(db: ToolDatabase, private readonly now: () => number) {
    this.#insert = db.prepare(
      `INSERT INTO sessions (id_hash, user_key, resource_link_id, return_url, locale, csrf_token, expires_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.#select = db.prepare<[string, number], SessionRow>(
      `SELECT user_key, resource_link_id, return_url, locale, csrf_token, expires_at
       FROM sessions WHERE id_hash = ? AND expires_at > ?`,
    );
    this.#deleteExpired = db.prepare<[number]>('DELETE FROM sessions WHERE expires_at <= ?');
  }

  /** Starts a session and answers the id to put in the cookie. */
  create(session: NewToolSession): { id: string; session: ToolSession } {
    const now = this.now();
    this.#deleteExpired.run(now);
    const id = randomBytes(32).toString('base64url');
    const created: ToolSession = {
      ...session,
      csrfToken: randomBytes(32).toString('base64url'),
      expiresAt: now + SESSION_LIFETIME_MS,
    };
    this.#insert.run(
      hashSessionId(id),
      created.userKey,
      created.resourceLinkId,
      created.returnUrl ?? null,
      created.locale ?? null,
      created.csrfToken,
      created.expiresAt,
    );
    return { id, session: created };
  }

  /** The live session for a cookie value, or undefined when unknown or expired. */
  find(id: string): ToolSession | undefined {
    const row = this.#select.get(hashSessionId(id), this.now());
    if (!row) return undefined;
    return {
      userKey: row.user_key,
      resourceLinkId: row.resource_link_id,
      ...(row.return_url === null ? {} : { returnUrl: row.return_url }),
      ...(row.locale === null ? {} : { locale: row.locale }),
      csrfToken: row.csrf_token,
      expiresAt: row.expires_at,
    };
  }
}
