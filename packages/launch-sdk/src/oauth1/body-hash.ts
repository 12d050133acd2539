import { bytesToBase64 } from './base64.ts';

/** OAuth Request Body Hash: base64(SHA-1(body)), the body taken as UTF-8 when it is a string. */
export async function bodyHash(body: string | Uint8Array): Promise<string> {
  // Copied so a view on a SharedArrayBuffer is hashed too (Web Crypto takes only ArrayBuffer-backed views).
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : new Uint8Array(body);
  return bytesToBase64(new Uint8Array(await crypto.subtle.digest('SHA-1', bytes)));
}
