import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  baseStringUri,
  bodyHash,
  hmacSha1Signature,
  normalizeParameters,
  parseFormUrlEncoded,
  parseOAuthAuthorizationHeader,
  percentEncode,
  signatureBaseString,
} from '../src/index.ts';
import { bytesToBase64 } from '../src/oauth1/base64.ts';
import { hmacSha1Backends } from '../src/oauth1/hmac-sha1.ts';
import { oauth1Vectors as vectors } from './vectors.ts';

describe('OAuth 1.0a vectors (shared/vectors/oauth1.json)', () => {
  for (const vector of vectors.encoding) {
    test(`percent-encodes ${JSON.stringify(vector.in)} as ${vector.out}`, () => {
      assert.equal(percentEncode(vector.in), vector.out);
    });
  }

  for (const vector of vectors.normalization) {
    test(`normalizes ${JSON.stringify(vector.params)} as ${vector.out}`, () => {
      assert.equal(normalizeParameters(vector.params), vector.out);
    });
  }

  for (const vector of vectors.baseUri) {
    const url = vector.url ?? `${vector.scheme}://${vector.hostHeader}${vector.requestTarget}`;
    test(`base string URI of ${url} is ${vector.out} (${vector.source})`, () => {
      assert.equal(baseStringUri(url), vector.out);
    });
  }

  for (const vector of vectors.baseString) {
    test(`builds the signature base string of ${vector.source}`, () => {
      const raw = vector.rawRequest;
      const actual = raw
        ? signatureBaseString(raw.method, `${raw.scheme}://${raw.host}${raw.target}`, [
            ...parseOAuthAuthorizationHeader(raw.authorization),
            ...parseFormUrlEncoded(raw.body),
          ])
        : signatureBaseString(vector.method ?? 'GET', vector.url ?? '', vector.params ?? []);
      assert.equal(actual, vector.out);
    });
  }

  for (const vector of vectors.hmacSha1) {
    test(`HMAC-SHA1 of "${vector.baseString}" with secrets "${vector.consumerSecret}"/"${vector.tokenSecret}"`, async () => {
      assert.equal(await hmacSha1Signature(vector.baseString, vector.consumerSecret, vector.tokenSecret), vector.out);
    });
  }

  for (const vector of vectors.signatures) {
    test(`signs ${vector.source} as ${vector.out}`, async () => {
      const baseString = signatureBaseString(vector.method, vector.url, vector.params);
      assert.equal(await hmacSha1Signature(baseString, vector.consumerSecret, vector.tokenSecret), vector.out);
    });
  }

  for (const [name, backend] of Object.entries(hmacSha1Backends)) {
    test(`the ${name} HMAC backend signs every HMAC-SHA1 vector and verifies only the right signature`, async () => {
      assert.ok(backend, `${name} backend is available on this runtime`);
      for (const vector of vectors.hmacSha1) {
        const key = `${percentEncode(vector.consumerSecret)}&${percentEncode(vector.tokenSecret)}`;
        const signature = await backend.sign(key, vector.baseString);
        assert.equal(bytesToBase64(signature), vector.out);
        assert.equal(await backend.verify(key, vector.baseString, Uint8Array.from(signature)), true);
        assert.equal(await backend.verify(key, `${vector.baseString}x`, Uint8Array.from(signature)), false);
        assert.equal(await backend.verify(key, vector.baseString, Uint8Array.from(signature.subarray(1))), false);
      }
    });
  }

  for (const vector of vectors.bodyHash) {
    test(`body hash of ${JSON.stringify(vector.body)} is ${vector.out}`, async () => {
      assert.equal(await bodyHash(vector.body), vector.out);
      assert.equal(await bodyHash(new TextEncoder().encode(vector.body)), vector.out);
    });
  }
});
