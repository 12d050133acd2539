import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { ProblemBody } from '../src/problem.ts';
import { startTestHost, type TestHost } from './harness.ts';

let h: TestHost;
let kari: string;
before(async () => {
  h = await startTestHost();
  kari = await h.tokenFor('kari');
});
after(() => h.close());

async function expectProblem(res: Response, status: number, field?: string, where?: string): Promise<ProblemBody> {
  assert.equal(res.status, status);
  assert.equal(res.headers.get('content-type'), 'application/problem+json; charset=utf-8');
  const body = (await res.json()) as ProblemBody;
  assert.match(body.type, /^urn:koblingslab:problem:[a-z-]+$/);
  assert.equal(body.status, status);
  assert.equal(typeof body.title, 'string');
  assert.equal(typeof body.detail, 'string');
  assert.ok(!JSON.stringify(body).includes('    at '), 'no stack trace');
  if (field !== undefined) {
    assert.ok(body.errors?.some((e) => e.field === field && (where === undefined || e.in === where)), `errors names ${field}: ${JSON.stringify(body.errors)}`);
  }
  return body;
}

test('an unknown topic is a 400 problem naming the topic query field', async () => {
  await expectProblem(await h.app.request('/api/tools?topic=gambling'), 400, 'topic', 'query');
});

test('unknown audience, launch mode and language values are 400 problems naming their fields', async () => {
  await expectProblem(await h.app.request('/api/tools?audience=children'), 400, 'audience', 'query');
  await expectProblem(await h.app.request('/api/tools?launch=saml'), 400, 'launch', 'query');
  await expectProblem(await h.app.request('/api/tools?lang=de'), 400, 'lang', 'query');
});

test('limit 0, 51 and non-numbers are 400 problems naming limit; 1 and 50 are fine', async () => {
  for (const limit of ['0', '51', 'ten', '-1', '2.5', '']) {
    await expectProblem(await h.app.request(`/api/tools?limit=${limit}`), 400, 'limit', 'query');
  }
  assert.equal((await h.app.request('/api/tools?limit=1')).status, 200);
  assert.equal((await h.app.request('/api/tools?limit=50')).status, 200);
});

test('a forged or foreign cursor is a 400 problem naming cursor', async () => {
  await expectProblem(await h.app.request('/api/tools?cursor=not-a-cursor'), 400, 'cursor', 'query');
  await expectProblem(await h.app.request(`/api/tools?cursor=${Buffer.from('{"m":"name"}').toString('base64url')}`), 400, 'cursor');
  const page = (await (await h.app.request('/api/tools?limit=2')).json()) as { nextCursor: string };
  await expectProblem(await h.app.request(`/api/tools?limit=2&topic=diet&cursor=${page.nextCursor}`), 400, 'cursor', 'query');
});

test('a misspelt or unknown query parameter is a 400 naming it, not a quietly wider list', async () => {
  await expectProblem(await h.app.request('/api/tools?topics=diet'), 400, 'topics', 'query');
  await expectProblem(await h.app.request('/api/tools?q=alkohol&sort=name'), 400, 'sort', 'query');
  const gp = await h.tokenFor('fastlege');
  await expectProblem(await h.app.request('/api/assignments?statuss=withdrawn', { headers: { authorization: `Bearer ${gp}` } }), 400, 'statuss', 'query');
});

test('a single-valued parameter given twice is a 400 naming it; a repeated filter is a list', async () => {
  await expectProblem(await h.app.request('/api/tools?limit=5&limit=50'), 400, 'limit', 'query');
  await expectProblem(await h.app.request('/api/tools?q=a&q=b'), 400, 'q', 'query');
  assert.equal((await h.app.request('/api/tools?topic=diet&topic=smoking')).status, 200);
});

test('an over-long query is a 400 problem naming q', async () => {
  await expectProblem(await h.app.request(`/api/tools?q=${'a'.repeat(201)}`), 400, 'q', 'query');
});

test('an unknown tool id is a 404 problem naming the id', async () => {
  await expectProblem(await h.app.request('/api/tools/finnes-ikke'), 404, 'id', 'path');
});

test('a launch with malformed JSON is a 400 problem naming the body, and creates no ticket', async () => {
  await expectProblem(await h.postJson('/api/launches', '{"toolId": ', kari), 400, 'body', 'body');
  const tickets = await h.host.db.selectFrom('launch_tickets').selectAll().execute();
  assert.equal(tickets.length, 0);
});

test('a launch without toolId is a 400 problem naming toolId', async () => {
  await expectProblem(await h.postJson('/api/launches', {}, kari), 400, 'toolId', 'body');
  await expectProblem(await h.postJson('/api/launches', { toolId: 42 }, kari), 400, 'toolId', 'body');
});

test('a launch with an unknown locale is a 400 problem naming locale', async () => {
  await expectProblem(await h.postJson('/api/launches', { toolId: 'drikkedagboka', locale: 'de-DE' }, kari), 400, 'locale', 'body');
});

test('a launch of an unknown tool is a 404 problem naming toolId', async () => {
  await expectProblem(await h.postJson('/api/launches', { toolId: 'finnes-ikke' }, kari), 404, 'toolId', 'body');
});

test('a launch body that is not JSON is a 415 problem naming the content-type header', async () => {
  const res = await h.app.request('/api/launches', { method: 'POST', headers: { authorization: `Bearer ${kari}`, 'content-type': 'text/plain' }, body: 'toolId=x' });
  await expectProblem(res, 415, 'content-type', 'header');
});

test('an unknown API path is a 404 problem', async () => {
  await expectProblem(await h.app.request('/api/nothing-here'), 404);
});

test('an unexpected failure is a 500 problem without the error text, logged once', async () => {
  const broken = await startTestHost();
  await broken.host.db.destroy();
  const res = await broken.app.request('/api/tools');
  const body = await expectProblem(res, 500);
  assert.ok(!body.detail.includes('database'), 'the internal error message is not sent');
  assert.ok(broken.logLines.some((line) => line.includes('unhandled error')));
  await broken.close().catch(() => undefined);
});

test('a body over 64 KiB is a 413 problem', async () => {
  await expectProblem(await h.postJson('/api/launches', { toolId: 'x'.repeat(70_000) }, kari), 413);
});
