import { base64ToBytes, bytesToBase64 } from './base64.ts';
import { percentEncode } from './percent-encode.ts';

const utf8 = new TextEncoder();

/** RFC 5849 §3.4.2: base64(HMAC-SHA1(enc(consumerSecret) & enc(tokenSecret), baseString)). */
export async function hmacSha1Signature(baseString: string, consumerSecret: string, tokenSecret = ''): Promise<string> {
  const key = await importSigningKey(consumerSecret, tokenSecret, 'sign');
  const signature = await crypto.subtle.sign('HMAC', key, utf8.encode(baseString));
  return bytesToBase64(new Uint8Array(signature));
}

/** Checks a base64 HMAC-SHA1 signature; Web Crypto's verify compares in constant time. */
export async function verifyHmacSha1Signature(
  baseString: string,
  signature: string,
  consumerSecret: string,
  tokenSecret = '',
): Promise<boolean> {
  const signatureBytes = base64ToBytes(signature);
  if (signatureBytes === undefined) return false;
  const key = await importSigningKey(consumerSecret, tokenSecret, 'verify');
  return crypto.subtle.verify('HMAC', key, signatureBytes, utf8.encode(baseString));
}

function importSigningKey(consumerSecret: string, tokenSecret: string, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  const keyBytes = utf8.encode(`${percentEncode(consumerSecret)}&${percentEncode(tokenSecret)}`);
  return crypto.subtle.importKey('raw', keyBytes, { name: 'HMAC', hash: 'SHA-1' }, false, [usage]);
}
