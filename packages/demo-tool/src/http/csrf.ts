import { timingSafeEqual } from 'node:crypto';

/** Compares the form's token with the session's in constant time; a missing or non-string token never matches. */
export function csrfTokenMatches(expected: string, submitted: unknown): boolean {
  if (typeof submitted !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(submitted);
  return a.length === b.length && timingSafeEqual(a, b);
}
