import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { MemoryNonceStore, verifyLtiLaunch } from '@koblingslab/launch-sdk';
import { PERSONAS } from '../src/seed/personas.ts';
import { DEMO_KEY, DEMO_SECRET, DEMO_TOOL_URL, formFields, PUBLIC_URL, startTestHost, type TestHost } from './harness.ts';

let h: TestHost;
let kari: string;
let fastlege: string;
before(async () => {
  h = await startTestHost();
  kari = await h.tokenFor('kari');
  fastlege = await h.tokenFor('fastlege');
});
after(() => h.close());

async function createLaunch(toolId: string, token: string, extra: Record<string, string> = {}) {
  const res = await h.postJson('/api/launches', { toolId, ...extra }, token);
  assert.equal(res.status, 201, await res.clone().text());
  return (await res.json()) as { url: string; expiresAt: string };
}

/** The path part of the ticket URL, so app.request() can follow it. */
const pathOf = (url: string) => new URL(url).pathname;

describe('launch tickets', () => {
  test('a launch answers a ticket URL on the public origin that expires in 60 s', async () => {
    const { url, expiresAt } = await createLaunch('drikkedagboka', kari);
    assert.match(url, new RegExp(`^${PUBLIC_URL}/launch/[A-Za-z0-9_-]{43}$`));
    assert.equal(Date.parse(expiresAt) - h.clock.now, 60_000);
  });

  test('the ticket is stored only as a hash', async () => {
    const { url } = await createLaunch('drikkedagboka', kari);
    const ticket = url.split('/').at(-1)!;
    const rows = await h.host.db.selectFrom('launch_tickets').select('ticket_hash').execute();
    assert.ok(rows.length > 0 && rows.every((r) => r.ticket_hash !== ticket));
  });

  test('a ticket works once; the second use gets a readable 404 page', async () => {
    const { url } = await createLaunch('drikkedagboka', kari);
    const first = await h.app.request(pathOf(url));
    assert.equal(first.status, 303);
    const second = await h.app.request(pathOf(url));
    assert.equal(second.status, 404);
    assert.equal(second.headers.get('content-type'), 'text/html; charset=utf-8');
    const page = await second.text();
    assert.match(page, /<html lang="nb">/);
    assert.match(page, /allerede brukt/);
  });

  test('a HEAD request (a link checker) does not use up the ticket', async () => {
    const { url } = await createLaunch('drikkedagboka', kari);
    const head = await h.app.request(pathOf(url), { method: 'HEAD' });
    assert.equal(head.status, 405);
    assert.equal(head.headers.get('allow'), 'GET');
    assert.equal((await h.app.request(pathOf(url))).status, 303);
  });

  test('two simultaneous uses of one ticket: exactly one launches', async () => {
    const { url } = await createLaunch('drikkedagboka', kari);
    const statuses = (await Promise.all([1, 2, 3].map(() => h.app.request(pathOf(url))))).map((r) => r.status).sort();
    assert.deepEqual(statuses, [303, 404, 404]);
  });

  test('a ticket used 61 s after it was issued gets a readable 410 page', async () => {
    const { url } = await createLaunch('drikkedagboka', kari);
    h.clock.now += 61_000;
    try {
      const res = await h.app.request(pathOf(url));
      assert.equal(res.status, 410);
      assert.match(await res.text(), /utløpt/);
    } finally {
      h.clock.now -= 61_000;
    }
  });

  test('an unknown or malformed ticket gets a readable 404 page, not a stack trace', async () => {
    for (const ticket of ['x'.repeat(43), 'short', '%3Cscript%3E']) {
      const res = await h.app.request(`/launch/${ticket}`);
      assert.equal(res.status, 404);
      const text = await res.text();
      assert.match(text, /^<!doctype html><html lang="nb"><meta charset="utf-8">/);
      assert.ok(!text.includes('<script'));
    }
  });

  test('a direct launch redirects to the tool URL and passes nothing about the person', async () => {
    const { url } = await createLaunch('drikkedagboka', kari);
    const res = await h.app.request(pathOf(url));
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), 'https://drikkedagboka.example/start');
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(res.headers.get('cache-control'), 'no-store');
  });
});

describe('who may launch what', () => {
  test('launching requires a bearer token', async () => {
    const res = await h.postJson('/api/launches', { toolId: 'drikkedagboka' });
    assert.equal(res.status, 401);
  });

  test('a citizen cannot launch a personnel-only tool (403 naming toolId)', async () => {
    const res = await h.postJson('/api/launches', { toolId: 'phq9-screening' }, kari);
    assert.equal(res.status, 403);
    assert.equal(((await res.json()) as { errors: Array<{ field: string }> }).errors[0]!.field, 'toolId');
  });

  test('personnel may preview a personnel-only tool', async () => {
    await createLaunch('phq9-screening', fastlege);
  });

  test('an editor cannot launch tools', async () => {
    const res = await h.postJson('/api/launches', { toolId: 'drikkedagboka' }, await h.tokenFor('redaktor'));
    assert.equal(res.status, 403);
  });

  test('an SSO tool answers 501 launch-mode-unavailable', async () => {
    const res = await h.postJson('/api/launches', { toolId: 'kosthold-diabetes' }, kari);
    assert.equal(res.status, 501);
    const body = (await res.json()) as { type: string; detail: string };
    assert.equal(body.type, 'urn:koblingslab:problem:launch-mode-unavailable');
    assert.equal(body.detail, 'SSO is not available yet');
  });

  test('a withdrawn tool cannot be launched (409), a draft is unknown (404)', async () => {
    assert.equal((await h.postJson('/api/launches', { toolId: 'kaloriteller-classic' }, kari)).status, 409);
    assert.equal((await h.postJson('/api/launches', { toolId: 'pusterom' }, kari)).status, 404);
  });

  test('an assignmentId that names no assignment is a 404 naming assignmentId', async () => {
    const res = await h.postJson('/api/launches', { toolId: 'drikkedagboka', assignmentId: 'a1' }, kari);
    assert.equal(res.status, 404);
    assert.equal(((await res.json()) as { errors: Array<{ field: string }> }).errors[0]!.field, 'assignmentId');
  });

  test('a field the launch does not know (a typo) is a 400 naming it, and makes no ticket', async () => {
    const before = (await h.host.db.selectFrom('launch_tickets').select('ticket_hash').execute()).length;
    const res = await h.postJson('/api/launches', { toolId: 'drikkedagboka', assignmentID: 'a1' }, kari);
    assert.equal(res.status, 400);
    assert.deepEqual(((await res.json()) as { errors: Array<{ field: string }> }).errors.map((e) => e.field), ['assignmentID']);
    assert.equal((await h.host.db.selectFrom('launch_tickets').select('ticket_hash').execute()).length, before);
  });
});

describe('LTI launch form', () => {
  async function ltiPage(toolId: string, token: string, extra: Record<string, string> = {}) {
    const { url } = await createLaunch(toolId, token, extra);
    const res = await h.app.request(pathOf(url));
    assert.equal(res.status, 200);
    return { res, html: await res.text() };
  }

  test('the page is UTF-8, posts with accept-charset UTF-8 to the launch URL and auto-submits under a nonce CSP', async () => {
    const { res, html } = await ltiPage('audit-alkoholvaner', kari);
    assert.match(html, /^<!doctype html><html lang="nb"><meta charset="utf-8">/);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(html, new RegExp(`<form id="lti-launch" method="post" action="${DEMO_TOOL_URL}/lti/launch" accept-charset="UTF-8">`));
    assert.match(html, /<noscript>[\s\S]*<button type="submit">/);
    const nonce = /<script nonce="([^"]+)">/.exec(html)?.[1];
    assert.ok(nonce);
    assert.equal(
      res.headers.get('content-security-policy'),
      `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; base-uri 'none'; frame-ancestors 'none'`,
    );
    assert.equal(res.headers.get('cache-control'), 'no-store');
    // The tool sees the portal's origin in Origin (to refuse forms posted from elsewhere), never the ticket path.
    assert.equal(res.headers.get('referrer-policy'), 'strict-origin');
  });

  test('the form carries the LTI parameters with the pseudonym and no pid, no name', async () => {
    const { html } = await ltiPage('audit-alkoholvaner', kari, { locale: 'nn-NO' });
    const kariPersona = PERSONAS.find((p) => p.id === 'kari')!;
    assert.ok(!html.includes(kariPersona.pid!), 'no pid');
    assert.ok(!html.includes('Kari') && !html.includes('Nordmann'), 'no name');
    const fields = new Map(formFields(html));
    assert.equal(fields.get('lti_message_type'), 'basic-lti-launch-request');
    assert.equal(fields.get('lti_version'), 'LTI-1p0');
    assert.equal(fields.get('resource_link_id'), 'audit-alkoholvaner');
    assert.equal(fields.get('resource_link_title'), 'AUDIT – test dine alkoholvaner');
    assert.equal(fields.get('roles'), 'Learner');
    assert.equal(fields.get('launch_presentation_locale'), 'nn-NO');
    assert.equal(fields.get('launch_presentation_document_target'), 'frame');
    assert.equal(fields.get('launch_presentation_return_url'), `${PUBLIC_URL}/lti/return`);
    assert.equal(fields.get('tool_consumer_instance_guid'), 'portal.test.example');
    assert.equal(fields.get('tool_consumer_info_product_family_code'), 'koblingslab');
    assert.equal(fields.get('oauth_consumer_key'), DEMO_KEY);
    assert.match(fields.get('user_id') ?? '', /^[A-Za-z0-9_-]{43}$/);
    assert.ok(![...fields.keys()].some((k) => k.startsWith('lis_') || k.startsWith('lis_person')), 'no lis_* parameters yet');
    const kariUser = await h.host.db.selectFrom('users').select('id').where('persona_id', '=', 'kari').executeTakeFirstOrThrow();
    assert.notEqual(fields.get('user_id'), kariUser.id, 'the internal id is not sent');
  });

  test('the signature verifies with verifyLtiLaunch from the launch SDK', async () => {
    const { html } = await ltiPage('audit-alkoholvaner', kari);
    const fields = formFields(html);
    const request = new Request(`${DEMO_TOOL_URL}/lti/launch`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
    const launch = await verifyLtiLaunch(request, {
      lookupSecret: (key) => (key === DEMO_KEY ? DEMO_SECRET : undefined),
      nonceStore: new MemoryNonceStore(),
      now: () => h.clock.now,
    });
    assert.equal(launch.resourceLink.id, 'audit-alkoholvaner');
    assert.deepEqual(launch.roles, ['Learner']);
    assert.equal(launch.userId, new Map(fields).get('user_id'));
  });

  test('a launch URL with a query is signed with its query and posted to exactly that URL', async () => {
    const { html } = await ltiPage('styrke-hjemme', kari);
    assert.match(html, /action="https:\/\/aktivhverdag\.example\/lti\/launch\?program=styrke"/);
    const fields = formFields(html);
    assert.ok(!fields.some(([k]) => k === 'program'), 'query parameters stay in the URL');
    assert.equal(new Map(fields).get('custom_niv_'), 'nybegynner', 'custom names are lower-cased, non a-z0-9 become _');
    const secret = (await h.host.db.selectFrom('tools').select('lti_secret').where('id', '=', 'styrke-hjemme').executeTakeFirstOrThrow()).lti_secret!;
    const request = new Request('https://aktivhverdag.example/lti/launch?program=styrke', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
    const launch = await verifyLtiLaunch(request, { lookupSecret: () => secret, nonceStore: new MemoryNonceStore(), now: () => h.clock.now });
    assert.equal(launch.custom['niv_'], 'nybegynner');
  });

  test('a personnel preview is an Instructor launch, and a new-window tool targets "window"', async () => {
    const { html } = await ltiPage('aktivitet-pa-resept', fastlege);
    assert.equal(new Map(formFields(html)).get('roles'), 'Instructor');
    const sovn = await ltiPage('sovnskolen', kari);
    assert.equal(new Map(formFields(sovn.html)).get('launch_presentation_document_target'), 'window');
  });

  test('each launch has a fresh nonce', async () => {
    const a = new Map(formFields((await ltiPage('audit-alkoholvaner', kari)).html));
    const b = new Map(formFields((await ltiPage('audit-alkoholvaner', kari)).html));
    assert.notEqual(a.get('oauth_nonce'), b.get('oauth_nonce'));
    assert.equal(a.get('user_id'), b.get('user_id'), 'the pseudonym is stable');
  });

  test('nothing in the log lines carries a pid, a token or a ticket', async () => {
    const { url } = await createLaunch('audit-alkoholvaner', kari);
    await h.app.request(pathOf(url));
    const ticket = url.split('/').at(-1)!;
    const log = h.logLines.join('\n');
    assert.ok(!/\d{11}/.test(log));
    assert.ok(!log.includes(ticket));
    assert.ok(!log.includes(kari));
  });
});

describe('LTI return page', () => {
  test('shows lti_errormsg escaped, with a link back to the front page', async () => {
    const res = await h.app.request(`/lti/return?lti_errormsg=${encodeURIComponent('<b>Ugyldig</b> signatur')}`);
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /&lt;b&gt;Ugyldig&lt;\/b&gt; signatur/);
    assert.match(html, /<a href="\/">/);
    assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'none'/);
  });

  test('without a message it goes straight on to the portal', async () => {
    const res = await h.app.request('/lti/return');
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/');
  });

  test('cuts a message to 500 characters, so a crafted link cannot fill the page', async () => {
    const html = await (await h.app.request(`/lti/return?lti_msg=${'x'.repeat(600)}`)).text();
    assert.ok(html.includes('x'.repeat(500)));
    assert.ok(!html.includes('x'.repeat(501)));
  });

  test('shows lti_msg when the tool sends one', async () => {
    const html = await (await h.app.request('/lti/return?lti_msg=Takk%20for%20n%C3%A5')).text();
    assert.match(html, /Takk for nå/);
  });
});
