import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LtiLaunchError, MemoryNonceStore, verifyLtiLaunch, type NonceStore } from '../src/index.ts';
import { NOW_MS, NOW_S, lookupSecret, signedLaunch, withField } from './signed-launch.ts';

function codeOf(error: unknown): string {
  assert.ok(error instanceof LtiLaunchError);
  return error.code;
}

describe('timestamp window', () => {
  for (const [label, offset] of [['301 s old', -301], ['301 s in the future', 301]] as const) {
    test(`rejects a launch whose timestamp is ${label} with LTI_TIMESTAMP_OUT_OF_WINDOW`, async () => {
      const request = await signedLaunch({ timestamp: NOW_S + offset });
      await assert.rejects(
        verifyLtiLaunch(request, { lookupSecret, nonceStore: new MemoryNonceStore(), now: () => NOW_MS }),
        (error) => codeOf(error) === 'LTI_TIMESTAMP_OUT_OF_WINDOW',
      );
    });
  }

  for (const [label, offset] of [['300 s old', -300], ['300 s in the future', 300]] as const) {
    test(`accepts a launch whose timestamp is ${label}`, async () => {
      const request = await signedLaunch({ timestamp: NOW_S + offset });
      const launch = await verifyLtiLaunch(request, { lookupSecret, nonceStore: new MemoryNonceStore(), now: () => NOW_MS });
      assert.equal(launch.userId, 'pseudonym-Abc_123');
    });
  }

  test('honours a narrower timestampWindowSeconds', async () => {
    const request = await signedLaunch({ timestamp: NOW_S - 61 });
    await assert.rejects(
      verifyLtiLaunch(request, { lookupSecret, nonceStore: new MemoryNonceStore(), now: () => NOW_MS, timestampWindowSeconds: 60 }),
      (error) => codeOf(error) === 'LTI_TIMESTAMP_OUT_OF_WINDOW',
    );
  });

  test('rejects a timestamp that is not a whole number of seconds with LTI_TIMESTAMP_OUT_OF_WINDOW', async () => {
    const request = await signedLaunch({ tamper: withField('oauth_timestamp', `${NOW_S}.5`) });
    await assert.rejects(
      verifyLtiLaunch(request, { lookupSecret, nonceStore: new MemoryNonceStore(), now: () => NOW_MS }),
      (error) => codeOf(error) === 'LTI_TIMESTAMP_OUT_OF_WINDOW',
    );
  });
});

describe('nonces', () => {
  test('rejects the second use of a launch with LTI_NONCE_REPLAYED and the return URL', async () => {
    const nonceStore = new MemoryNonceStore({ now: () => NOW_MS });
    const request = await signedLaunch({ nonce: 'once' });
    const replay = request.clone();
    await verifyLtiLaunch(request, { lookupSecret, nonceStore, now: () => NOW_MS });
    await assert.rejects(verifyLtiLaunch(replay, { lookupSecret, nonceStore, now: () => NOW_MS }), (error) => {
      assert.ok(error instanceof LtiLaunchError);
      assert.equal(error.code, 'LTI_NONCE_REPLAYED');
      assert.equal(error.returnUrl, 'https://portal.example/lti/return');
      return true;
    });
  });

  test('accepts exactly one of two copies of a launch verified at the same time', async () => {
    const nonceStore = new MemoryNonceStore({ now: () => NOW_MS });
    const request = await signedLaunch({ nonce: 'raced' });
    const results = await Promise.allSettled(
      [request, request.clone()].map((copy) => verifyLtiLaunch(copy, { lookupSecret, nonceStore, now: () => NOW_MS })),
    );
    assert.deepEqual(results.map((result) => result.status).sort(), ['fulfilled', 'rejected']);
    const rejected = results.find((result) => result.status === 'rejected');
    assert.equal(codeOf(rejected?.reason), 'LTI_NONCE_REPLAYED');
  });

  test('does not record the nonce of a badly signed launch, so the genuine launch with that nonce still succeeds', async () => {
    const nonceStore = new MemoryNonceStore({ now: () => NOW_MS });
    const forged = await signedLaunch({ nonce: 'shared-nonce', consumerSecret: 'guessed' });
    await assert.rejects(
      verifyLtiLaunch(forged, { lookupSecret, nonceStore, now: () => NOW_MS }),
      (error) => codeOf(error) === 'LTI_BAD_SIGNATURE',
    );
    const genuine = await signedLaunch({ nonce: 'shared-nonce' });
    assert.equal((await verifyLtiLaunch(genuine, { lookupSecret, nonceStore, now: () => NOW_MS })).userId, 'pseudonym-Abc_123');
  });

  test('keeps each nonce longer than the timestamp window', async () => {
    const recorded: number[] = [];
    const nonceStore: NonceStore = {
      async record(_consumerKey, _nonce, expiresAtMs) {
        recorded.push(expiresAtMs);
        return true;
      },
    };
    await verifyLtiLaunch(await signedLaunch({ timestamp: NOW_S - 200 }), { lookupSecret, nonceStore, now: () => NOW_MS });
    const [expiresAtMs] = recorded;
    assert.ok(expiresAtMs !== undefined && expiresAtMs > (NOW_S - 200 + 300) * 1000);
  });

  test('the shared default store rejects a replay between two calls without a nonceStore option', async () => {
    // The default store runs on the real clock, so this launch does too.
    const request = await signedLaunch({ timestamp: Math.floor(Date.now() / 1000) });
    const replay = request.clone();
    await verifyLtiLaunch(request, { lookupSecret });
    await assert.rejects(
      verifyLtiLaunch(replay, { lookupSecret }),
      (error) => codeOf(error) === 'LTI_NONCE_REPLAYED',
    );
  });

  test('refuses a custom clock without a nonce store, whose real clock would let a replay pass as expired', async () => {
    const hourBehind = () => Date.now() - 3_600_000;
    const request = await signedLaunch({ timestamp: Math.floor(hourBehind() / 1000) });
    await assert.rejects(verifyLtiLaunch(request, { lookupSecret, now: hourBehind }), TypeError);
  });
});

describe('MemoryNonceStore', () => {
  test('accepts a nonce once per consumer, and the same nonce from another consumer', async () => {
    const store = new MemoryNonceStore({ now: () => 0 });
    assert.equal(await store.record('a', 'n', 1000), true);
    assert.equal(await store.record('a', 'n', 1000), false);
    assert.equal(await store.record('b', 'n', 1000), true);
    assert.equal(await store.record('a:n', '', 1000), true);
  });

  test('forgets a nonce once it has expired and sweeps expired entries out', async () => {
    let now = 0;
    const store = new MemoryNonceStore({ now: () => now, sweepIntervalMs: 10 });
    await store.record('a', 'old', 5);
    await store.record('a', 'live', 100);
    now = 20;
    assert.equal(await store.record('a', 'new', 100), true);
    assert.equal(store.size, 2, 'the expired nonce was swept');
    assert.equal(await store.record('a', 'old', 100), true, 'an expired nonce may be used again');
    assert.equal(await store.record('a', 'live', 100), false);
  });
});
