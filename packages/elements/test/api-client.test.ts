import { expect } from '@open-wc/testing';
import { HnApiClient } from '../src/api/api-client.ts';
import { HnApiError, isAbortError, networkProblemType } from '../src/api/api-error.ts';
import { auditTool, deferred, installFakeHost, json, page, problem, type FakeHost } from './fake-host.ts';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to reject');
}

describe('HnApiClient', () => {
  let host: FakeHost | undefined;
  afterEach(() => host?.restore());

  it('encodes repeated filters, q, limit and cursor into GET /api/tools under api-base', async () => {
    host = installFakeHost(() => json(page([auditTool])));
    const client = new HnApiClient({ apiBase: 'https://portal.example/hn/' });
    const result = await client.searchTools({
      q: 'angst og søvn',
      topic: ['mental-health', 'diet'],
      audience: ['citizen'],
      launch: ['lti'],
      lang: ['nb'],
      limit: 10,
      cursor: 'abc',
    });
    expect(result.items[0]!.id).to.equal('audit-alkoholvaner');
    const url = host.requests[0]!.url;
    expect(url.origin + url.pathname).to.equal('https://portal.example/hn/api/tools');
    expect(url.searchParams.get('q')).to.equal('angst og søvn');
    expect(url.searchParams.getAll('topic')).to.deep.equal(['mental-health', 'diet']);
    expect(url.searchParams.getAll('audience')).to.deep.equal(['citizen']);
    expect(url.searchParams.getAll('launch')).to.deep.equal(['lti']);
    expect(url.searchParams.getAll('lang')).to.deep.equal(['nb']);
    expect(url.searchParams.get('limit')).to.equal('10');
    expect(url.searchParams.get('cursor')).to.equal('abc');
    expect(host.requests[0]!.headers.has('authorization')).to.equal(false);
  });

  it('parses problem+json into an HnApiError with status, type, detail and field errors', async () => {
    host = installFakeHost(() =>
      problem(400, 'invalid-query', 'limit must be 1..50', [{ field: 'limit', in: 'query', detail: 'must be at most 50' }]),
    );
    const error = await rejection(new HnApiClient().searchTools({ limit: 51 }));
    expect(error).to.be.instanceOf(HnApiError);
    const apiError = error as HnApiError;
    expect(apiError.status).to.equal(400);
    expect(apiError.type).to.equal('urn:koblingslab:problem:invalid-query');
    expect(apiError.detail).to.equal('limit must be 1..50');
    expect(apiError.errors).to.deep.equal([{ field: 'limit', in: 'query', detail: 'must be at most 50' }]);
  });

  it('gives an about:blank HnApiError when an error response is not JSON', async () => {
    host = installFakeHost(() => new Response('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway' }));
    const error = (await rejection(new HnApiClient().getTool('x'))) as HnApiError;
    expect(error).to.be.instanceOf(HnApiError);
    expect([error.status, error.type, error.title]).to.deep.equal([502, 'about:blank', 'Bad Gateway']);
  });

  it('turns an unreachable host into an HnApiError with status 0 and the network type', async () => {
    host = installFakeHost(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = (await rejection(new HnApiClient().getMe())) as HnApiError;
    expect(error).to.be.instanceOf(HnApiError);
    expect([error.status, error.type]).to.deep.equal([0, networkProblemType]);
  });

  it('rejects with the AbortError, not an HnApiError, when the signal aborts', async () => {
    const never = deferred<Response>();
    host = installFakeHost(() => never.promise);
    const controller = new AbortController();
    const call = new HnApiClient().searchTools({ q: 'x' }, { signal: controller.signal });
    controller.abort();
    const error = await rejection(call);
    expect(isAbortError(error)).to.equal(true);
  });

  it('posts a launch as JSON with the bearer token', async () => {
    host = installFakeHost(() => json({ url: 'http://h/launch/t', expiresAt: '2026-12-03T10:01:00Z' }, 201));
    const ticket = await new HnApiClient({ token: 'abc' }).createLaunch({ toolId: 'audit-alkoholvaner', locale: 'en-GB' });
    expect(ticket.url).to.equal('http://h/launch/t');
    const request = host.requests[0]!;
    expect(request.method).to.equal('POST');
    expect(request.headers.get('content-type')).to.equal('application/json');
    expect(request.headers.get('authorization')).to.equal('Bearer abc');
    expect(request.body).to.deep.equal({ toolId: 'audit-alkoholvaner', locale: 'en-GB' });
  });
});
