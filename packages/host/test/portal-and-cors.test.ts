import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { startTestHost } from './harness.ts';

test('the built portal is served at / and /assets/ under a CSP with script-src self', async () => {
  const portalDir = mkdtempSync(join(tmpdir(), 'koblingslab-portal-'));
  mkdirSync(join(portalDir, 'assets'));
  writeFileSync(join(portalDir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>Portal</title><script type="module" src="/assets/app.js"></script>');
  writeFileSync(join(portalDir, 'assets', 'app.js'), 'console.log("portal");');
  const h = await startTestHost({ host: { portalDir } });
  try {
    const index = await h.app.request('/');
    assert.equal(index.status, 200);
    assert.match(index.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(index.headers.get('content-security-policy') ?? '', /script-src 'self';/);
    assert.match(await index.text(), /<title>Portal<\/title>/);
    const asset = await h.app.request('/assets/app.js');
    assert.equal(asset.status, 200);
    assert.match(asset.headers.get('content-type') ?? '', /javascript/);
    assert.equal((await h.app.request('/assets/missing.js')).status, 404);
    assert.equal((await h.app.request('/assets/..%2f..%2fhost.db')).status, 404, 'no escaping the portal folder');
    const api = await h.app.request('/api/tools?limit=1');
    assert.equal(api.headers.get('content-security-policy'), null, 'the portal CSP is not put on API answers');
    assert.equal((await h.app.request('/favicon.ico')).status, 204);
  } finally {
    await h.close();
    rmSync(portalDir, { recursive: true, force: true });
  }
});

test('without a portal build, / is a 404 problem and the API still works', async () => {
  const h = await startTestHost({ host: { portalDir: join(tmpdir(), 'no-such-portal-build') } });
  try {
    assert.equal((await h.app.request('/')).status, 404);
    assert.equal((await h.app.request('/healthz')).status, 200);
    assert.deepEqual(await (await h.app.request('/healthz')).json(), { status: 'ok' });
  } finally {
    await h.close();
  }
});

test('CORS answers only origins on the HN_CORS_ORIGINS allowlist', async () => {
  const h = await startTestHost({ env: { HN_CORS_ORIGINS: 'https://portal-a.example' } });
  try {
    const allowed = await h.app.request('/api/tools', { headers: { origin: 'https://portal-a.example' } });
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://portal-a.example');
    const other = await h.app.request('/api/tools', { headers: { origin: 'https://evil.example' } });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    const preflight = await h.app.request('/api/launches', {
      method: 'OPTIONS',
      headers: { origin: 'https://portal-a.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Authorization/i);
  } finally {
    await h.close();
  }
});
