import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LtiLaunchError, MemoryNonceStore, verifyLtiLaunch, type VerifyLtiLaunchOptions } from '../src/index.ts';
import { NOW_MS, lookupSecret, signedLaunch } from './signed-launch.ts';

const SIGNED_URL = 'https://tool.example/lti/launch?tenant=1';
const SEEN_BY_TOOL = 'http://10.0.0.5:8090/lti/launch?tenant=1';
const FORWARDED = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'tool.example' };

function behindProxy(headers: Record<string, string> = FORWARDED, url = SIGNED_URL): Promise<Request> {
  return signedLaunch({ url, requestUrl: SEEN_BY_TOOL, headers });
}

async function verify(request: Request, extra: Partial<VerifyLtiLaunchOptions>): Promise<string> {
  try {
    await verifyLtiLaunch(request, { lookupSecret, nonceStore: new MemoryNonceStore(), now: () => NOW_MS, ...extra });
    return 'accepted';
  } catch (error) {
    assert.ok(error instanceof LtiLaunchError);
    return error.code;
  }
}

describe('the URL the signature covers when TLS ends at a proxy', () => {
  test('accepts a launch signed for https when the tool sees http from a trusted proxy with X-Forwarded-*', async () => {
    assert.equal(await verify(await behindProxy(), { trustedProxies: '10.0.0.0/8', remoteAddress: '10.0.0.1' }), 'accepted');
  });

  test('rejects it with LTI_BAD_SIGNATURE when the peer is not a trusted proxy', async () => {
    assert.equal(
      await verify(await behindProxy(), { trustedProxies: '10.0.0.0/8', remoteAddress: '203.0.113.9' }),
      'LTI_BAD_SIGNATURE',
    );
  });

  test('ignores X-Forwarded-* when no peer address is given', async () => {
    assert.equal(await verify(await behindProxy(), { trustedProxies: '10.0.0.0/8' }), 'LTI_BAD_SIGNATURE');
  });

  test('ignores X-Forwarded-* when no proxy is trusted', async () => {
    assert.equal(await verify(await behindProxy(), { remoteAddress: '10.0.0.1' }), 'LTI_BAD_SIGNATURE');
  });

  test("trusts 'loopback' for an IPv4-mapped IPv6 peer address, with a list of proxies", async () => {
    assert.equal(
      await verify(await behindProxy(), { trustedProxies: ['192.0.2.1', 'loopback'], remoteAddress: '::ffff:127.0.0.1' }),
      'accepted',
    );
  });

  test('honours X-Forwarded-Port from a trusted proxy', async () => {
    const request = await behindProxy({ ...FORWARDED, 'x-forwarded-port': '8443' }, 'https://tool.example:8443/lti/launch?tenant=1');
    assert.equal(await verify(request, { trustedProxies: 'loopback', remoteAddress: '127.0.0.1' }), 'accepted');
  });

  test('uses the value the nearest proxy appended, not one the client sent ahead of it', async () => {
    const request = await behindProxy({ 'x-forwarded-proto': 'https, http', 'x-forwarded-host': 'tool.example' });
    assert.equal(await verify(request, { trustedProxies: 'loopback', remoteAddress: '127.0.0.1' }), 'LTI_BAD_SIGNATURE');
  });

  for (const host of ['tool.example/evil', 'user@tool.example', 'tool.example?x=1', 'tool.example#x', 'tool example']) {
    test(`ignores an X-Forwarded-Host that is not a bare host: ${host}`, async () => {
      const request = await behindProxy({ 'x-forwarded-proto': 'https', 'x-forwarded-host': host });
      assert.equal(await verify(request, { trustedProxies: 'loopback', remoteAddress: '127.0.0.1' }), 'LTI_BAD_SIGNATURE');
    });
  }

  test('keeps the request scheme when X-Forwarded-Proto is neither http nor https', async () => {
    const request = await behindProxy({ 'x-forwarded-proto': 'ftp', 'x-forwarded-host': 'tool.example' }, 'http://tool.example/lti/launch?tenant=1');
    assert.equal(await verify(request, { trustedProxies: 'loopback', remoteAddress: '127.0.0.1' }), 'accepted');
  });

  test('does not trust a peer address that is not an IP', async () => {
    assert.equal(await verify(await behindProxy(), { trustedProxies: 'loopback', remoteAddress: 'localhost' }), 'LTI_BAD_SIGNATURE');
  });

  test('accepts it with publicUrl, which wins over the request URL and any X-Forwarded-*', async () => {
    assert.equal(await verify(await behindProxy({}), { publicUrl: 'https://tool.example' }), 'accepted');
    const lying = await behindProxy({ 'x-forwarded-proto': 'http', 'x-forwarded-host': 'evil.example' });
    assert.equal(
      await verify(lying, { publicUrl: 'https://tool.example/ignored-path', trustedProxies: 'loopback', remoteAddress: '127.0.0.1' }),
      'accepted',
    );
  });

  test('keeps a request path that starts with // as a path under publicUrl', async () => {
    const request = await signedLaunch({
      url: 'https://tool.example//other.example/lti',
      requestUrl: 'http://10.0.0.5:8090//other.example/lti',
    });
    assert.equal(await verify(request, { publicUrl: 'https://tool.example' }), 'accepted');
  });
});
