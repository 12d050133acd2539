import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  LtiLaunchError,
  MemoryNonceStore,
  percentEncode,
  signLtiLaunch,
  verifyLtiLaunch,
  type VerifyLtiLaunchOptions,
} from '../src/index.ts';
import { CONSUMER_KEY, CONSUMER_SECRET, LAUNCH_PARAMS, NOW_MS, lookupSecret, signedLaunch, withField } from './signed-launch.ts';

function options(extra: Partial<VerifyLtiLaunchOptions> = {}): VerifyLtiLaunchOptions {
  return { lookupSecret, nonceStore: new MemoryNonceStore(), now: () => NOW_MS, ...extra };
}

async function rejection(request: Request, verifyOptions = options()): Promise<LtiLaunchError> {
  try {
    await verifyLtiLaunch(request, verifyOptions);
  } catch (error) {
    assert.ok(error instanceof LtiLaunchError, `expected an LtiLaunchError, got ${String(error)}`);
    return error;
  }
  assert.fail('the launch was accepted');
}

describe('verifyLtiLaunch', () => {
  test('accepts a launch signed by signLtiLaunch and maps its parameters', async () => {
    const launch = await verifyLtiLaunch(
      await signedLaunch({
        params: [
          ...LAUNCH_PARAMS,
          ['roles', 'Instructor'],
          ['launch_presentation_document_target', 'window'],
          ['tool_consumer_instance_guid', 'portal.example'],
          ['tool_consumer_info_product_family_code', 'koblingslab'],
          ['lis_outcome_service_url', 'https://portal.example/lti/outcomes'],
          ['lis_result_sourcedid', 'opaque-1'],
          ['custom_topic', 'alcohol'],
          ['custom_', 'no name'],
        ],
      }),
      options(),
    );
    assert.deepEqual({ ...launch, params: undefined }, {
      userKey: 'portal.example:pseudonym-Abc_123',
      userId: 'pseudonym-Abc_123',
      consumerKey: CONSUMER_KEY,
      roles: ['Learner'],
      resourceLink: { id: 'audit-alkoholvaner', title: 'AUDIT – test dine alkoholvaner' },
      locale: 'nb-NO',
      returnUrl: 'https://portal.example/lti/return',
      documentTarget: 'window',
      outcomeService: { url: 'https://portal.example/lti/outcomes', sourcedId: 'opaque-1' },
      toolConsumer: { instanceGuid: 'portal.example', productFamilyCode: 'koblingslab' },
      custom: { topic: 'alcohol' },
      params: undefined,
    });
    assert.ok(launch.params.some(([name, value]) => name === 'oauth_nonce' && value.length > 0));
    assert.ok(!launch.params.some(([name]) => name === 'oauth_signature'));
  });

  test('accepts OAuth parameters sent in an Authorization header (realm ignored) with the LTI parameters in the body', async () => {
    const fields = await signLtiLaunch({
      url: 'https://tool.example/lti/launch',
      consumerKey: CONSUMER_KEY,
      consumerSecret: CONSUMER_SECRET,
      params: LAUNCH_PARAMS,
      timestamp: NOW_MS / 1000,
    });
    const oauth = fields.filter(([name]) => name.startsWith('oauth_'));
    const authorization = `OAuth realm="Koblingslab", ${oauth.map(([name, value]) => `${name}="${percentEncode(value)}"`).join(', ')}`;
    const request = new Request('https://tool.example/lti/launch', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization },
      body: new URLSearchParams(LAUNCH_PARAMS).toString(),
    });
    assert.equal((await verifyLtiLaunch(request, options())).userId, 'pseudonym-Abc_123');
  });

  test('splits roles on commas and trims them', async () => {
    const request = await signedLaunch({
      params: LAUNCH_PARAMS.map(([name, value]) => [name, name === 'roles' ? ' Learner , urn:lti:role:ims/lis/Mentor,,' : value]),
    });
    assert.deepEqual((await verifyLtiLaunch(request, options())).roles, ['Learner', 'urn:lti:role:ims/lis/Mentor']);
  });

  test('gives two consumers with the same user_id different userKeys', async () => {
    const secrets: Record<string, string> = { 'a:b': 'secret-1', a: 'secret-2' };
    const verifyOptions = options({ lookupSecret: (key) => secrets[key] });
    const first = await verifyLtiLaunch(
      await signedLaunch({ consumerKey: 'a:b', consumerSecret: 'secret-1', params: withUser('c') }),
      verifyOptions,
    );
    const second = await verifyLtiLaunch(
      await signedLaunch({ consumerKey: 'a', consumerSecret: 'secret-2', params: withUser('b:c') }),
      verifyOptions,
    );
    assert.equal(first.userKey, 'a%3Ab:c');
    assert.equal(second.userKey, 'a:b%3Ac');
    assert.notEqual(first.userKey, second.userKey);
  });

  test('rejects a tampered parameter with LTI_BAD_SIGNATURE and no return URL', async () => {
    const error = await rejection(await signedLaunch({ tamper: withField('user_id', 'someone-else') }));
    assert.equal(error.code, 'LTI_BAD_SIGNATURE');
    assert.equal(error.status, 401);
    assert.equal(error.returnUrl, undefined);
  });

  test('rejects a launch signed with another secret with LTI_BAD_SIGNATURE', async () => {
    const error = await rejection(await signedLaunch({ consumerSecret: 'not-the-secret' }));
    assert.equal(error.code, 'LTI_BAD_SIGNATURE');
  });

  test('rejects a signature that is not base64 with LTI_BAD_SIGNATURE', async () => {
    const error = await rejection(await signedLaunch({ tamper: withField('oauth_signature', 'not base64!') }));
    assert.equal(error.code, 'LTI_BAD_SIGNATURE');
  });

  test('rejects an unknown consumer key with LTI_UNKNOWN_CONSUMER', async () => {
    const error = await rejection(await signedLaunch({ consumerKey: 'stranger' }));
    assert.equal(error.code, 'LTI_UNKNOWN_CONSUMER');
    assert.equal(error.status, 401);
  });

  test('treats an empty secret from lookupSecret as an unknown consumer', async () => {
    const error = await rejection(await signedLaunch({ consumerSecret: '' }), options({ lookupSecret: () => '' }));
    assert.equal(error.code, 'LTI_UNKNOWN_CONSUMER');
  });

  test('rejects a signature method other than HMAC-SHA1 with LTI_UNSUPPORTED_SIGNATURE_METHOD', async () => {
    const error = await rejection(await signedLaunch({ tamper: withField('oauth_signature_method', 'PLAINTEXT') }));
    assert.equal(error.code, 'LTI_UNSUPPORTED_SIGNATURE_METHOD');
  });

  test('rejects an oauth_version other than 1.0 with LTI_BAD_VERSION', async () => {
    const error = await rejection(await signedLaunch({ tamper: withField('oauth_version', '2.0') }));
    assert.equal(error.code, 'LTI_BAD_VERSION');
  });

  test('rejects a GET with LTI_BAD_METHOD', async () => {
    const error = await rejection(new Request('https://tool.example/lti/launch?user_id=x'));
    assert.equal(error.code, 'LTI_BAD_METHOD');
    assert.equal(error.status, 405);
  });

  test('rejects a correctly signed launch sent with PUT with LTI_BAD_METHOD', async () => {
    const signed = await signedLaunch();
    const error = await rejection(new Request(signed.url, { method: 'PUT', headers: signed.headers, body: await signed.text() }));
    assert.equal(error.code, 'LTI_BAD_METHOD');
  });

  test('rejects a JSON body with LTI_BAD_CONTENT_TYPE', async () => {
    const request = new Request('https://tool.example/lti/launch', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(Object.fromEntries(LAUNCH_PARAMS)),
    });
    const error = await rejection(request);
    assert.equal(error.code, 'LTI_BAD_CONTENT_TYPE');
    assert.equal(error.status, 415);
  });

  test('rejects a correctly signed launch labelled as JSON with LTI_BAD_CONTENT_TYPE', async () => {
    const error = await rejection(await signedLaunch({ headers: { 'content-type': 'application/json' } }));
    assert.equal(error.code, 'LTI_BAD_CONTENT_TYPE');
  });

  test('rejects a body over maxBodyBytes with LTI_BODY_TOO_LARGE, declared or streamed', async () => {
    const big = await signedLaunch({ params: [...LAUNCH_PARAMS, ['custom_note', 'x'.repeat(70_000)]] });
    const declared = await rejection(big.clone());
    assert.equal(declared.code, 'LTI_BODY_TOO_LARGE');
    assert.equal(declared.status, 413);
    const body = new Blob([await big.text()]).stream();
    const streamed = new Request(big.url, { method: 'POST', headers: { 'content-type': big.headers.get('content-type')! }, body, duplex: 'half' } as RequestInit);
    assert.equal(streamed.headers.get('content-length'), null);
    assert.equal((await rejection(streamed)).code, 'LTI_BODY_TOO_LARGE');
    assert.equal((await verifyLtiLaunch(await signedLaunch({ params: [...LAUNCH_PARAMS, ['custom_note', 'x'.repeat(70_000)]] }), options({ maxBodyBytes: 100_000 }))).custom.note?.length, 70_000);
  });

  test('with allowedOrigins, refuses a launch a browser posted from another site or an opaque origin with LTI_FOREIGN_ORIGIN', async () => {
    const allowed = options({ allowedOrigins: ['https://portal.example/'] });
    for (const origin of ['https://evil.example', 'null', 'https://portal.example.evil.example']) {
      const error = await rejection(await signedLaunch({ headers: { origin } }), allowed);
      assert.equal(error.code, 'LTI_FOREIGN_ORIGIN', origin);
      assert.equal(error.status, 403);
    }
    assert.equal((await verifyLtiLaunch(await signedLaunch({ headers: { origin: 'https://portal.example' } }), allowed)).userId, 'pseudonym-Abc_123');
    // No Origin: not a browser, so no visitor to sign in as someone else.
    assert.equal((await verifyLtiLaunch(await signedLaunch({ nonce: 'no-origin' }), allowed)).userId, 'pseudonym-Abc_123');
    // Without the option any origin passes, as LTI 1.1 itself allows.
    assert.equal((await verifyLtiLaunch(await signedLaunch({ headers: { origin: 'https://evil.example' } }), options())).userId, 'pseudonym-Abc_123');
  });

  test('rejects a body that breaks off mid-upload with LTI_BODY_UNREADABLE', async () => {
    const half = (await (await signedLaunch()).text()).slice(0, 40);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(half));
        controller.error(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
      },
    });
    const request = new Request('https://tool.example/lti/launch', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
      duplex: 'half',
    } as RequestInit);
    const error = await rejection(request);
    assert.equal(error.code, 'LTI_BODY_UNREADABLE');
    assert.equal(error.status, 400);
  });

  test('refuses a NaN, infinite or negative timestamp window or body cap instead of switching the check off', async () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, -1]) {
      for (const name of ['timestampWindowSeconds', 'maxBodyBytes'] as const) {
        await assert.rejects(verifyLtiLaunch(await signedLaunch({ timestamp: 1_000_000_000 }), options({ [name]: bad })), TypeError, `${name}: ${bad}`);
      }
    }
  });

  test("a rejected launch carries its own launch_presentation_locale, for the error page's language", async () => {
    const english = await rejection(
      await signedLaunch({ params: [...LAUNCH_PARAMS.filter(([name]) => name !== 'launch_presentation_locale'), ['launch_presentation_locale', 'en-GB']], tamper: withField('user_id', 'someone-else') }),
    );
    assert.equal(english.code, 'LTI_BAD_SIGNATURE');
    assert.equal(english.locale, 'en-GB');
    assert.equal((await rejection(await signedLaunch({ headers: { 'content-type': 'text/plain' } }))).locale, undefined);
  });

  test('rejects a form body declared in another charset with LTI_BAD_CONTENT_TYPE', async () => {
    const error = await rejection(
      await signedLaunch({ headers: { 'content-type': 'application/x-www-form-urlencoded; charset=ISO-8859-1' } }),
    );
    assert.equal(error.code, 'LTI_BAD_CONTENT_TYPE');
  });

  test('accepts a form body declared as charset=UTF-8', async () => {
    const request = await signedLaunch({
      headers: { 'content-type': 'Application/X-WWW-Form-URLEncoded; Charset="UTF-8"' },
    });
    assert.equal((await verifyLtiLaunch(request, options())).userId, 'pseudonym-Abc_123');
  });

  for (const name of ['oauth_consumer_key', 'oauth_nonce', 'oauth_signature', 'oauth_signature_method', 'oauth_timestamp']) {
    test(`rejects a launch without ${name} with LTI_MISSING_OAUTH_PARAMETER`, async () => {
      const error = await rejection(
        await signedLaunch({ tamper: (fields) => fields.filter(([fieldName]) => fieldName !== name) }),
      );
      assert.equal(error.code, 'LTI_MISSING_OAUTH_PARAMETER');
      assert.match(error.message, new RegExp(name));
    });
  }

  test('rejects an oauth parameter repeated in the body with LTI_DUPLICATE_OAUTH_PARAMETER', async () => {
    const error = await rejection(
      await signedLaunch({ tamper: (fields) => [...fields, ['oauth_nonce', 'second-nonce']] }),
    );
    assert.equal(error.code, 'LTI_DUPLICATE_OAUTH_PARAMETER');
  });

  test('rejects an oauth parameter in both the query and the body with LTI_DUPLICATE_OAUTH_PARAMETER', async () => {
    const error = await rejection(
      await signedLaunch({ requestUrl: 'https://tool.example/lti/launch?oauth_consumer_key=portal.example' }),
    );
    assert.equal(error.code, 'LTI_DUPLICATE_OAUTH_PARAMETER');
  });

  test('refuses to sign params that already carry an oauth_* parameter', async () => {
    await assert.rejects(
      signedLaunch({ params: [...LAUNCH_PARAMS, ['oauth_callback', 'https://evil.example']] }),
      (error: unknown) => error instanceof LtiLaunchError && error.code === 'LTI_DUPLICATE_OAUTH_PARAMETER',
    );
  });

  const authenticatedFailures: Array<[string, string, Array<[string, string]>]> = [
    ['LTI_BAD_MESSAGE_TYPE', 'a ContentItemSelectionRequest', withParam('lti_message_type', 'ContentItemSelectionRequest')],
    ['LTI_BAD_VERSION', 'lti_version LTI-2p0', withParam('lti_version', 'LTI-2p0')],
    ['LTI_BAD_VERSION', 'no lti_version', LAUNCH_PARAMS.filter(([name]) => name !== 'lti_version')],
    ['LTI_BAD_MESSAGE_TYPE', 'no lti_message_type', LAUNCH_PARAMS.filter(([name]) => name !== 'lti_message_type')],
    ['LTI_MISSING_RESOURCE_LINK_ID', 'no resource_link_id', LAUNCH_PARAMS.filter(([name]) => name !== 'resource_link_id')],
    ['LTI_MISSING_USER_ID', 'no user_id', LAUNCH_PARAMS.filter(([name]) => name !== 'user_id')],
  ];
  for (const [code, what, params] of authenticatedFailures) {
    test(`rejects a correctly signed launch with ${what} with ${code}, carrying the return URL`, async () => {
      const error = await rejection(await signedLaunch({ params }));
      assert.equal(error.code, code);
      assert.equal(error.status, 400);
      assert.equal(error.returnUrl, 'https://portal.example/lti/return');
    });
  }

  test('leaves out a return URL that is not http(s), from the launch and from errors', async () => {
    const params = withParam('launch_presentation_return_url', 'javascript:alert(1)');
    assert.equal((await verifyLtiLaunch(await signedLaunch({ params }), options())).returnUrl, undefined);
    const error = await rejection(
      await signedLaunch({ params: params.filter(([name]) => name !== 'resource_link_id') }),
    );
    assert.equal(error.code, 'LTI_MISSING_RESOURCE_LINK_ID');
    assert.equal(error.returnUrl, undefined);
  });

  test('gives every error code an English sentence as its message', async () => {
    const error = await rejection(await signedLaunch({ consumerKey: 'stranger' }));
    assert.equal(error.message, 'The launch comes from a consumer key this tool does not know.');
    assert.equal(error.name, 'LtiLaunchError');
  });
});

function withParam(name: string, value: string): Array<[string, string]> {
  return LAUNCH_PARAMS.map(([paramName, paramValue]) => [paramName, paramName === name ? value : paramValue]);
}

function withUser(userId: string): Array<[string, string]> {
  return withParam('user_id', userId);
}
