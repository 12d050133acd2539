import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { SESSION_LIFETIME_MS } from '../storage/session-store.ts';

export const SESSION_COOKIE = 'audit_sid';

export function setSessionCookie(c: Context, id: string, secure: boolean): void {
  setCookie(c, SESSION_COOKIE, id, {
    httpOnly: true,
    sameSite: 'Lax',
    secure,
    path: '/',
    maxAge: SESSION_LIFETIME_MS / 1000,
  });
}

export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}
