import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, test } from 'node:test';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser } from 'playwright-core';
import { startTestHost, type TestHost } from './harness.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let h: TestHost;
let server: ServerType;
let browser: Browser;
let origin: string;
before(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  h = await startTestHost({ env: { HN_PUBLIC_URL: origin } });
  server = serve({ fetch: h.app.fetch, port, hostname: '127.0.0.1' });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
});
after(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await h.close();
});

test('in Chromium, picking a persona stores a working token in sessionStorage "hn-token" and returns to return_to', async () => {
  const page = await browser.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(`${origin}/dev/login?return_to=${encodeURIComponent('/healthz?from=login')}`);
  await page.getByRole('button', { name: 'Kari Nordmann' }).click();
  await page.waitForURL(`${origin}/healthz?from=login`);
  const token = await page.evaluate(() => sessionStorage.getItem('hn-token'));
  assert.ok(token);
  const me = await h.app.request('/api/me', { headers: { authorization: `Bearer ${token}` } });
  assert.equal(((await me.json()) as { name: string }).name, 'Kari Nordmann');
  assert.deepEqual(violations, [], 'the page runs under its own CSP without violations');
  await page.close();
});

test('in Chromium, the LTI launch page submits itself to the tool with UTF-8 fields', async () => {
  const page = await browser.newPage();
  const token = await h.tokenFor('kari');
  const { url } = (await (await h.postJson('/api/launches', { toolId: 'audit-alkoholvaner' }, token)).json()) as { url: string };
  // Catch the form post at the tool origin instead of needing the demo tool running.
  let posted: { url: string; body: string; contentType: string } | undefined;
  await page.route('https://demo-tool.test.example/**', async (route) => {
    const request = route.request();
    posted = { url: request.url(), body: request.postData() ?? '', contentType: (await request.allHeaders())['content-type'] ?? '' };
    await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>tool</title>' });
  });
  await page.goto(url);
  await page.waitForURL('https://demo-tool.test.example/lti/launch');
  assert.ok(posted);
  assert.equal(posted.contentType, 'application/x-www-form-urlencoded');
  const fields = new URLSearchParams(posted.body);
  assert.equal(fields.get('resource_link_title'), 'AUDIT – test dine alkoholvaner', 'non-ASCII survives as UTF-8');
  assert.ok(fields.get('oauth_signature'));
  await page.close();
});
