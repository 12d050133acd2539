import assert from 'node:assert/strict';
import { createServer, request, type ClientRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { MemoryNonceStore, ltiErrorResponse, signLtiLaunch, verifyLtiLaunch } from '../src/index.ts';
import { fromNodeRequest } from '../src/node.ts';
import { CONSUMER_KEY, CONSUMER_SECRET, LAUNCH_PARAMS, lookupSecret } from './signed-launch.ts';

describe('fromNodeRequest through a real node:http server', () => {
  let server: Server;
  let origin: string;
  const nonceStore = new MemoryNonceStore();

  before(async () => {
    server = createServer(async (req, res) => {
      const { request, remoteAddress } = await fromNodeRequest(req);
      try {
        const launch = await verifyLtiLaunch(request, {
          lookupSecret,
          nonceStore,
          trustedProxies: 'loopback',
          ...(remoteAddress !== undefined && { remoteAddress }),
        });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ userKey: launch.userKey, remoteAddress }));
      } catch (error) {
        const response = ltiErrorResponse(error);
        res.writeHead(response.status, Object.fromEntries(response.headers)).end(await response.text());
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function launchFields(signedUrl: string): Promise<Array<[string, string]>> {
    return signLtiLaunch({ url: signedUrl, consumerKey: CONSUMER_KEY, consumerSecret: CONSUMER_SECRET, params: LAUNCH_PARAMS });
  }

  function post(fields: Array<[string, string]>, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${origin}/lti/launch?tenant=æ`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(fields).toString(),
    });
  }

  test('verifies a launch posted to the server, with the peer address', async () => {
    const response = await post(await launchFields(`${origin}/lti/launch?tenant=æ`));
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { userKey: 'portal.example:pseudonym-Abc_123', remoteAddress: '127.0.0.1' });
  });

  test('honours X-Forwarded-* because the loopback peer is a trusted proxy', async () => {
    const response = await post(await launchFields('https://tool.example/lti/launch?tenant=æ'), {
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'tool.example',
    });
    assert.equal(response.status, 200);
  });

  test('answers a tampered launch with the readable 401 page', async () => {
    const fields = await launchFields(`${origin}/lti/launch?tenant=æ`);
    const response = await post(fields.map(([name, value]) => [name, name === 'roles' ? 'Administrator' : value]));
    assert.equal(response.status, 401);
    assert.match(await response.text(), /LTI_BAD_SIGNATURE/);
  });

  /** Posts a chunked launch body through `send`, which writes it (and may leave the request open); answers the status. */
  function chunkedPost(send: (req: ClientRequest) => void): Promise<number | undefined> {
    return new Promise((resolve, reject) => {
      const req = request(`${origin}/lti/launch?tenant=æ`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'transfer-encoding': 'chunked' },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode);
        req.destroy();
      });
      req.on('error', (error) => (req.destroyed ? undefined : reject(error)));
      send(req);
    });
  }

  test('reads a chunked body sent in several writes', async () => {
    const body = new URLSearchParams(await launchFields(`${origin}/lti/launch?tenant=æ`)).toString();
    const status = await chunkedPost((req) => {
      req.write(body.slice(0, 50));
      req.end(body.slice(50));
    });
    assert.equal(status, 200);
  });

  test('refuses an oversized chunked post with 413 without waiting for all of it', { timeout: 5000 }, async () => {
    // 100 KiB goes out and the request is left open: only a reader that stops at the cap can answer.
    const status = await chunkedPost((req) => req.write('a='.padEnd(100 * 1024, 'x')));
    assert.equal(status, 413);
  });

  test('turns a GET into a Request without a body, rejected with LTI_BAD_METHOD', async () => {
    const response = await fetch(`${origin}/lti/launch`);
    assert.equal(response.status, 405);
    assert.equal(response.headers.get('allow'), 'POST');
  });
});
