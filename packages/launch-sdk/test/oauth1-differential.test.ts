import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, test } from 'node:test';
import OAuth from 'oauth-1.0a';
import { hmacSha1Signature, signatureBaseString } from '../src/index.ts';
import { oauth1Vectors } from './vectors.ts';

// An independent signer (the oauth-1.0a package over node:crypto) must agree with ours on every signature vector.
describe('differential: oauth-1.0a package vs our signer', () => {
  for (const vector of oauth1Vectors.signatures) {
    test(`both sign ${vector.source} as ${vector.out}`, async () => {
      const oauth = new OAuth({
        consumer: { key: '', secret: vector.consumerSecret },
        signature_method: 'HMAC-SHA1',
        hash_function: (baseString, key) => createHmac('sha1', key).update(baseString).digest('base64'),
      });
      const oauthData = Object.fromEntries(vector.params.filter(([name]) => name.startsWith('oauth_')));
      const data = Object.fromEntries(vector.params.filter(([name]) => !name.startsWith('oauth_')));
      const theirs = oauth.getSignature(
        { url: vector.url, method: vector.method, data },
        vector.tokenSecret,
        oauthData as unknown as OAuth.Authorization,
      );
      const ours = await hmacSha1Signature(
        signatureBaseString(vector.method, vector.url, vector.params),
        vector.consumerSecret,
        vector.tokenSecret,
      );
      assert.equal(ours, theirs);
      assert.equal(ours, vector.out);
    });
  }
});
