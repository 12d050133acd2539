import { createHash, randomBytes } from 'node:crypto';

export const TICKET_LIFETIME_MS = 60_000;
const TICKET_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** 32 random bytes; only its hash is stored, so a database leak cannot replay launches. */
export function newTicket(): string {
  return randomBytes(32).toString('base64url');
}

export function hashTicket(ticket: string): string {
  return createHash('sha256').update(ticket, 'utf8').digest('base64url');
}

export function isTicketShape(value: string): boolean {
  return TICKET_SHAPE.test(value);
}
