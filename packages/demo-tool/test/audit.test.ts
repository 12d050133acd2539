import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Browser, hiddenValue, shownQuestion, type Page } from './support/browser.ts';
import { startTool, type RunningTool } from './support/tool-server.ts';

const RETURN_URL = 'http://portal.example/lti/return';
const MINUTE = 60 * 1000;
let userCount = 0;

/** A person with a fresh pseudonym, launched into the test. */
async function launchedUser(tool: RunningTool, extra: Record<string, string> = {}) {
  const browser = new Browser(tool);
  const userId = `pseudonym-${++userCount}`;
  const { page } = await browser.launch({
    user_id: userId,
    resource_link_id: 'audit-alkoholvaner',
    launch_presentation_return_url: RETURN_URL,
    ...extra,
  });
  assert.equal(page.status, 303);
  return { browser, userId };
}

async function answerAll(browser: Browser, scores: number[]): Promise<Page> {
  let page: Page | undefined;
  for (const score of scores) page = await browser.answerCurrent(score);
  return page!;
}

/** A browser that holds a copy of someone's cookie, as a shared device would if the cookie were not deleted. */
function withCookie(tool: RunningTool, sessionId: string): Browser {
  const browser = new Browser(tool);
  browser.cookies.set('audit_sid', sessionId);
  return browser;
}

function storedAnswers(tool: RunningTool): number {
  return (tool.db.prepare('SELECT count(*) AS n FROM answers').get() as { n: number }).n;
}

describe('AUDIT questionnaire over HTTP', () => {
  let tool: RunningTool;
  before(async () => (tool = await startTool()));
  after(() => tool.close());

  it('shows the total score and the WHO risk zone after all ten answers', async () => {
    const { browser } = await launchedUser(tool);
    const result = await answerAll(browser, [4, 3, 2, 1, 0, 0, 1, 2, 2, 2]);
    assert.equal(result.status, 200);
    assert.equal(shownQuestion(result.html), undefined);
    assert.match(result.html, /Du fikk <strong>17<\/strong> av 40 poeng/);
    assert.match(result.html, /Risikosone III: Skadelig bruk/);
    assert.equal(result.headers.get('cache-control'), 'no-store', 'the result is never kept in a cache');
  });

  it('resumes at the first unanswered question when the same user launches again', async () => {
    const { browser, userId } = await launchedUser(tool);
    await answerAll(browser, [1, 1, 1]);

    const again = new Browser(tool);
    await again.launch({ user_id: userId, resource_link_id: 'audit-alkoholvaner' });
    assert.notEqual(again.cookies.get('audit_sid'), browser.cookies.get('audit_sid'), 'a new session');
    assert.equal(shownQuestion((await again.get('/audit')).html), 4);
  });

  it('keeps a completed test completed on the next launch', async () => {
    const { browser, userId } = await launchedUser(tool);
    await answerAll(browser, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const again = new Browser(tool);
    await again.launch({ user_id: userId, resource_link_id: 'audit-alkoholvaner' });
    assert.match((await again.get('/audit')).html, /Risikosone I: Lav risiko/);
  });

  it("does not show one user's progress to another user or on another resource link", async () => {
    const { browser, userId } = await launchedUser(tool);
    await answerAll(browser, [2, 2]);

    const other = await launchedUser(tool);
    assert.equal(shownQuestion((await other.browser.get('/audit')).html), 1);

    const otherLink = new Browser(tool);
    await otherLink.launch({ user_id: userId, resource_link_id: 'assignment-42' });
    assert.equal(shownQuestion((await otherLink.get('/audit')).html), 1);
  });

  it('goes back to a previous question with the saved answer checked, and lets it be changed', async () => {
    const { browser } = await launchedUser(tool);
    await answerAll(browser, [3, 1]);
    const back = await browser.get('/audit?question=1');
    assert.equal(shownQuestion(back.html), 1);
    assert.match(back.html, /value="3" required checked>/);

    const changed = await browser.post('/audit/answer', { csrf: hiddenValue(back.html, 'csrf'), question: '1', answer: '0' });
    assert.equal(changed.status, 303);
    assert.match((await browser.get('/audit?question=1')).html, /value="0" required checked>/);
    assert.equal(shownQuestion((await browser.get('/audit')).html), 3, 'then continues where it left off');
  });

  it('"Se over svarene dine" lists every question with the chosen answer and its points, and links back to the result', async () => {
    const { browser } = await launchedUser(tool);
    const result = await answerAll(browser, [4, 3, 2, 1, 0, 0, 1, 2, 2, 2]);
    assert.match(result.html, /<a href="\/audit\/summary">Se over svarene dine<\/a>/);

    const summary = await browser.get('/audit/summary');
    assert.equal(summary.status, 200);
    assert.equal(summary.headers.get('cache-control'), 'no-store');
    assert.match(summary.html, /<h1>Svarene dine<\/h1>/);
    assert.equal(shownQuestion(summary.html), undefined, 'a summary, not a question form');
    assert.doesNotMatch(summary.html, /type="radio"/);
    assert.match(summary.html, /Du fikk <strong>17<\/strong> av 40 poeng/);
    assert.match(summary.html, /Hvor ofte drikker du alkohol\?<\/p>\n<p>Svaret ditt: <strong>4 ganger i uken eller mer<\/strong> \(4 poeng\)/);
    assert.match(summary.html, /Svaret ditt: <strong>Ja, men ikke i løpet av det siste året<\/strong> \(2 poeng\)/);
    assert.equal(summary.html.match(/Svaret ditt: <strong>[^<]+<\/strong> \(\d poeng\)/g)?.length, 10);
    for (let n = 1; n <= 10; n++) {
      assert.ok(
        summary.html.includes(`<a href="/audit?question=${n}&amp;from=summary">Endre<span class="visually-hidden"> svaret på spørsmål ${n}</span></a>`),
        `an "Endre" link for question ${n}`,
      );
    }
    assert.match(summary.html, /<a href="\/audit">Tilbake til resultatet<\/a>/);
  });

  it('"Endre" on the summary opens that question, and saving goes back to the summary with the new answer and total', async () => {
    const { browser } = await launchedUser(tool);
    await answerAll(browser, [4, 3, 2, 1, 0, 0, 1, 2, 2, 2]);
    const edit = await browser.get('/audit?question=3&from=summary');
    assert.equal(shownQuestion(edit.html), 3);
    assert.match(edit.html, /value="2" required checked>/);
    assert.match(edit.html, /<input type="hidden" name="from" value="summary">/);
    assert.match(edit.html, /<button type="submit">Lagre endringen<\/button>\n<a href="\/audit\/summary">Tilbake til svarene dine<\/a>/);

    const saved = await browser.post('/audit/answer', { csrf: hiddenValue(edit.html, 'csrf'), question: '3', answer: '0', from: 'summary' });
    assert.equal(saved.status, 303);
    assert.equal(saved.headers.get('location'), '/audit/summary');
    const summary = await browser.get('/audit/summary');
    assert.match(summary.html, /Hvor ofte drikker du seks alkoholenheter eller mer ved én anledning\?<\/p>\n<p>Svaret ditt: <strong>Aldri<\/strong> \(0 poeng\)/);
    assert.match(summary.html, /Du fikk <strong>15<\/strong> av 40 poeng/);
    assert.match((await browser.get('/audit')).html, /Risikosone II/, 'the result follows the change');
  });

  it('sends /audit/summary of an unfinished test on to the next question', async () => {
    const { browser } = await launchedUser(tool);
    await answerAll(browser, [1, 1]);
    const page = await browser.get('/audit/summary');
    assert.equal(page.status, 303);
    assert.equal(page.headers.get('location'), '/audit');
  });

  it('does not skip ahead of the first unanswered question', async () => {
    const { browser } = await launchedUser(tool);
    const page = await browser.get('/audit?question=5');
    assert.equal(page.status, 303);
    assert.equal(page.headers.get('location'), '/audit');
    const csrf = hiddenValue((await browser.get('/audit')).html, 'csrf');
    const before = storedAnswers(tool);
    const skipped = await browser.post('/audit/answer', { csrf, question: '5', answer: '1' });
    assert.equal(skipped.status, 400);
    assert.equal(storedAnswers(tool), before);
  });

  it('starts over on "Ta testen på nytt"', async () => {
    const { browser } = await launchedUser(tool);
    const result = await answerAll(browser, [4, 4, 4, 4, 4, 4, 4, 4, 4, 4]);
    assert.match(result.html, /Risikosone IV/);
    assert.match(result.html, /Ta testen på nytt/);
    const restarted = await browser.post('/audit/restart', { csrf: hiddenValue(result.html, 'csrf') });
    assert.equal(restarted.status, 303);
    assert.equal(shownQuestion((await browser.get('/audit')).html), 1);
  });

  it('rejects an answer with a wrong or missing CSRF token and saves nothing', async () => {
    const { browser } = await launchedUser(tool);
    const page = await browser.get('/audit');
    const before = storedAnswers(tool);
    const wrong = await browser.post('/audit/answer', { csrf: 'x'.repeat(43), question: '1', answer: '2' });
    assert.equal(wrong.status, 403);
    assert.match(wrong.html, /<h1>Skjemaet ble avvist<\/h1>/);
    const missing = await browser.post('/audit/answer', { question: '1', answer: '2' });
    assert.equal(missing.status, 403);
    const restart = await browser.post('/audit/restart', {});
    assert.equal(restart.status, 403);
    assert.equal(storedAnswers(tool), before);
    assert.equal(shownQuestion((await browser.get('/audit')).html), 1);
    assert.ok(page.html.includes('name="csrf"'));
  });

  it("rejects another session's CSRF token", async () => {
    const first = await launchedUser(tool);
    const second = await launchedUser(tool);
    const foreignToken = hiddenValue((await first.browser.get('/audit')).html, 'csrf');
    const page = await second.browser.post('/audit/answer', { csrf: foreignToken, question: '1', answer: '2' });
    assert.equal(page.status, 403);
  });

  for (const [description, form] of [
    ['a score question 9 does not have (3)', { question: '9', answer: '3' }],
    ['a score above 4', { question: '1', answer: '5' }],
    ['a non-numeric answer', { question: '1', answer: 'abc' }],
    ['a missing answer', { question: '1' }],
    ['a question that does not exist', { question: '11', answer: '1' }],
    ['a missing question number', { answer: '1' }],
  ] as const) {
    it(`answers ${description} with a readable 400 page and saves nothing`, async () => {
      const { browser } = await launchedUser(tool);
      if (form.question === '9') await answerAll(browser, [0, 0, 0, 0, 0, 0, 0, 0]);
      const csrf = hiddenValue((await browser.get('/audit')).html, 'csrf');
      const before = storedAnswers(tool);
      const page = await browser.post('/audit/answer', { csrf, ...form });
      assert.equal(page.status, 400);
      assert.match(page.headers.get('content-type') ?? '', /text\/html/);
      assert.match(page.html, /<html lang="nb">/);
      assert.doesNotMatch(page.html, /at .*\.ts:\d+/, 'no stack trace');
      assert.equal(storedAnswers(tool), before);
    });
  }

  for (const [description, fields] of [
    ['a repeated answer (answer=1&answer=4)', [['question', '1'], ['answer', '1'], ['answer', '4']]],
    ['a repeated question number', [['question', '1'], ['question', '2'], ['answer', '1']]],
    ['a repeated CSRF token', [['csrf', 'SAME'], ['question', '1'], ['answer', '1']]],
  ] as const) {
    it(`refuses ${description} with the readable 400 page and stores nothing`, async () => {
      const { browser } = await launchedUser(tool);
      await answerAll(browser, [2, 2]);
      const csrf = hiddenValue((await browser.get('/audit')).html, 'csrf');
      const before = tool.db.prepare('SELECT * FROM answers ORDER BY user_key, question').all();
      const form = [['csrf', csrf], ...fields.map(([name, value]) => [name, value === 'SAME' ? csrf : value])] as Array<[string, string]>;
      const page = await browser.post('/audit/answer', form);
      assert.equal(page.status, 400);
      assert.match(page.html, /<h1>Ugyldig forespørsel<\/h1>/);
      assert.match(page.html, /kom mer enn én gang/);
      assert.deepEqual(tool.db.prepare('SELECT * FROM answers ORDER BY user_key, question').all(), before);
    });
  }

  for (const [description, contentType, body] of [
    ['a multipart body that is not multipart', 'multipart/form-data', 'garbage'],
    ['a multipart body cut off mid-part', 'multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="answer"\r\n\r\n1'],
  ] as const) {
    it(`refuses ${description} with the readable 400 page and stores nothing`, async () => {
      const { browser } = await launchedUser(tool);
      await answerAll(browser, [2, 2]);
      const before = storedAnswers(tool);
      const page = await browser.postRaw('/audit/answer', contentType, body);
      assert.equal(page.status, 400);
      assert.match(page.html, /<h1>Ugyldig forespørsel<\/h1>/);
      assert.match(page.html, /Skjemaet kunne ikke leses/);
      assert.equal(storedAnswers(tool), before);
    });
  }

  it('refuses a repeated question number in the address with the 400 page', async () => {
    const { browser } = await launchedUser(tool);
    await answerAll(browser, [2, 2]);
    const page = await browser.get('/audit?question=1&question=2');
    assert.equal(page.status, 400);
    assert.match(page.html, /Feltet «question» kom mer enn én gang/);
  });

  it('refuses a form body over 64 KiB with a readable 413 page and saves nothing', async () => {
    const { browser } = await launchedUser(tool);
    const csrf = hiddenValue((await browser.get('/audit')).html, 'csrf');
    const before = storedAnswers(tool);
    const page = await browser.post('/audit/answer', { csrf, question: '1', answer: '1', padding: 'x'.repeat(70_000) });
    assert.equal(page.status, 413);
    assert.match(page.html, /<h1>For stor forespørsel<\/h1>/);
    assert.equal(storedAnswers(tool), before);
  });

  it('answers an unknown question number in the address with a 400 page', async () => {
    const { browser } = await launchedUser(tool);
    assert.equal((await browser.get('/audit?question=0')).status, 400);
    assert.equal((await browser.get('/audit?question=abc')).status, 400);
  });

  it('tells English-speaking users that the test is in Norwegian only', async () => {
    const { browser } = await launchedUser(tool, { launch_presentation_locale: 'en-GB' });
    assert.match((await browser.get('/audit')).html, /<p lang="en" class="notice">/);
    const { browser: norwegian } = await launchedUser(tool, { launch_presentation_locale: 'nb-NO' });
    assert.doesNotMatch((await norwegian.get('/audit')).html, /lang="en"/);
  });
});

describe('tool sessions', () => {
  let tool: RunningTool;
  before(async () => (tool = await startTool()));
  after(() => tool.close());

  it('answers /audit without a session with a readable 401 page', async () => {
    const page = await new Browser(tool).get('/audit');
    assert.equal(page.status, 401);
    assert.match(page.html, /<h1>Ingen aktiv økt<\/h1>/);
  });

  it('ends a session 20 minutes after its last request, keeping the saved answers for the next launch', async () => {
    const { browser, userId } = await launchedUser(tool);
    await answerAll(browser, [1, 2]);
    tool.clock.now += 20 * MINUTE + 1;
    const expired = await browser.get('/audit');
    assert.equal(expired.status, 401);
    assert.match(expired.html, /<h1>Ingen aktiv økt<\/h1>/);
    assert.doesNotMatch(expired.html, /name="question"/);
    assert.equal(browser.cookies.get('audit_sid'), undefined, 'the stale cookie is deleted');

    const again = new Browser(tool);
    await again.launch({ user_id: userId, resource_link_id: 'audit-alkoholvaner' });
    assert.equal(shownQuestion((await again.get('/audit')).html), 3);
  });

  it('keeps an active session open past 20 minutes, renewing the cookie, until two hours after the launch', async () => {
    const { browser } = await launchedUser(tool);
    for (let elapsed = 15; elapsed < 120; elapsed += 15) {
      tool.clock.now += 15 * MINUTE;
      const page = await browser.get('/audit');
      assert.equal(page.status, 200, `still open after ${elapsed} minutes of activity`);
      const cookies = page.headers.getSetCookie().filter((c) => c.startsWith('audit_sid='));
      assert.equal(cookies.length, 1, 'the session is renewed once per request');
      assert.match(cookies[0] ?? '', new RegExp(`Max-Age=${Math.min(20, 120 - elapsed) * 60}(;|$)`));
    }
    tool.clock.now += 15 * MINUTE;
    assert.equal((await browser.get('/audit')).status, 401, 'the two-hour cap holds however active the session is');
  });
});

describe('leaving the test (shared devices)', () => {
  let tool: RunningTool;
  before(async () => (tool = await startTool()));
  after(() => tool.close());

  const sessionRows = () => (tool.db.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number }).n;

  it('ends the session on "Tilbake til portalen", so the next person on the device cannot open the result', async () => {
    const kari = await launchedUser(tool);
    const result = await answerAll(kari.browser, [4, 3, 2, 1, 0, 0, 1, 2, 2, 2]);
    const cookieCopy = kari.browser.cookies.get('audit_sid')!;
    const rowsBefore = sessionRows();
    // Chromium checks form-action on the post's redirect too, so the page must allow the portal as well as itself.
    assert.match(result.headers.get('content-security-policy') ?? '', /form-action 'self' http:\/\/portal\.example;/);

    const left = await kari.browser.post('/audit/leave', { csrf: hiddenValue(result.html, 'csrf') });
    assert.equal(left.status, 303);
    const location = new URL(left.headers.get('location')!);
    assert.equal(`${location.origin}${location.pathname}`, RETURN_URL);
    assert.equal(location.searchParams.get('lti_msg'), 'Du har fullført AUDIT-testen.');
    assert.match(left.headers.getSetCookie().join('\n'), /^audit_sid=; Max-Age=0; Path=\/; HttpOnly; SameSite=Lax$/m);
    assert.equal(left.headers.getSetCookie().length, 1, 'the cookie is only deleted, not renewed first');
    assert.equal(sessionRows(), rowsBefore - 1, 'the server-side session is deleted');

    // Ola opens /audit in the same browser (the cookie is gone), or with a copy of the old cookie: neither shows Kari's result.
    for (const page of [await kari.browser.get('/audit'), await withCookie(tool, cookieCopy).get('/audit')]) {
      assert.equal(page.status, 401);
      assert.doesNotMatch(page.html, /Du fikk|Risikosone/);
    }

    const again = new Browser(tool);
    await again.launch({ user_id: kari.userId, resource_link_id: 'audit-alkoholvaner' });
    assert.match((await again.get('/audit')).html, /Du fikk <strong>17<\/strong>/, 'a new launch shows the saved result');
  });

  it('says on each question that progress is saved, and leaving mid-test tells the portal so; a new launch resumes', async () => {
    const { browser, userId } = await launchedUser(tool);
    const page = await answerAll(browser, [1, 1, 1]);
    assert.match(
      page.html,
      /<p id="leave-note" class="hint">Fremgangen din er lagret\. Du kan fortsette senere\.<\/p>\n<button type="submit" class="secondary" aria-describedby="leave-note">Tilbake til portalen<\/button>/,
    );
    const left = await browser.post('/audit/leave', { csrf: hiddenValue(page.html, 'csrf') });
    assert.equal(left.status, 303);
    assert.equal(
      new URL(left.headers.get('location')!).searchParams.get('lti_msg'),
      'Fremgangen din er lagret. Du kan fortsette senere.',
    );
    assert.equal((await browser.get('/audit')).status, 401);

    const again = new Browser(tool);
    await again.launch({ user_id: userId, resource_link_id: 'audit-alkoholvaner' });
    assert.equal(shownQuestion((await again.get('/audit')).html), 4);
  });

  it('shows a readable "you have left the test" page when the launch gave no return URL', async () => {
    const browser = new Browser(tool);
    await browser.launch({ user_id: `pseudonym-${++userCount}`, resource_link_id: 'audit-alkoholvaner' });
    const page = await browser.get('/audit');
    assert.match(page.html, /<button type="submit" class="secondary" aria-describedby="leave-note">Avslutt testen<\/button>/);
    const left = await browser.post('/audit/leave', { csrf: hiddenValue(page.html, 'csrf') });
    assert.equal(left.status, 200);
    assert.match(left.html, /<h1>Du har forlatt testen<\/h1>/);
    assert.match(left.html, /Fremgangen din er lagret\. Du kan fortsette senere\. Start testen fra helseportalen igjen/);
    assert.equal(left.headers.get('cache-control'), 'no-store');
    assert.equal(browser.cookies.get('audit_sid'), undefined);
    assert.equal((await browser.get('/audit')).status, 401);
  });

  it('refuses to leave without the CSRF token, keeping the session', async () => {
    const { browser } = await launchedUser(tool);
    const left = await browser.post('/audit/leave', {});
    assert.equal(left.status, 403);
    assert.equal((await browser.get('/audit')).status, 200);
  });
});

describe('pages', () => {
  let tool: RunningTool;
  before(async () => (tool = await startTool()));
  after(() => tool.close());

  it('are UTF-8, lang="nb", with one h1, a stylesheet, no script, a script-free CSP and no caching', async () => {
    const { browser } = await launchedUser(tool);
    const page = await browser.get('/audit');
    assert.equal(page.headers.get('content-type'), 'text/html; charset=UTF-8');
    assert.match(page.html, /^<!doctype html>\n<html lang="nb">/);
    assert.match(page.html, /<meta charset="utf-8">/);
    assert.equal(page.html.match(/<h1[ >]/g)?.length, 1);
    assert.doesNotMatch(page.html, /<script|\son\w+=/i);
    assert.match(page.html, /<link rel="stylesheet" href="\/static\/audit.css">/);
    const csp = page.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /form-action 'self'/);
    assert.doesNotMatch(csp, /script-src|unsafe-inline/);
    assert.equal(page.headers.get('cache-control'), 'no-store');
  });

  it('ask each question in a fieldset whose legend is the question, with a labelled radio per option', async () => {
    const { browser } = await launchedUser(tool);
    const page = await browser.get('/audit');
    assert.match(page.html, /<fieldset>\n<legend>Hvor ofte drikker du alkohol\?<\/legend>/);
    const radios = [...page.html.matchAll(/<input type="radio" id="([^"]+)" name="answer"/g)].map((m) => m[1]);
    assert.equal(radios.length, 5);
    for (const id of radios) assert.ok(page.html.includes(`<label for="${id}">`), `label for ${id}`);
  });

  it('serve the stylesheet with a visible focus style', async () => {
    const response = await fetch(`${tool.url}/static/audit.css`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/css/);
    assert.match(await response.text(), /:focus-visible \{ outline: 3px solid/);
  });

  it('answer an unknown address with a readable 404 page and /healthz with ok', async () => {
    const missing = await fetch(`${tool.url}/nowhere`);
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), /<h1>Siden finnes ikke<\/h1>/);
    const health = await fetch(`${tool.url}/healthz`);
    assert.deepEqual(await health.json(), { status: 'ok' });
  });

  it('answer the browser\'s favicon request with an empty 204, not the 404 page', async () => {
    const response = await fetch(`${tool.url}/favicon.ico`);
    assert.equal(response.status, 204);
    assert.equal(await response.text(), '');
  });
});
