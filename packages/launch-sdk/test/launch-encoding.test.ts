import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  LtiLaunchError,
  MemoryNonceStore,
  percentEncode,
  signatureBaseString,
  signLtiLaunch,
  verifyLtiLaunch,
  type VerifyLtiLaunchOptions,
} from '../src/index.ts';
import { CONSUMER_KEY, CONSUMER_SECRET, LAUNCH_PARAMS, NOW_MS, NOW_S, lookupSecret, signedLaunch } from './signed-launch.ts';

function options(): VerifyLtiLaunchOptions {
  return { lookupSecret, nonceStore: new MemoryNonceStore(), now: () => NOW_MS };
}

describe('signLtiLaunch', () => {
  test('answers the params, then the oauth_* fields, the signature last, and leaves query parameters in the URL', async () => {
    const fields = await signLtiLaunch({
      url: 'https://tool.example/lti/launch?tenant=kommune',
      consumerKey: CONSUMER_KEY,
      consumerSecret: CONSUMER_SECRET,
      params: { user_id: 'u1', resource_link_id: 'r1' },
      nonce: 'fixed-nonce',
      timestamp: NOW_S,
    });
    assert.deepEqual(
      fields.map(([name]) => name),
      [
        'user_id',
        'resource_link_id',
        'oauth_consumer_key',
        'oauth_nonce',
        'oauth_signature_method',
        'oauth_timestamp',
        'oauth_version',
        'oauth_callback',
        'oauth_signature',
      ],
    );
    assert.deepEqual(fields.slice(2, 8).map(([, value]) => value), [
      CONSUMER_KEY,
      'fixed-nonce',
      'HMAC-SHA1',
      String(NOW_S),
      '1.0',
      'about:blank',
    ]);
    assert.ok(!fields.some(([name]) => name === 'tenant'));
  });

  test('uses a fresh random nonce and the current time when none is given', async () => {
    const sign = () =>
      signLtiLaunch({ url: 'https://tool.example/', consumerKey: 'k', consumerSecret: 's', params: LAUNCH_PARAMS });
    const [first, second] = await Promise.all([sign(), sign()]);
    const nonce = (fields: Array<[string, string]>) => fields.find(([name]) => name === 'oauth_nonce')?.[1];
    assert.match(nonce(first) ?? '', /^[0-9a-f]{32}$/);
    assert.notEqual(nonce(first), nonce(second));
    const timestamp = Number(first.find(([name]) => name === 'oauth_timestamp')?.[1]);
    assert.ok(Math.abs(timestamp - Date.now() / 1000) < 3600);
  });
});

describe('what gets signed', () => {
  test('signs query parameters that stay in the URL, so moving one into the body breaks the signature', async () => {
    const url = 'https://tool.example/lti/launch?tenant=kommune';
    assert.equal((await verifyLtiLaunch(await signedLaunch({ url }), options())).userId, 'pseudonym-Abc_123');
    const error = await verifyLtiLaunch(
      await signedLaunch({ url, requestUrl: 'https://tool.example/lti/launch?tenant=annen' }),
      options(),
    ).catch((caught: unknown) => caught);
    assert.ok(error instanceof LtiLaunchError && error.code === 'LTI_BAD_SIGNATURE');
  });

  test('keeps duplicate keys from the query and the body, in order, and signs all of them', async () => {
    const url = 'https://tool.example/lti/launch?a=1&a=2';
    const params: Array<[string, string]> = [...LAUNCH_PARAMS, ['a', '3'], ['a', '1'], ['custom_x', 'first'], ['custom_x', 'second']];
    const launch = await verifyLtiLaunch(await signedLaunch({ url, params }), options());
    assert.deepEqual(launch.params.filter(([name]) => name === 'a').map(([, value]) => value), ['1', '2', '3', '1']);
    assert.deepEqual(launch.custom, { x: 'first' });

    const dropped = await signedLaunch({
      url,
      params,
      tamper: (fields) => fields.filter(([name, value]) => !(name === 'a' && value === '3')),
    });
    const error = await verifyLtiLaunch(dropped, options()).catch((caught: unknown) => caught);
    assert.ok(error instanceof LtiLaunchError && error.code === 'LTI_BAD_SIGNATURE');
  });

  test('decodes + as a space and %2B as a plus, in the query and in the body', () => {
    const baseString = signatureBaseString('POST', 'https://tool.example/x?p=a+b&q=a%20b&r=a%2Bb', [['s', 'a b'], ['t', 'a+b']]);
    assert.ok(baseString.endsWith(`&${percentEncode('p=a%20b&q=a%20b&r=a%2Bb&s=a%20b&t=a%2Bb')}`));
  });

  test('verifies values with +, %20 and %2B whether the body encodes spaces as + or as %20', async () => {
    const url = 'https://tool.example/lti/launch?q=plus+space&r=pct%20space&s=1%2B1';
    const params: Array<[string, string]> = [...LAUNCH_PARAMS, ['custom_sum', '1+1 = 2'], ['custom_raw', 'a%20b']];
    const fields = await signLtiLaunch({ url, consumerKey: CONSUMER_KEY, consumerSecret: CONSUMER_SECRET, params, timestamp: NOW_S });
    for (const body of [
      new URLSearchParams(fields).toString(),
      fields.map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`).join('&'),
    ]) {
      const request = new Request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
      const launch = await verifyLtiLaunch(request, options());
      assert.deepEqual(launch.custom, { sum: '1+1 = 2', raw: 'a%20b' });
      assert.deepEqual(launch.params.slice(0, 3), [['q', 'plus space'], ['r', 'pct space'], ['s', '1+1']]);
    }
  });

  test('verifies UTF-8 names and values (æøå, emoji)', async () => {
    const params: Array<[string, string]> = [
      ...LAUNCH_PARAMS.filter(([name]) => name !== 'resource_link_title'),
      ['resource_link_title', 'Blåbærsyltetøy 🍓'],
      ['custom_målgruppe_æøå', 'Søkere i Tromsø 😀'],
    ];
    const launch = await verifyLtiLaunch(
      await signedLaunch({ url: 'https://tool.example/lti/lansering-æøå?emne=rødt', params }),
      options(),
    );
    assert.equal(launch.resourceLink.title, 'Blåbærsyltetøy 🍓');
    assert.deepEqual(launch.custom, { 'målgruppe_æøå': 'Søkere i Tromsø 😀' });
  });

  test('verifies a launch to a non-default port and one to an empty path', async () => {
    for (const url of ['https://tool.example:8443/lti/launch', 'http://tool.example:8090', 'https://tool.example']) {
      assert.equal((await verifyLtiLaunch(await signedLaunch({ url }), options())).userId, 'pseudonym-Abc_123', url);
    }
  });

  test('treats the default port as absent, and a different port as a different URL', async () => {
    const sameUrl = await signedLaunch({ url: 'https://tool.example:443/lti', requestUrl: 'https://tool.example/lti' });
    assert.equal((await verifyLtiLaunch(sameUrl, options())).userId, 'pseudonym-Abc_123');
    const otherPort = await signedLaunch({ url: 'https://tool.example:8443/lti', requestUrl: 'https://tool.example/lti' });
    const error = await verifyLtiLaunch(otherPort, options()).catch((caught: unknown) => caught);
    assert.ok(error instanceof LtiLaunchError && error.code === 'LTI_BAD_SIGNATURE');
  });

  test('percent-encodes every ASCII character except ALPHA, DIGIT, "-", ".", "_" and "~", in upper-case hex', () => {
    for (let code = 0; code < 128; code += 1) {
      const character = String.fromCharCode(code);
      const expected = /[A-Za-z0-9\-._~]/.test(character) ? character : `%${code.toString(16).toUpperCase().padStart(2, '0')}`;
      assert.equal(percentEncode(character), expected, `character ${code}`);
    }
  });

  test('signs a lone surrogate as U+FFFD, the character a UTF-8 form carries for it', async () => {
    assert.equal(percentEncode('a\uD800b'), percentEncode('a\uFFFDb'));
    const params: Array<[string, string]> = [...LAUNCH_PARAMS, ['custom_broken', 'x\uDC00']];
    const launch = await verifyLtiLaunch(await signedLaunch({ params }), options());
    assert.equal(launch.custom['broken'], 'x\uFFFD');
  });
});
