import assert from 'node:assert/strict';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { Browser, shownQuestion, signedLaunch } from './support/browser.ts';
import { LTI_KEY, startTool, type RunningTool } from './support/tool-server.ts';

const RETURN_URL = 'http://portal.example/lti/return';
const alice = { user_id: 'pseudonym-alice', resource_link_id: 'audit-alkoholvaner' };

function sessionRows(tool: RunningTool): number {
  return (tool.db.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number }).n;
}

describe('LTI launch', () => {
  let tool: RunningTool;
  before(async () => (tool = await startTool()));
  after(() => tool.close());

  it('starts an HttpOnly SameSite=Lax session on a valid launch and redirects to the test', async () => {
    const browser = new Browser(tool);
    const { page } = await browser.launch({ ...alice, launch_presentation_return_url: RETURN_URL });
    assert.equal(page.status, 303);
    assert.equal(page.headers.get('location'), '/audit');
    const cookie = page.headers.getSetCookie().find((c) => c.startsWith('audit_sid='));
    assert.ok(cookie, 'audit_sid cookie set');
    assert.match(cookie, /HttpOnly/i);
    assert.match(cookie, /SameSite=Lax/i);
    assert.doesNotMatch(cookie, /Secure/i, 'not Secure on an http public URL');
    assert.match(cookie, /Max-Age=1200(;|$)/, 'the cookie lasts as long as the 20-minute idle timeout');

    const first = await browser.get('/audit');
    assert.equal(first.status, 200);
    assert.equal(shownQuestion(first.html), 1);
    assert.match(first.html, /<form method="post" action="\/audit\/leave"[^>]*>\n<input type="hidden" name="csrf" value="[^"]+">\n[^]*?<button type="submit" class="secondary"[^>]*>Tilbake til portalen<\/button>/);
  });

  it('stores only the pseudonymous user key, the link and the return URL in the session', async () => {
    const browser = new Browser(tool);
    await browser.launch({ ...alice, user_id: 'pseudonym-session-check', launch_presentation_locale: 'nb-NO' });
    const row = tool.db
      .prepare('SELECT user_key, resource_link_id, locale FROM sessions WHERE user_key LIKE ?')
      .get('%pseudonym-session-check') as Record<string, string>;
    assert.deepEqual(row, {
      user_key: `${LTI_KEY}:pseudonym-session-check`,
      resource_link_id: 'audit-alkoholvaner',
      locale: 'nb-NO',
    });
    const cookieValue = browser.cookies.get('audit_sid')!;
    const stored = tool.db.prepare('SELECT count(*) AS n FROM sessions WHERE id_hash = ?').get(cookieValue) as { n: number };
    assert.equal(stored.n, 0, 'the raw cookie value is not stored');
  });

  it('shows the SDK error page with LTI_BAD_SIGNATURE for a tampered launch, and starts no session', async () => {
    const fields = await signedLaunch(tool, { ...alice, launch_presentation_return_url: RETURN_URL });
    const tampered = fields.map(([name, value]): [string, string] => [name, name === 'user_id' ? 'someone-else' : value]);
    const before = sessionRows(tool);
    const browser = new Browser(tool);
    const page = await browser.post('/lti/launch', tampered);
    assert.equal(page.status, 401);
    assert.match(page.headers.get('content-type') ?? '', /text\/html; charset=utf-8/i);
    assert.ok(page.html.includes('LTI_BAD_SIGNATURE'));
    assert.ok(page.html.includes('Verktøyet kunne ikke starte'), 'readable Norwegian page');
    assert.equal(page.headers.get('location'), null, 'an unauthenticated return URL is not followed');
    assert.equal(browser.cookies.size, 0);
    assert.equal(sessionRows(tool), before);
  });

  it('explains a refused launch in English when the portal asked for en-GB', async () => {
    const fields = await signedLaunch(tool, { ...alice, launch_presentation_locale: 'en-GB' }, { consumerSecret: 'wrong-secret-but-long' });
    const page = await new Browser(tool).post('/lti/launch', fields);
    assert.equal(page.status, 401);
    assert.ok(page.html.includes('The tool could not start'));
  });

  it('rejects a launch from an unknown consumer', async () => {
    const page = await new Browser(tool).launch(alice, { consumerKey: 'another-portal', consumerSecret: 'its-own-secret-1234' });
    assert.equal(page.page.status, 401);
    assert.ok(page.page.html.includes('LTI_UNKNOWN_CONSUMER'));
  });

  it('rejects a replayed launch with LTI_NONCE_REPLAYED and starts no second session', async () => {
    const fields = await signedLaunch(tool, { ...alice, user_id: 'pseudonym-replay' });
    assert.equal((await new Browser(tool).post('/lti/launch', fields)).status, 303);
    const replayer = new Browser(tool);
    const replay = await replayer.post('/lti/launch', fields);
    assert.equal(replay.status, 401);
    assert.ok(replay.html.includes('LTI_NONCE_REPLAYED'));
    assert.equal(replayer.cookies.size, 0);
  });

  it('sends a replayed launch back to its authenticated return URL with lti_errormsg', async () => {
    const fields = await signedLaunch(tool, { ...alice, launch_presentation_return_url: RETURN_URL });
    await new Browser(tool).post('/lti/launch', fields);
    const replay = await new Browser(tool).post('/lti/launch', fields);
    assert.equal(replay.status, 303);
    const location = new URL(replay.headers.get('location')!);
    assert.equal(`${location.origin}${location.pathname}`, RETURN_URL);
    assert.ok(location.searchParams.get('lti_errormsg'));
    assert.equal(location.searchParams.get('lti_errorlog'), 'LTI_NONCE_REPLAYED');
  });

  it('rejects a launch signed more than five minutes ago', async () => {
    const fields = await signedLaunch(tool, alice, { timestamp: Math.floor(tool.clock.now / 1000) - 301 });
    const page = await new Browser(tool).post('/lti/launch', fields);
    assert.equal(page.status, 401);
    assert.ok(page.html.includes('LTI_TIMESTAMP_OUT_OF_WINDOW'));
  });

  it('answers a GET of the launch URL with a readable page, not a 404', async () => {
    const page = await new Browser(tool).get('/lti/launch');
    assert.equal(page.status, 405);
    assert.ok(page.html.includes('LTI_BAD_METHOD'));
  });

  it('answers a PUT whose body never ends with 405 at once, without reading the body', async () => {
    const upload = httpRequest(`${tool.url}/lti/launch`, {
      method: 'PUT',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'transfer-encoding': 'chunked' },
    });
    const answered = new Promise<IncomingMessage>((resolve, reject) => upload.on('response', resolve).on('error', reject));
    upload.write('a'.repeat(64 * 1024));
    // The upload stays open: a server that read the body first would never answer.
    let timer: NodeJS.Timeout | undefined;
    try {
      const response = await Promise.race([
        answered,
        new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('no answer while the body was still coming')), 5000))),
      ]);
      assert.equal(response.statusCode, 405);
    } finally {
      clearTimeout(timer);
      upload.destroy();
    }
  });

  it('refuses a JSON launch with LTI_BAD_CONTENT_TYPE', async () => {
    const response = await fetch(`${tool.url}/lti/launch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(alice),
    });
    assert.equal(response.status, 415);
    assert.ok((await response.text()).includes('LTI_BAD_CONTENT_TYPE'));
  });

  it('drops a return URL that is not http(s), so no script link reaches the page', async () => {
    const browser = new Browser(tool);
    await browser.launch({ ...alice, user_id: 'pseudonym-js', launch_presentation_return_url: 'javascript:alert(1)' });
    const page = await browser.get('/audit');
    assert.equal(shownQuestion(page.html), 1);
    assert.ok(!page.html.includes('javascript:'));
    assert.ok(!page.html.includes('Tilbake til portalen'));
    assert.ok(page.html.includes('Avslutt testen'), 'the test can still be left');
  });
});

describe('LTI launch behind a TLS-terminating proxy', () => {
  let tool: RunningTool;
  before(async () => (tool = await startTool({ publicUrl: 'https://audit.example' })));
  after(() => tool.close());

  it('accepts a launch signed for the public https URL and marks the session cookie Secure', async () => {
    const browser = new Browser(tool);
    const { page } = await browser.launch(alice);
    assert.equal(page.status, 303);
    const cookie = page.headers.getSetCookie().find((c) => c.startsWith('audit_sid='));
    assert.match(cookie ?? '', /Secure/);
  });
});

describe('LTI launch from a known portal only (DEMO_TOOL_PORTAL_ORIGINS)', () => {
  let tool: RunningTool;
  before(async () => (tool = await startTool({ portalOrigins: ['http://portal.example'] })));
  after(() => tool.close());

  it("refuses a harvested form a browser posts from another site, starting no session, and accepts the portal's", async () => {
    const fields = await signedLaunch(tool, alice);
    const postFrom = (origin: string) =>
      fetch(`${tool.url}/lti/launch`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
        body: new URLSearchParams(fields),
        redirect: 'manual',
      });
    const before = sessionRows(tool);
    const foreign = await postFrom('https://evil.example');
    assert.equal(foreign.status, 403);
    assert.ok((await foreign.text()).includes('LTI_FOREIGN_ORIGIN'));
    assert.equal(sessionRows(tool), before);

    const fromPortal = await postFrom('http://portal.example');
    assert.equal(fromPortal.status, 303);
    assert.equal(fromPortal.headers.get('location'), '/audit');
  });
});
