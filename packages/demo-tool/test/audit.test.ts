import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Browser, hiddenValue, shownQuestion, type Page } from './support/browser.ts';
import { startTool, type RunningTool } from './support/tool-server.ts';

const RETURN_URL = 'http://portal.example/lti/return';
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
    const backLink = /<a class="portal-link" href="([^"]+)">/.exec(result.html)?.[1]?.replaceAll('&amp;', '&');
    assert.equal(new URL(backLink!).searchParams.get('lti_msg'), 'Du har fullført AUDIT-testen.');
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

  it('ends a session two hours after the launch, keeping the saved answers for the next launch', async () => {
    const { browser, userId } = await launchedUser(tool);
    await answerAll(browser, [1, 2]);
    tool.clock.now += 2 * 60 * 60 * 1000 + 1;
    assert.equal((await browser.get('/audit')).status, 401);

    const again = new Browser(tool);
    await again.launch({ user_id: userId, resource_link_id: 'audit-alkoholvaner' });
    assert.equal(shownQuestion((await again.get('/audit')).html), 3);
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
