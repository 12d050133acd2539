import { expect } from '@open-wc/testing';
import { HnApiClient } from '../src/api/api-client.ts';
import { HnApiError, isAbortError, networkProblemType } from '../src/api/api-error.ts';
import { auditTool, deferred, installFakeHost, json, makeAssignment, page, problem, type FakeHost } from './fake-host.ts';

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

  describe('assignments and my tools', () => {
    it('sends an assignment as a JSON body with the bearer token, and lists with status, limit and cursor', async () => {
      host = installFakeHost((request) =>
        request.method === 'POST' ? json(makeAssignment({ id: 'a-1' }), 201) : json({ items: [], nextCursor: null, total: 0 }),
      );
      const client = new HnApiClient({ apiBase: 'http://api.test', token: 't' });
      const created = await client.createAssignment({ pid: '13097248022', toolId: 'audit-alkoholvaner', dueDate: '2099-01-01' });
      expect(created.id).to.equal('a-1');
      await client.listAssignments({ status: ['sent', 'opened'], limit: 5, cursor: 'c1' });
      const [post, get] = host.requests;
      expect(post!.url.pathname).to.equal('/api/assignments');
      expect(post!.url.search).to.equal('');
      expect(post!.headers.get('content-type')).to.equal('application/json');
      expect(post!.headers.get('authorization')).to.equal('Bearer t');
      expect(get!.url.searchParams.getAll('status')).to.deep.equal(['sent', 'opened']);
      expect(get!.url.searchParams.get('limit')).to.equal('5');
      expect(get!.url.searchParams.get('cursor')).to.equal('c1');
    });

    it('encodes ids in paths and resolves a 204 DELETE without reading a body', async () => {
      host = installFakeHost(() => new Response(null, { status: 204 }));
      const client = new HnApiClient({ token: 't' });
      expect(await client.unsaveTool('a/b c')).to.equal(undefined);
      expect(host.requests[0]!.method).to.equal('DELETE');
      expect(host.requests[0]!.url.pathname).to.equal('/api/me/tools/a%2Fb%20c');
    });

    it('uses PUT to save, PATCH to withdraw and to complete', async () => {
      host = installFakeHost(() => json({}));
      const client = new HnApiClient({ token: 't' });
      await client.saveTool('gaa-tur');
      await client.withdrawAssignment('a-1');
      await client.updateMyAssignment('a-2', { status: 'completed' });
      expect(host.requests.map((r) => `${r.method} ${r.url.pathname} ${JSON.stringify(r.body ?? null)}`)).to.deep.equal([
        'PUT /api/me/tools/gaa-tur null',
        'PATCH /api/assignments/a-1 {"status":"withdrawn"}',
        'PATCH /api/me/assignments/a-2 {"status":"completed"}',
      ]);
    });

    it('keeps a problem\'s extension members, such as the existing assignment of a duplicate send', async () => {
      const existing = makeAssignment({ id: 'a-old' });
      host = installFakeHost(() => problem(409, 'duplicate-assignment', 'Already sent', [], { assignment: existing }));
      const error = (await rejection(new HnApiClient({ token: 't' }).createAssignment({ pid: '13097248022', toolId: 'x' }))) as HnApiError;
      expect(error.type).to.equal('urn:koblingslab:problem:duplicate-assignment');
      expect(error.extensions).to.deep.equal({ assignment: existing });
    });
  });
});
