import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LTI_LAUNCH_ERROR_MESSAGES, LtiLaunchError, ltiErrorResponse, MemoryNonceStore, verifyLtiLaunch } from '../src/index.ts';
import { LAUNCH_PARAMS, NOW_MS, lookupSecret, signedLaunch, withField } from './signed-launch.ts';

async function failedLaunch(request: Request): Promise<unknown> {
  return verifyLtiLaunch(request, { lookupSecret, nonceStore: new MemoryNonceStore(), now: () => NOW_MS }).then(
    () => assert.fail('the launch was accepted'),
    (error: unknown) => error,
  );
}

describe('ltiErrorResponse', () => {
  test('redirects 303 to the authenticated return URL with lti_errormsg and lti_errorlog, keeping its query', async () => {
    const params = LAUNCH_PARAMS.map(([name, value]): [string, string] => [
      name,
      name === 'launch_presentation_return_url' ? 'https://portal.example/lti/return?from=a%20b#top' : value,
    ]).filter(([name]) => name !== 'resource_link_id');
    const response = ltiErrorResponse(await failedLaunch(await signedLaunch({ params })), { locale: 'en-GB' });
    assert.equal(response.status, 303);
    const location = new URL(response.headers.get('location') ?? '');
    assert.equal(location.origin + location.pathname, 'https://portal.example/lti/return');
    assert.match(location.search, /^\?from=a%20b&/);
    assert.equal(location.searchParams.get('lti_errormsg'), 'The launch does not say what to open.');
    assert.equal(location.searchParams.get('lti_errorlog'), 'LTI_MISSING_RESOURCE_LINK_ID');
    assert.equal(location.hash, '#top');
  });

  test('shows a page, not a redirect, when the return URL was not authenticated by the signature', async () => {
    const error = await failedLaunch(await signedLaunch({ tamper: withField('user_id', 'other') }));
    const response = ltiErrorResponse(error);
    assert.equal(response.status, 401);
    assert.equal(response.headers.get('location'), null);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    const html = await response.text();
    assert.match(html, /<html lang="nb">/);
    assert.match(html, /<meta charset="utf-8">/);
    assert.match(html, /Vi kunne ikke bekrefte at oppstarten kom fra portalen\./);
    assert.match(html, /LTI_BAD_SIGNATURE/);
    assert.doesNotMatch(html, /portal\.example\/lti\/return/);
  });

  test('writes the page in en-GB when asked for any English locale', async () => {
    const response = ltiErrorResponse(new LtiLaunchError('LTI_NONCE_REPLAYED'), { locale: 'en-US' });
    const html = await response.text();
    assert.match(html, /<html lang="en-GB">/);
    assert.match(html, /This launch has already been used, and it can be used only once\./);
  });

  test("speaks the launch's own locale when the caller gives none, and the caller's when it does", async () => {
    const params = LAUNCH_PARAMS.map(([name, value]): [string, string] => [name, name === 'launch_presentation_locale' ? 'en-GB' : value]);
    const error = await failedLaunch(await signedLaunch({ params, tamper: withField('user_id', 'other') }));
    assert.match(await ltiErrorResponse(error).text(), /<html lang="en-GB">/);
    assert.match(await ltiErrorResponse(error, { locale: 'nb-NO' }).text(), /<html lang="nb">/);
  });

  test('gives every code a text in both locales', async () => {
    for (const code of Object.keys(LTI_LAUNCH_ERROR_MESSAGES) as Array<keyof typeof LTI_LAUNCH_ERROR_MESSAGES>) {
      for (const locale of ['nb-NO', 'en-GB']) {
        const html = await ltiErrorResponse(new LtiLaunchError(code), { locale }).text();
        assert.match(html, new RegExp(`<p>[^<]{10,}</p>\\n<p>[^<]+</p>\\n<p class="code">[^<]+<code>${code}</code>`), `${code} ${locale}`);
      }
    }
  });

  test('answers a GET to the launch URL with 405 and Allow: POST', () => {
    const response = ltiErrorResponse(new LtiLaunchError('LTI_BAD_METHOD'));
    assert.equal(response.status, 405);
    assert.equal(response.headers.get('allow'), 'POST');
  });

  test('answers an unexpected error with a generic 500 page that shows nothing of the error', async () => {
    const response = ltiErrorResponse(new Error('database password is hunter2'));
    assert.equal(response.status, 500);
    const html = await response.text();
    assert.match(html, /Noe gikk galt da verktøyet skulle starte\./);
    assert.doesNotMatch(html, /hunter2|Error/);
  });
});
