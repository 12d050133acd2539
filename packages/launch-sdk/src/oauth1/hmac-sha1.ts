import { base64ToBytes, bytesToBase64 } from './base64.ts';
import { percentEncode } from './percent-encode.ts';

/** HMAC-SHA1 over UTF-8 text; `verify` compares in constant time. */
export interface HmacSha1Backend {
  sign(key: string, message: string): Promise<Uint8Array>;
  verify(key: string, message: string, signature: Uint8Array<ArrayBuffer>): Promise<boolean>;
}

const utf8 = new TextEncoder();

const webCrypto: HmacSha1Backend = {
  async sign(key, message) {
    return new Uint8Array(await crypto.subtle.sign('HMAC', await importKey(key, 'sign'), utf8.encode(message)));
  },
  async verify(key, message, signature) {
    return crypto.subtle.verify('HMAC', await importKey(key, 'verify'), signature, utf8.encode(message));
  },
};

function importKey(key: string, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', utf8.encode(key), { name: 'HMAC', hash: 'SHA-1' }, false, [usage]);
}

type NodeCrypto = typeof import('node:crypto');
const nodeCrypto = (globalThis as { process?: { getBuiltinModule?(id: 'node:crypto'): NodeCrypto } }).process
  ?.getBuiltinModule?.('node:crypto');

function nodeBackend({ createHmac, timingSafeEqual }: NodeCrypto): HmacSha1Backend {
  const digest = (key: string, message: string) => createHmac('sha1', key).update(message, 'utf8').digest();
  return {
    async sign(key, message) {
      return digest(key, message);
    },
    async verify(key, message, signature) {
      const expected = digest(key, message);
      return expected.length === signature.length && timingSafeEqual(expected, signature);
    },
  };
}

/** Both backends, so the vector tests can run each. */
export const hmacSha1Backends = { webCrypto, node: nodeCrypto ? nodeBackend(nodeCrypto) : undefined };

// node:crypto, where the runtime offers it through process.getBuiltinModule (Node ≥ 20.16), hashes on the calling thread, many times faster than
// Web Crypto's hop to the thread pool (bench/verify.bench.ts); elsewhere Web Crypto.
const backend = hmacSha1Backends.node ?? webCrypto;

function signingKey(consumerSecret: string, tokenSecret: string): string {
  return `${percentEncode(consumerSecret)}&${percentEncode(tokenSecret)}`;
}

/** RFC 5849 §3.4.2: base64(HMAC-SHA1(enc(consumerSecret) & enc(tokenSecret), baseString)). */
export async function hmacSha1Signature(
  baseString: string,
  consumerSecret: string,
  tokenSecret = '',
): Promise<string> {
  return bytesToBase64(await backend.sign(signingKey(consumerSecret, tokenSecret), baseString));
}

/** Checks a base64 HMAC-SHA1 signature in constant time. */
export async function verifyHmacSha1Signature(
  baseString: string,
  signature: string,
  consumerSecret: string,
  tokenSecret = '',
): Promise<boolean> {
  const signatureBytes = base64ToBytes(signature);
  if (signatureBytes === undefined) return false;
  return backend.verify(signingKey(consumerSecret, tokenSecret), baseString, signatureBytes);
}
