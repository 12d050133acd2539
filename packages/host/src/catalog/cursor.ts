import { createHash } from 'node:crypto';

/** Keyset position for name order, or an offset for ranked results; `f` ties the cursor to its query. */
export type Cursor = { m: 'name'; f: string; k: string; id: string } | { m: 'rank'; f: string; o: number };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

/** Returns undefined for anything that is not a cursor this host issued for the same query. */
export function decodeCursor(raw: string, fingerprint: string): Cursor | undefined {
  if (!/^[A-Za-z0-9_-]{1,512}$/.test(raw)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const c = value as Record<string, unknown>;
  if (c.f !== fingerprint) return undefined;
  if (c.m === 'name' && typeof c.k === 'string' && typeof c.id === 'string') return { m: 'name', f: c.f, k: c.k, id: c.id };
  if (c.m === 'rank' && Number.isSafeInteger(c.o) && (c.o as number) > 0) return { m: 'rank', f: c.f, o: c.o as number };
  return undefined;
}

/** A short digest of the normalised query, so a cursor from another search is refused rather than misread. */
export function queryFingerprint(query: unknown): string {
  return createHash('sha256').update(JSON.stringify(query)).digest('base64url').slice(0, 12);
}
