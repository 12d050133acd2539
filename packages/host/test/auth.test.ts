import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { loadSigningKey, type SigningKey } from '../src/auth/signing-key.ts';
import { createSecretsRepository } from '../src/db/secrets-repository.ts';
import { DEV_IDP_KEY } from '../src/host.ts';
import { PUBLIC_URL, startTestHost, type TestHost } from './harness.ts';

let h: TestHost;
let devKey: SigningKey;
let kariId: string;
before(async () => {
  h = await startTestHost();
  devKey = await loadSigningKey(createSecretsRepository(h.host.db), DEV_IDP_KEY);
  kariId = (await h.host.db.selectFrom('users').select('id').where('persona_id', '=', 'kari').executeTakeFirstOrThrow()).id;
});
after(() => h.close());

const me = (token: string | undefined, app = h.app) => app.request('/api/me', token === undefined ? {} : { headers: { authorization: `Bearer ${token}` } });

/** A dev-IdP-shaped token with one thing changed. */
function devToken(
  options: { key?: CryptoKey; header?: Record<string, unknown>; aud?: string; iss?: string; expSeconds?: number; iatSeconds?: number | null } = {},
) {
  const now = Math.floor(h.clock.now / 1000);
  const jwt = new SignJWT({})
    .setProtectedHeader({ alg: 'ES256', kid: devKey.kid, typ: 'at+jwt', ...options.header })
    .setIssuer(options.iss ?? `${PUBLIC_URL}/dev`)
    .setAudience(options.aud ?? 'koblingslab-api')
    .setSubject(kariId)
    .setExpirationTime(now + (options.expSeconds ?? 3600));
  if (options.iatSeconds !== null) jwt.setIssuedAt(now + (options.iatSeconds ?? 0));
  return jwt.sign(options.key ?? devKey.privateKey);
}

async function expect401(res: Response) {
  assert.equal(res.status, 401);
  assert.equal(res.headers.get('content-type'), 'application/problem+json; charset=utf-8');
  assert.match(res.headers.get('www-authenticate') ?? '', /^Bearer/);
  const body = (await res.json()) as { type: string };
  assert.equal(body.type, 'urn:koblingslab:problem:unauthorized');
}

describe('bearer tokens', () => {
  test('a dev token for a persona answers /api/me without a pid', async () => {
    const res = await me(await h.tokenFor('kari'));
    assert.equal(res.status, 200);
    const text = await res.text();
    assert.deepEqual(JSON.parse(text), { id: kariId, role: 'citizen', name: 'Kari Nordmann', organisation: null });
    assert.ok(!/\d{11}/.test(text));
  });

  test('personnel carry their organisation', async () => {
    const body = (await (await me(await h.tokenFor('fastlege'))).json()) as { role: string; organisation: { number: string; name: string } };
    assert.equal(body.role, 'personnel');
    assert.deepEqual(body.organisation, { number: '914829135', name: 'Storgata legesenter' });
  });

  test('the dev token is an ES256 at+jwt with kid, issuer /dev, audience koblingslab-api and an 8 h lifetime', async () => {
    const token = await h.tokenFor('kari');
    const [header, payload] = token.split('.').slice(0, 2).map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()));
    assert.deepEqual(header, { alg: 'ES256', kid: devKey.kid, typ: 'at+jwt' });
    assert.equal(payload.iss, `${PUBLIC_URL}/dev`);
    assert.equal(payload.aud, 'koblingslab-api');
    assert.equal(payload.sub, kariId);
    assert.equal(payload.exp - payload.iat, 8 * 3600);
    assert.equal(payload.pid, undefined);
  });

  test('no token, or a non-bearer Authorization header, is a 401 problem', async () => {
    await expect401(await me(undefined));
    await expect401(await h.app.request('/api/me', { headers: { authorization: 'Basic a2FyaTpwdw==' } }));
    await expect401(await me('not-a-jwt'));
  });

  test('a token signed by another key is rejected', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    await expect401(await me(await devToken({ key: privateKey })));
  });

  test('a token with a tampered payload is rejected', async () => {
    const [header, , signature] = (await devToken()).split('.');
    const payload = Buffer.from(JSON.stringify({ iss: `${PUBLIC_URL}/dev`, aud: 'koblingslab-api', sub: 'someone-else', exp: 9999999999 })).toString('base64url');
    await expect401(await me(`${header}.${payload}.${signature}`));
  });

  test('a token for another audience is rejected', async () => {
    await expect401(await me(await devToken({ aud: 'another-api' })));
  });

  test('a token from an untrusted issuer is rejected', async () => {
    await expect401(await me(await devToken({ iss: 'https://evil.example/dev' })));
  });

  test('alg "none" is rejected', async () => {
    const encode = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const now = Math.floor(h.clock.now / 1000);
    const body = encode({ iss: `${PUBLIC_URL}/dev`, aud: 'koblingslab-api', sub: kariId, exp: now + 60 });
    await expect401(await me(`${encode({ alg: 'none', typ: 'at+jwt' })}.${body}.`));
    await expect401(await me(`${encode({ alg: 'none', typ: 'at+jwt' })}.${body}.c2ln`));
  });

  test('HS256 signed with the public key (algorithm confusion) is rejected', async () => {
    const publicJwk = await exportJWK(devKey.publicKey);
    const secret = new TextEncoder().encode(JSON.stringify(publicJwk));
    const now = Math.floor(h.clock.now / 1000);
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt', kid: devKey.kid })
      .setIssuer(`${PUBLIC_URL}/dev`).setAudience('koblingslab-api').setSubject(kariId).setExpirationTime(now + 60)
      .sign(secret);
    await expect401(await me(token));
  });

  test('a token without typ at+jwt is rejected', async () => {
    await expect401(await me(await devToken({ header: { typ: 'JWT' } })));
  });

  test('a token whose header points at a key (jku, x5u, jwk) is rejected even when its signature is good', async () => {
    await expect401(await me(await devToken({ header: { jku: 'https://evil.example/jwks' } })));
    await expect401(await me(await devToken({ header: { x5u: 'https://evil.example/cert' } })));
    await expect401(await me(await devToken({ header: { jwk: await exportJWK(devKey.publicKey) } })));
  });

  test('a token without iat, issued in the future, or older than 12 h (whatever its exp says) is rejected', async () => {
    await expect401(await me(await devToken({ iatSeconds: null })));
    await expect401(await me(await devToken({ iatSeconds: 600 })));
    await expect401(await me(await devToken({ iatSeconds: -13 * 3600, expSeconds: 10 * 365 * 24 * 3600 })));
    assert.equal((await me(await devToken({ iatSeconds: -11 * 3600 }))).status, 200);
  });

  test('an expired token is rejected', async () => {
    const token = await h.tokenFor('kari');
    h.clock.now += 8 * 3600 * 1000 + 1000;
    try {
      await expect401(await me(token));
    } finally {
      h.clock.now -= 8 * 3600 * 1000 + 1000;
    }
  });
});

describe('dev identity provider', () => {
  test('GET /dev/personas lists four citizens, a GP, a psychologist and an editor, without pids', async () => {
    const res = await h.app.request('/dev/personas');
    const text = await res.text();
    assert.ok(!/\d{11}/.test(text), 'no pid');
    const { personas } = JSON.parse(text) as { personas: Array<{ id: string; role: string; organisation: unknown; description: string }> };
    assert.equal(personas.filter((p) => p.role === 'citizen').length, 4);
    assert.equal(personas.filter((p) => p.role === 'personnel').length, 2);
    assert.equal(personas.filter((p) => p.role === 'editor').length, 1);
    assert.ok(personas.some((p) => /fastlege/i.test(p.description)));
    assert.ok(personas.some((p) => /psykolog/i.test(p.description)));
    assert.deepEqual(Object.keys(personas[0]!).sort(), ['description', 'id', 'name', 'organisation', 'role']);
  });

  test('POST /dev/token for an unknown persona is a 400 problem naming persona', async () => {
    const res = await h.postJson('/dev/token', { persona: 'nobody' });
    assert.equal(res.status, 400);
    assert.equal(((await res.json()) as { errors: Array<{ field: string }> }).errors[0]!.field, 'persona');
  });

  test('POST /dev/token answers the token and the same user /api/me shows', async () => {
    const res = await h.postJson('/dev/token', { persona: 'psykolog' });
    const { token, user } = (await res.json()) as { token: string; user: unknown };
    assert.deepEqual(user, await (await me(token)).json());
  });

  test('the login page lists personas under a CSP that allows only same-origin scripts and no inline handlers', async () => {
    const res = await h.app.request('/dev/login?return_to=/mine-verktoy%3Ftab%3D1');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self';/);
    assert.match(csp, /default-src 'none'/);
    const html = await res.text();
    assert.match(html, /^<!doctype html><html lang="nb"><meta charset="utf-8">/);
    assert.ok(!/\son[a-z]+=/i.test(html), 'no inline event handlers');
    assert.ok(!/<script(?![^>]*\bsrc=)/.test(html), 'no inline script');
    assert.match(html, /data-return-to="\/mine-verktoy\?tab=1"/);
    assert.equal((html.match(/data-persona="/g) ?? []).length, 7);
    assert.ok(!/\d{11}/.test(html));
    const script = await h.app.request('/dev/login.js');
    assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.match(await script.text(), /sessionStorage\.setItem\('hn-token'/);
  });

  test('the login page only returns to same-origin paths', async () => {
    const targets = ['//evil.example/x', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)', '/..//evil.example/x', '/.%2e//evil.example', '/a/../..//evil.example'];
    for (const target of targets) {
      const html = await (await h.app.request(`/dev/login?return_to=${encodeURIComponent(target)}`)).text();
      assert.match(html, /data-return-to="\/"/, target);
    }
  });
});

describe('dev login switched off', () => {
  test('without HN_DEV_LOGIN the dev routes do not exist', async () => {
    const off = await startTestHost({ env: { HN_DEV_LOGIN: '0' } });
    try {
      assert.equal((await off.app.request('/dev/personas')).status, 404);
      assert.equal((await off.postJson('/dev/token', { persona: 'kari' })).status, 404);
      assert.equal((await off.app.request('/dev/login')).status, 404);
    } finally {
      await off.close();
    }
  });

  test('NODE_ENV=production turns dev login off even with HN_DEV_LOGIN=1, and dev tokens stop working', async () => {
    const dev = await startTestHost();
    const token = await dev.tokenFor('kari');
    await dev.close({ keepDir: true });
    const prod = await startTestHost({ dir: dev.dir, env: { HN_DEV_LOGIN: '1', NODE_ENV: 'production' } });
    try {
      assert.equal(prod.config.devLogin, false);
      assert.equal((await prod.postJson('/dev/token', { persona: 'kari' })).status, 404);
      await expect401(await me(token, prod.app));
    } finally {
      await prod.close();
    }
  });
});

describe('external portal issuer', () => {
  const ISSUER = 'https://idp.portal.test.example';
  let server: Server;
  let jwksUrl: string;
  let privateKey: CryptoKey;
  let kid: string;

  before(async () => {
    const pair = await generateKeyPair('ES256');
    privateKey = pair.privateKey;
    const jwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: 'portal-key-1', alg: 'ES256', use: 'sig' };
    kid = jwk.kid!;
    server = createServer((req, res) => {
      res.writeHead(req.url === '/jwks.json' ? 200 : 404, { 'content-type': 'application/json' });
      res.end(req.url === '/jwks.json' ? JSON.stringify({ keys: [jwk] }) : '{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  async function portalToken(claims: Record<string, unknown>, nowMs: number) {
    const now = Math.floor(nowMs / 1000);
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid, typ: 'at+jwt' })
      .setIssuer(ISSUER).setAudience('koblingslab-api').setSubject('portal-user-1').setIssuedAt(now).setExpirationTime(now + 600)
      .sign(privateKey);
  }

  test('a citizen unknown to the host is created on first sight, and found again by pid', async () => {
    const ext = await startTestHost({ env: { HN_AUTH_ISSUER: ISSUER, HN_AUTH_JWKS_URL: jwksUrl } });
    try {
      const token = await portalToken({ pid: '13097248022', name: 'Per Portal' }, ext.clock.now);
      const first = await me(token, ext.app);
      assert.equal(first.status, 200);
      const user = (await first.json()) as { id: string; role: string; name: string };
      assert.equal(user.role, 'citizen');
      assert.equal(user.name, 'Per Portal');
      const again = (await (await me(await portalToken({ pid: '13097248022', name: 'Per Portal' }, ext.clock.now), ext.app)).json()) as { id: string };
      assert.equal(again.id, user.id);
      const rows = await ext.host.db.selectFrom('users').select('id').where('pid', '=', '13097248022').execute();
      assert.equal(rows.length, 1);
    } finally {
      await ext.close();
    }
  });

  test('a portal token with an invalid pid, a synthetic pid (not allowed) or no name is rejected', async () => {
    const ext = await startTestHost({ env: { HN_AUTH_ISSUER: ISSUER, HN_AUTH_JWKS_URL: jwksUrl } });
    try {
      await expect401(await me(await portalToken({ pid: '13097248023', name: 'X' }, ext.clock.now), ext.app));
      await expect401(await me(await portalToken({ pid: '10915596784', name: 'X' }, ext.clock.now), ext.app));
      await expect401(await me(await portalToken({ pid: '13097248022' }, ext.clock.now), ext.app));
      const count = await ext.host.db.selectFrom('users').select('id').where('persona_id', 'is', null).execute();
      assert.equal(count.length, 0, 'no user was created');
    } finally {
      await ext.close();
    }
  });

  test('synthetic pids are accepted from the portal when HN_ALLOW_SYNTHETIC_PID=1', async () => {
    const ext = await startTestHost({ env: { HN_AUTH_ISSUER: ISSUER, HN_AUTH_JWKS_URL: jwksUrl, HN_ALLOW_SYNTHETIC_PID: '1' } });
    try {
      assert.equal((await me(await portalToken({ pid: '30815840018', name: 'Test Testesen' }, ext.clock.now), ext.app)).status, 200);
    } finally {
      await ext.close();
    }
  });
});
