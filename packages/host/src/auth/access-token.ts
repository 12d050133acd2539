import { SignJWT } from 'jose';
import type { SigningKey } from './signing-key.ts';

export const API_AUDIENCE = 'koblingslab-api';
export const ACCESS_TOKEN_TYPE = 'at+jwt';
const LIFETIME_SECONDS = 8 * 60 * 60;

export function devIssuer(publicUrl: string): string {
  return `${publicUrl}/dev`;
}

/** An RFC 9068-style access token for the dev IdP; `sub` is the internal user id, nothing personal. */
export async function issueDevAccessToken(key: SigningKey, publicUrl: string, userId: string, nowMs: number): Promise<string> {
  const now = Math.floor(nowMs / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'ES256', kid: key.kid, typ: ACCESS_TOKEN_TYPE })
    .setIssuer(devIssuer(publicUrl))
    .setAudience(API_AUDIENCE)
    .setSubject(userId)
    .setIssuedAt(now)
    .setExpirationTime(now + LIFETIME_SECONDS)
    .setJti(crypto.randomUUID())
    .sign(key.privateKey);
}
