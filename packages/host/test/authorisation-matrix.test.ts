import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PERSONAS } from '../src/seed/personas.ts';
import { startTestHost, type TestHost } from './harness.ts';

/**
 * Every role against every endpoint of issue 3, with the exact status each gets. The fixture: the GP (fastlege)
 * sent a tool to Kari; Ola is another citizen; the colleague works at the GP's office; the psychologist works in
 * another organisation.
 */
type Role = 'anonymous' | 'citizen' | 'other citizen' | 'GP' | 'colleague' | 'other organisation' | 'editor';
const ROLES: Role[] = ['anonymous', 'citizen', 'other citizen', 'GP', 'colleague', 'other organisation', 'editor'];

const GP_ORGANISATION = '914829135';
const KARI_PID = PERSONAS.find((p) => p.id === 'kari')!.pid!;
// Real-form (non-synthetic) pids from the vectors: each sender in the POST row gets its own citizen.
const NEW_CITIZEN_PIDS: Partial<Record<Role, string>> = { GP: '13097248022', colleague: '29029648784', 'other organisation': '15021951940' };

let h: TestHost;
const tokens = new Map<Role, string | undefined>();
let sendableTools: string[];
let kariAssignment: string;

before(async () => {
  h = await startTestHost({ env: { HN_ALLOW_SYNTHETIC_PID: '1' } });
  tokens.set('anonymous', undefined);
  tokens.set('citizen', await h.tokenFor('kari'));
  tokens.set('other citizen', await h.tokenFor('ola'));
  tokens.set('GP', await h.tokenFor('fastlege'));
  tokens.set('colleague', (await h.addPersonnel('Per Kollega', GP_ORGANISATION)).token);
  tokens.set('other organisation', await h.tokenFor('psykolog'));
  tokens.set('editor', await h.tokenFor('redaktor'));
  const catalog = (await (await h.app.request('/api/tools?audience=citizen&launch=direct&launch=lti&limit=50')).json()) as { items: Array<{ id: string }> };
  sendableTools = catalog.items.map((t) => t.id).filter((id) => id !== 'audit-alkoholvaner');
  kariAssignment = await sendToKari('audit-alkoholvaner');
});
after(() => h.close());

/** The GP sends a tool to Kari; each mutating row gets its own assignment, so rows cannot affect each other. */
async function sendToKari(toolId = sendableTools.shift()!): Promise<string> {
  const res = await h.call('POST', '/api/assignments', { token: tokens.get('GP'), body: { pid: KARI_PID, toolId } });
  assert.equal(res.status, 201, await res.clone().text());
  return ((await res.json()) as { id: string }).id;
}

interface Row {
  endpoint: string;
  expected: Record<Role, number>;
  request(role: Role, token: string | undefined): Response | Promise<Response>;
  /** Extra checks on a successful answer. */
  check?(role: Role, body: unknown): void;
}

const personnelOnly = (ok: number): Record<Role, number> => ({
  anonymous: 401, citizen: 403, 'other citizen': 403, GP: ok, colleague: ok, 'other organisation': ok, editor: 403,
});
const citizensOnly = (own: number, other: number): Record<Role, number> => ({
  anonymous: 401, citizen: own, 'other citizen': other, GP: 403, colleague: 403, 'other organisation': 403, editor: 403,
});
const ids = (body: unknown) => ((body as { items: Array<{ id: string }> }).items ?? []).map((a) => a.id);

const ROWS: Row[] = [
  {
    endpoint: 'POST /api/assignments',
    expected: personnelOnly(201),
    request: (role, token) =>
      h.call('POST', '/api/assignments', { token, body: { pid: NEW_CITIZEN_PIDS[role] ?? KARI_PID, toolId: 'drikkedagboka' } }),
  },
  {
    endpoint: 'GET /api/assignments',
    expected: personnelOnly(200),
    request: (_role, token) => h.call('GET', '/api/assignments?limit=50', { token }),
    check: (role, body) => assert.equal(ids(body).includes(kariAssignment), role !== 'other organisation', `${role} sees the GP office's assignment`),
  },
  {
    endpoint: 'PATCH /api/assignments/:id (withdraw)',
    expected: { ...personnelOnly(200), 'other organisation': 404 },
    request: async (_role, token) => h.call('PATCH', `/api/assignments/${await sendToKari()}`, { token, body: { status: 'withdrawn' } }),
  },
  {
    endpoint: 'GET /api/me/tools',
    expected: citizensOnly(200, 200),
    request: (_role, token) => h.call('GET', '/api/me/tools', { token }),
    check: (role, body) => {
      const received = (body as { received: Array<{ assignmentId: string }> }).received.map((r) => r.assignmentId);
      assert.equal(received.includes(kariAssignment), role === 'citizen', `${role} sees Kari's received tool`);
    },
  },
  {
    endpoint: 'PUT /api/me/tools/:toolId',
    expected: citizensOnly(200, 200),
    request: (_role, token) => h.call('PUT', '/api/me/tools/matdagboka', { token }),
  },
  {
    endpoint: 'DELETE /api/me/tools/:toolId',
    expected: citizensOnly(204, 204),
    request: (_role, token) => h.call('DELETE', '/api/me/tools/matdagboka', { token }),
  },
  {
    endpoint: 'PATCH /api/me/assignments/:id (complete)',
    expected: citizensOnly(200, 404),
    request: async (_role, token) => h.call('PATCH', `/api/me/assignments/${await sendToKari()}`, { token, body: { status: 'completed' } }),
  },
  {
    endpoint: 'POST /api/launches with assignmentId',
    // Personnel may preview tools, but an assignment is started only by the citizen who received it.
    expected: { anonymous: 401, citizen: 201, 'other citizen': 404, GP: 404, colleague: 404, 'other organisation': 404, editor: 403 },
    request: (_role, token) => h.call('POST', '/api/launches', { token, body: { toolId: 'audit-alkoholvaner', assignmentId: kariAssignment } }),
  },
];

for (const row of ROWS) {
  describe(row.endpoint, () => {
    for (const role of ROLES) {
      const status = row.expected[role];
      test(`${role} gets ${status}`, async () => {
        const res = await row.request(role, tokens.get(role));
        const text = await res.text();
        assert.equal(res.status, status, text);
        if (status >= 400) {
          assert.equal(res.headers.get('content-type'), 'application/problem+json; charset=utf-8');
          const slug = { 401: 'unauthorized', 403: 'forbidden', 404: 'not-found' }[status];
          if (slug !== undefined) assert.equal((JSON.parse(text) as { type: string }).type, `urn:koblingslab:problem:${slug}`);
        } else if (row.check !== undefined) {
          row.check(role, JSON.parse(text));
        }
      });
    }
  });
}

describe('what stays hidden', () => {
  test("another organisation's withdraw attempt leaves the assignment open", async () => {
    const id = await sendToKari();
    assert.equal((await h.call('PATCH', `/api/assignments/${id}`, { token: tokens.get('other organisation'), body: { status: 'withdrawn' } })).status, 404);
    const row = await h.host.db.selectFrom('assignments').select('status').where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.status, 'sent');
  });

  test("another citizen's completion attempt leaves the assignment unchanged", async () => {
    const id = await sendToKari();
    assert.equal((await h.call('PATCH', `/api/me/assignments/${id}`, { token: tokens.get('other citizen'), body: { status: 'completed', shareResults: true } })).status, 404);
    const row = await h.host.db.selectFrom('assignments').select(['status', 'share_results']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual(row, { status: 'sent', share_results: 0 });
  });

  test("a citizen's saved tools are theirs alone", async () => {
    assert.equal((await h.call('PUT', '/api/me/tools/handlelista', { token: tokens.get('citizen') })).status, 200);
    const ola = (await (await h.call('GET', '/api/me/tools', { token: tokens.get('other citizen') })).json()) as { saved: Array<{ tool: { id: string } }> };
    assert.ok(!ola.saved.some((s) => s.tool.id === 'handlelista'));
    assert.equal((await h.call('DELETE', '/api/me/tools/handlelista', { token: tokens.get('other citizen') })).status, 204);
    const kari = (await (await h.call('GET', '/api/me/tools', { token: tokens.get('citizen') })).json()) as { saved: Array<{ tool: { id: string } }> };
    assert.ok(kari.saved.some((s) => s.tool.id === 'handlelista'), "Ola's delete does not touch Kari's saved tool");
  });
});
