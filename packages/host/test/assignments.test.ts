import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { MemoryNonceStore, verifyLtiLaunch } from '@koblingslab/launch-sdk';
import type { AssignmentJson, ReceivedToolJson } from '../src/assignments/assignment-json.ts';
import { createUsersRepository } from '../src/db/users-repository.ts';
import type { ProblemBody } from '../src/problem.ts';
import { PERSONAS } from '../src/seed/personas.ts';
import { DEMO_KEY, DEMO_SECRET, DEMO_TOOL_URL, formFields, startTestHost, type TestHost } from './harness.ts';

const vectors = JSON.parse(readFileSync(new URL('../../../../shared/vectors/fnr.json', import.meta.url), 'utf8')) as {
  valid: Array<{ pid: string }>;
  validSynthetic: Array<{ pid: string }>;
  invalid: Array<{ pid: string; why: string }>;
};

const GP_ORGANISATION = { number: '914829135', name: 'Storgata legesenter' };
const pidOf = (persona: string) => PERSONAS.find((p) => p.id === persona)!.pid!;
const KARI_PID = pidOf('kari');

let h: TestHost;
let kari: string;
let ola: string;
let fastlege: string;
let colleague: string;
let psykolog: string;
before(async () => {
  h = await startTestHost({ env: { HN_ALLOW_SYNTHETIC_PID: '1' } });
  [kari, ola, fastlege, psykolog] = await Promise.all([h.tokenFor('kari'), h.tokenFor('ola'), h.tokenFor('fastlege'), h.tokenFor('psykolog')]);
  colleague = (await h.addPersonnel('Per Kollega', GP_ORGANISATION.number)).token;
});
after(() => h.close());

const send = (body: Record<string, unknown>, token = fastlege) => h.call('POST', '/api/assignments', { token, body });

async function sent(body: Record<string, unknown>, token = fastlege): Promise<AssignmentJson> {
  const res = await send(body, token);
  assert.equal(res.status, 201, await res.clone().text());
  return (await res.json()) as AssignmentJson;
}

async function expectProblem(res: Response, status: number, slug: string, field?: string): Promise<ProblemBody & { text: string }> {
  const text = await res.text();
  assert.equal(res.status, status, text);
  assert.equal(res.headers.get('content-type'), 'application/problem+json; charset=utf-8');
  const body = JSON.parse(text) as ProblemBody;
  assert.equal(body.type, `urn:koblingslab:problem:${slug}`);
  if (field !== undefined) assert.ok(body.errors?.some((e) => e.field === field), `errors name ${field}: ${text}`);
  return { ...body, text };
}

async function myTools(token = kari) {
  const res = await h.call('GET', '/api/me/tools', { token });
  assert.equal(res.status, 200);
  return (await res.json()) as { received: ReceivedToolJson[]; saved: Array<{ tool: { id: string; status: string; withdrawnReason: string | null }; savedAt: string }> };
}

async function listed(id: string, token = fastlege): Promise<AssignmentJson | undefined> {
  const body = (await (await h.call('GET', '/api/assignments?limit=50', { token })).json()) as { items: AssignmentJson[] };
  return body.items.find((a) => a.id === id);
}

const withdraw = (id: string, token = fastlege) => h.call('PATCH', `/api/assignments/${id}`, { token, body: { status: 'withdrawn' } });
const complete = (id: string, token = kari) => h.call('PATCH', `/api/me/assignments/${id}`, { token, body: { status: 'completed' } });

const counts = async () => ({
  assignments: (await h.host.db.selectFrom('assignments').select('id').execute()).length,
  users: (await h.host.db.selectFrom('users').select('id').execute()).length,
  saved: (await h.host.db.selectFrom('saved_tools').select('tool_id').execute()).length,
});

describe('sending a tool', () => {
  test('the GP sends a tool: 201 Assignment with the citizen masked, sender, organisation, trimmed message and due date', async () => {
    const res = await send({ pid: KARI_PID, toolId: 'drikkedagboka', message: '  Prøv denne før neste time.  ', dueDate: '2026-12-17' });
    assert.equal(res.status, 201);
    const text = await res.text();
    assert.ok(!text.includes(KARI_PID), 'no full pid');
    const body = JSON.parse(text) as AssignmentJson;
    const fastlegeId = (await h.host.db.selectFrom('users').select('id').where('persona_id', '=', 'fastlege').executeTakeFirstOrThrow()).id;
    assert.deepEqual(body, {
      id: body.id,
      tool: { id: 'drikkedagboka', name: 'Drikkedagboka', status: 'published', withdrawnReason: null },
      citizen: { name: 'Kari Nordmann', pidMasked: `${KARI_PID.slice(0, 6)}*****` },
      sender: { id: fastlegeId, name: 'Eva Lie' },
      organisation: GP_ORGANISATION,
      message: 'Prøv denne før neste time.',
      dueDate: '2026-12-17',
      status: 'sent',
      overdue: false,
      createdAt: new Date(h.clock.now).toISOString(),
      openedAt: null,
      completedAt: null,
      withdrawnAt: null,
    });
    assert.match(body.id, /^[0-9a-f-]{36}$/);
  });

  test('an unknown pid creates one nameless citizen, stored once; a second send reuses them', async () => {
    const pid = vectors.valid[0]!.pid;
    const first = await sent({ pid, toolId: 'slutta' });
    assert.deepEqual(first.citizen, { name: null, pidMasked: `${pid.slice(0, 6)}*****` });
    await sent({ pid, toolId: 'snusfri' });
    const rows = await h.host.db.selectFrom('users').select(['role', 'name']).where('pid', '=', pid).execute();
    assert.deepEqual(rows, [{ role: 'citizen', name: null }]);
  });

  test('the citizen gets a name when they first sign in through the portal IdP', async () => {
    const pid = vectors.valid[1]!.pid;
    const assignment = await sent({ pid, toolId: 'slutta' });
    await createUsersRepository(h.host.db).findOrCreateCitizenByPid(pid, 'Nils Nilsen');
    assert.equal((await listed(assignment.id))?.citizen.name, 'Nils Nilsen');
  });

  test('a message over 1000 characters, a past or impossible due date and unknown fields are 400s naming the field; nothing is stored', async () => {
    const before = await counts();
    await expectProblem(await send({ pid: KARI_PID, toolId: 'matglede', message: 'x'.repeat(1001) }), 400, 'invalid-request', 'message');
    await expectProblem(await send({ pid: KARI_PID, toolId: 'matglede', dueDate: '2026-12-02' }), 400, 'invalid-request', 'dueDate');
    await expectProblem(await send({ pid: KARI_PID, toolId: 'matglede', dueDate: '2027-02-30' }), 400, 'invalid-request', 'dueDate');
    await expectProblem(await send({ pid: KARI_PID, toolId: 'matglede', dueDate: '17.12.2026' }), 400, 'invalid-request', 'dueDate');
    // An impossible date is only that, not also "before today".
    const impossible = await expectProblem(await send({ pid: KARI_PID, toolId: 'matglede', dueDate: '2026-02-30' }), 400, 'invalid-request');
    assert.deepEqual(impossible.errors?.map((e) => [e.field, e.detail]), [['dueDate', 'must be a date written YYYY-MM-DD']]);
    await expectProblem(await send({ pid: KARI_PID, toolId: 'matglede', message: 42 }), 400, 'invalid-request', 'message');
    await expectProblem(await send({ pid: KARI_PID, toolId: 'matglede', status: 'completed' }), 400, 'invalid-request', 'status');
    await expectProblem(await send({ pid: KARI_PID, toolId: 'matglede', duedate: '2026-12-24' }), 400, 'invalid-request', 'duedate');
    for (const message of ['a\u0000b', 'Ring meg \u202Eevil', 'a\u2066b', 'a\uD800b', 'a\u001Bb']) {
      await expectProblem(await send({ pid: KARI_PID, toolId: 'matglede', message }), 400, 'invalid-request', 'message');
    }
    await expectProblem(await send({ toolId: 'matglede' }), 400, 'invalid-request', 'pid');
    await expectProblem(await send({ pid: KARI_PID }), 400, 'invalid-request', 'toolId');
    await expectProblem(await send({ pid: KARI_PID, toolId: 'finnes-ikke' }), 400, 'invalid-request', 'toolId');
    await expectProblem(await send({ pid: KARI_PID, toolId: 'pusterom' }), 400, 'invalid-request', 'toolId');
    await expectProblem(await send({ pid: KARI_PID, toolId: 'phq9-screening' }), 400, 'invalid-request', 'toolId');
    await expectProblem(await send({ pid: KARI_PID, toolId: 'kosthold-diabetes' }), 400, 'invalid-request', 'toolId');
    const withdrawn = await expectProblem(await send({ pid: KARI_PID, toolId: 'kaloriteller-classic' }), 409, 'tool-withdrawn', 'toolId');
    assert.equal(typeof withdrawn.withdrawnReason, 'string');
    await expectProblem(await h.call('POST', '/api/assignments', { token: fastlege, body: '{"pid": ' }), 400, 'invalid-request', 'body');
    const plain = await h.app.request('/api/assignments', { method: 'POST', headers: { authorization: `Bearer ${fastlege}`, 'content-type': 'text/plain' }, body: 'x' });
    await expectProblem(plain, 415, 'unsupported-media-type', 'content-type');
    assert.deepEqual(await counts(), before);
  });

  test('a message of exactly 1000 characters and a due date of today (Europe/Oslo) are accepted', async () => {
    const a = await sent({ pid: KARI_PID, toolId: 'matglede', message: 'x'.repeat(1000), dueDate: '2026-12-03' });
    assert.equal(a.message.length, 1000);
  });

  test('a message keeps line breaks, tabs, æøå, emoji and right-to-left text', async () => {
    const message = 'Hei!\n\tLes dette før timen: æøå 🙂 مرحبا';
    assert.equal((await sent({ pid: pidOf('jonas'), toolId: 'matglede', message })).message, message);
  });

  test('"today" is the date in Oslo: at 23:30 UTC on 3 December a due date of 3 December is already past', async () => {
    const saved = h.clock.now;
    h.clock.now = Date.parse('2026-12-03T23:30:00Z');
    try {
      const gp = await h.tokenFor('fastlege'); // the suite's tokens have expired by now
      await expectProblem(await send({ pid: KARI_PID, toolId: 'handlelista', dueDate: '2026-12-03' }, gp), 400, 'invalid-request', 'dueDate');
      await sent({ pid: KARI_PID, toolId: 'handlelista', dueDate: '2026-12-04' }, gp);
    } finally {
      h.clock.now = saved;
    }
  });
});

describe('identity number vectors through POST /api/assignments', () => {
  let strict: TestHost;
  let strictGp: string;
  before(async () => {
    strict = await startTestHost();
    strictGp = await strict.tokenFor('fastlege');
  });
  after(() => strict.close());

  test('valid fødselsnummer and D-nummer (both mod-11 rules) are accepted with synthetic numbers off', async () => {
    for (const { pid } of vectors.valid) {
      const res = await strict.call('POST', '/api/assignments', { token: strictGp, body: { pid, toolId: 'styrke-hjemme' } });
      assert.equal(res.status, 201, `${pid}: ${await res.clone().text()}`);
      assert.ok(!(await res.text()).includes(pid), 'the number is not echoed');
    }
  });

  test('synthetic numbers are refused naming pid unless HN_ALLOW_SYNTHETIC_PID=1', async () => {
    for (const { pid } of vectors.validSynthetic) {
      const before = (await strict.host.db.selectFrom('users').select('id').execute()).length;
      const refused = await expectProblem(await strict.call('POST', '/api/assignments', { token: strictGp, body: { pid, toolId: 'gatur-utfordringen' } }), 400, 'invalid-request', 'pid');
      assert.ok(!refused.text.includes(pid), 'the number is not echoed');
      assert.equal((await strict.host.db.selectFrom('users').select('id').execute()).length, before, 'no citizen created');
      const accepted = await send({ pid, toolId: 'gatur-utfordringen' });
      assert.equal(accepted.status, 201, `accepted with the flag: ${await accepted.text()}`);
    }
  });

  test('invalid numbers and H-numbers are 400 naming pid, never echoed, nothing stored', async () => {
    for (const { pid, why } of vectors.invalid) {
      const before = await counts();
      const problem = await expectProblem(await send({ pid, toolId: 'gatur-utfordringen' }), 400, 'invalid-request', 'pid');
      assert.ok(!problem.text.includes(pid) && !/\d{6}/.test(problem.text), `${why}: not echoed in ${problem.text}`);
      assert.deepEqual(await counts(), before, why);
    }
    assert.ok(!h.logLines.some((line) => vectors.invalid.some(({ pid }) => line.includes(pid))), 'not in the log either');
  });

  test('a pid that is not a string is 400 naming pid', async () => {
    await expectProblem(await send({ pid: 13097248022, toolId: 'gatur-utfordringen' }), 400, 'invalid-request', 'pid');
  });
});

describe('duplicates', () => {
  test('a second send of the same tool to the same citizen while open is 409 with the existing assignment', async () => {
    const first = await sent({ pid: KARI_PID, toolId: 'alkoholfri-manad', message: 'Første' });
    const before = await counts();
    const again = await expectProblem(await send({ pid: KARI_PID, toolId: 'alkoholfri-manad', message: 'Andre' }), 409, 'duplicate-assignment', 'toolId');
    assert.deepEqual(again.assignment, first);
    const fromColleague = await expectProblem(await send({ pid: KARI_PID, toolId: 'alkoholfri-manad' }, colleague), 409, 'duplicate-assignment');
    assert.deepEqual(fromColleague.assignment, first, 'the same organisation sees the existing assignment in full');
    assert.deepEqual(await counts(), before);
  });

  test('another organisation sending the same open tool gets its own assignment and learns nothing of the first', async () => {
    const first = await sent({ pid: KARI_PID, toolId: 'mestre-angst', message: 'Fortrolig melding' });
    const res = await send({ pid: KARI_PID, toolId: 'mestre-angst', message: 'Fra kommunen' }, psykolog);
    const text = await res.text();
    assert.equal(res.status, 201);
    const second = JSON.parse(text) as AssignmentJson;
    assert.notEqual(second.id, first.id);
    assert.ok(!text.includes(first.id) && !text.includes('Fortrolig') && !text.includes(first.organisation.name));
    assert.equal(await listed(first.id, psykolog), undefined);
    assert.equal(await listed(second.id, fastlege), undefined);
    const received = (await myTools()).received.filter((r) => r.tool.id === 'mestre-angst');
    assert.equal(received.length, 2, 'the citizen sees both, each with its sender');
    await expectProblem(await send({ pid: KARI_PID, toolId: 'mestre-angst' }, psykolog), 409, 'duplicate-assignment');
  });

  test('simultaneous sends of one tool to one citizen create exactly one assignment', async () => {
    const results = await Promise.all([fastlege, colleague, fastlege].map((token) => send({ pid: pidOf('ola'), toolId: 'quit-coach' }, token)));
    assert.deepEqual(results.map((r) => r.status).sort(), [201, 409, 409]);
  });

  test('after withdrawal or completion the same tool can be sent again', async () => {
    const first = await sent({ pid: pidOf('ingrid'), toolId: 'matdagboka' });
    assert.equal((await withdraw(first.id)).status, 200);
    const second = await sent({ pid: pidOf('ingrid'), toolId: 'matdagboka' });
    assert.equal((await complete(second.id, await h.tokenFor('ingrid'))).status, 200);
    const third = await sent({ pid: pidOf('ingrid'), toolId: 'matdagboka' });
    assert.notEqual(third.id, second.id);
  });
});

describe('following up', () => {
  test('the list is newest first, pages with an opaque cursor and filters by status', async () => {
    const pid = vectors.valid[2]!.pid;
    const a = await sent({ pid, toolId: 'humordagboka' });
    h.clock.now += 1000;
    const b = await sent({ pid, toolId: 'sovnskolen' });
    h.clock.now -= 1000;
    const page1 = (await (await h.call('GET', '/api/assignments?limit=1', { token: fastlege })).json()) as { items: AssignmentJson[]; nextCursor: string; total: number };
    assert.deepEqual(page1.items.map((i) => i.id), [b.id]);
    assert.ok(page1.total >= 2, `total ${page1.total}`);
    const page2 = (await (await h.call('GET', `/api/assignments?limit=1&cursor=${page1.nextCursor}`, { token: fastlege })).json()) as { items: AssignmentJson[] };
    assert.deepEqual(page2.items.map((i) => i.id), [a.id]);

    await withdraw(a.id);
    const withdrawn = (await (await h.call('GET', '/api/assignments?status=withdrawn&limit=50', { token: fastlege })).json()) as { items: AssignmentJson[]; total: number };
    assert.ok(withdrawn.items.every((i) => i.status === 'withdrawn'));
    assert.ok(withdrawn.items.some((i) => i.id === a.id), 'the withdrawn one is listed');
    assert.equal(withdrawn.total, withdrawn.items.length);
    const open = (await (await h.call('GET', '/api/assignments?status=sent&status=opened&limit=50', { token: fastlege })).json()) as { items: AssignmentJson[] };
    assert.ok(open.items.length > 0 && open.items.every((i) => i.status === 'sent' || i.status === 'opened'), 'repeated statuses are alternatives');
    assert.ok(open.items.some((i) => i.id === b.id) && !open.items.some((i) => i.id === a.id), 'open ones only');
  });

  test('a bad status, limit or cursor is a 400 naming the query field', async () => {
    await expectProblem(await h.call('GET', '/api/assignments?status=lost', { token: fastlege }), 400, 'invalid-request', 'status');
    await expectProblem(await h.call('GET', '/api/assignments?limit=51', { token: fastlege }), 400, 'invalid-request', 'limit');
    await expectProblem(await h.call('GET', '/api/assignments?cursor=nope', { token: fastlege }), 400, 'invalid-request', 'cursor');
  });

  test('the psychologist in another organisation sees none of the GP office\'s assignments', async () => {
    await sent({ pid: KARI_PID, toolId: 'trygg-i-sosiale-situasjoner' });
    const own = await sent({ pid: pidOf('jonas'), toolId: 'humordagboka' }, psykolog);
    const body = (await (await h.call('GET', '/api/assignments?limit=50', { token: psykolog })).json()) as { items: AssignmentJson[] };
    assert.ok(body.items.some((a) => a.id === own.id), 'the psychologist sees their own');
    assert.ok(body.items.every((a) => a.organisation.number !== GP_ORGANISATION.number), 'none from the GP office');
  });

  test('withdrawing: 200 with withdrawnAt; again, or after completion, 409; a bad body 400 and unchanged', async () => {
    const a = await sent({ pid: pidOf('jonas'), toolId: 'sovnskolen' });
    await expectProblem(await h.call('PATCH', `/api/assignments/${a.id}`, { token: fastlege, body: { status: 'completed' } }), 400, 'invalid-request', 'status');
    assert.equal((await listed(a.id))?.status, 'sent');
    const res = await withdraw(a.id, colleague);
    assert.equal(res.status, 200);
    const body = (await res.json()) as AssignmentJson;
    assert.equal(body.status, 'withdrawn');
    assert.equal(body.withdrawnAt, new Date(h.clock.now).toISOString());
    await expectProblem(await withdraw(a.id), 409, 'assignment-not-open');

    const b = await sent({ pid: pidOf('jonas'), toolId: 'trygg-i-sosiale-situasjoner' });
    await complete(b.id, await h.tokenFor('jonas'));
    await expectProblem(await withdraw(b.id), 409, 'assignment-not-open');
    await expectProblem(await withdraw('no-such-assignment'), 404, 'not-found', 'id');
  });
});

describe('the citizen', () => {
  test('the whole lifecycle: send → my tools → LTI launch with the assignment as resource_link_id → opened → completed', async () => {
    const a = await sent({ pid: KARI_PID, toolId: 'audit-alkoholvaner', message: 'Ta testen før timen vår.', dueDate: '2026-12-10' });

    const received = (await myTools()).received.find((r) => r.assignmentId === a.id)!;
    const catalogTool = await (await h.app.request('/api/tools/audit-alkoholvaner')).json();
    assert.deepEqual(received, {
      assignmentId: a.id,
      tool: catalogTool,
      sender: { name: 'Eva Lie' },
      organisation: GP_ORGANISATION,
      message: 'Ta testen før timen vår.',
      dueDate: '2026-12-10',
      status: 'sent',
      overdue: false,
      createdAt: a.createdAt,
      openedAt: null,
      completedAt: null,
      shareResults: false,
    });

    const launch = await h.call('POST', '/api/launches', { token: kari, body: { toolId: 'audit-alkoholvaner', assignmentId: a.id } });
    assert.equal(launch.status, 201);
    assert.equal((await listed(a.id))?.status, 'sent', 'a ticket alone does not open the assignment');
    h.clock.now += 5000;
    const openedAt = new Date(h.clock.now).toISOString();
    const page = await h.app.request(new URL(((await launch.json()) as { url: string }).url).pathname);
    assert.equal(page.status, 200);
    const fields = formFields(await page.text());
    assert.equal(new Map(fields).get('resource_link_id'), a.id);
    assert.equal(new Map(fields).get('resource_link_title'), 'AUDIT – test dine alkoholvaner');
    const verified = await verifyLtiLaunch(
      new Request(`${DEMO_TOOL_URL}/lti/launch`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() }),
      { lookupSecret: (key) => (key === DEMO_KEY ? DEMO_SECRET : undefined), nonceStore: new MemoryNonceStore(), now: () => h.clock.now },
    );
    assert.equal(verified.resourceLink.id, a.id);

    let followed = (await listed(a.id))!;
    assert.equal(followed.status, 'opened');
    assert.equal(followed.openedAt, openedAt);

    h.clock.now += 5000;
    const second = await h.call('POST', '/api/launches', { token: kari, body: { toolId: 'audit-alkoholvaner', assignmentId: a.id } });
    assert.equal((await h.app.request(new URL(((await second.json()) as { url: string }).url).pathname)).status, 200);
    assert.equal((await listed(a.id))?.openedAt, openedAt, 'only the first launch opens it');

    const done = await complete(a.id);
    assert.equal(done.status, 200);
    const doneBody = (await done.json()) as ReceivedToolJson;
    assert.equal(doneBody.status, 'completed');
    assert.equal(doneBody.completedAt, new Date(h.clock.now).toISOString());
    followed = (await listed(a.id))!;
    assert.equal(followed.status, 'completed');
    assert.equal(followed.completedAt, doneBody.completedAt);
    const row = await h.host.db.selectFrom('assignments').select('completed_by').where('id', '=', a.id).executeTakeFirstOrThrow();
    assert.equal(row.completed_by, 'citizen');

    h.clock.now += 5000;
    assert.equal(((await (await complete(a.id)).json()) as ReceivedToolJson).completedAt, doneBody.completedAt, 'completing twice keeps the first time');
    h.clock.now -= 15000;
  });

  test('overdue follows the Europe/Oslo date and ends when completed', async () => {
    const saved = h.clock.now;
    try {
      const a = await sent({ pid: pidOf('ola'), toolId: 'snusfri', dueDate: '2026-12-03' });
      const b = await sent({ pid: pidOf('ola'), toolId: 'slutta', dueDate: '2026-12-03' });
      assert.equal((await listed(a.id))?.overdue, false, 'due today is not overdue');
      h.clock.now = Date.parse('2026-12-03T22:59:00Z'); // 23:59 in Oslo
      // The suite's tokens were issued at 12:00 UTC and last 8 h.
      const [gp, citizen] = [await h.tokenFor('fastlege'), await h.tokenFor('ola')];
      assert.equal((await listed(a.id, gp))?.overdue, false);
      h.clock.now = Date.parse('2026-12-03T23:00:00Z'); // midnight in Oslo
      assert.equal((await listed(a.id, gp))?.overdue, true);
      assert.equal((await myTools(citizen)).received.find((r) => r.assignmentId === a.id)?.overdue, true);
      await complete(b.id, citizen);
      assert.equal((await listed(b.id, gp))?.overdue, false, 'a completed assignment is not overdue');
      await withdraw(a.id, gp);
      assert.equal((await listed(a.id, gp))?.overdue, false, 'a withdrawn assignment is not overdue');
    } finally {
      h.clock.now = saved;
    }
  });

  test('a withdrawn tool stays in my tools with its reason but cannot be started', async () => {
    const ingrid = await h.tokenFor('ingrid');
    const a = await sent({ pid: pidOf('ingrid'), toolId: 'aktiv-med-kols' });
    assert.equal((await h.call('PUT', '/api/me/tools/aktiv-med-kols', { token: ingrid })).status, 200);
    await h.host.db.updateTable('tools').set({ status: 'withdrawn', withdrawn_reason: 'Leverandøren har lagt ned tjenesten.' }).where('id', '=', 'aktiv-med-kols').execute();

    const mine = await myTools(ingrid);
    const received = mine.received.find((r) => r.assignmentId === a.id)!;
    assert.equal(received.tool.status, 'withdrawn');
    assert.equal(received.tool.withdrawnReason, 'Leverandøren har lagt ned tjenesten.');
    assert.deepEqual(mine.saved.find((s) => s.tool.id === 'aktiv-med-kols')?.tool.withdrawnReason, 'Leverandøren har lagt ned tjenesten.');
    assert.equal((await listed(a.id))?.tool.status, 'withdrawn');

    const launch = await expectProblem(await h.call('POST', '/api/launches', { token: ingrid, body: { toolId: 'aktiv-med-kols', assignmentId: a.id } }), 409, 'tool-withdrawn', 'toolId');
    assert.equal(launch.withdrawnReason, 'Leverandøren har lagt ned tjenesten.');
    assert.match(launch.detail, /lagt ned tjenesten/);
    await expectProblem(await h.call('PUT', '/api/me/tools/aktiv-med-kols', { token: ingrid }), 409, 'tool-withdrawn', 'toolId');
  });

  test('a withdrawn assignment cannot be started or completed, and a ticket issued before the withdrawal stops working', async () => {
    const a = await sent({ pid: KARI_PID, toolId: 'styrke-hjemme' });
    const launch = await h.call('POST', '/api/launches', { token: kari, body: { toolId: 'styrke-hjemme', assignmentId: a.id } });
    await withdraw(a.id);
    const page = await h.app.request(new URL(((await launch.json()) as { url: string }).url).pathname);
    assert.equal(page.status, 410);
    assert.match(await page.text(), /trukket tilbake/);
    assert.equal((await listed(a.id))?.status, 'withdrawn');
    await expectProblem(await h.call('POST', '/api/launches', { token: kari, body: { toolId: 'styrke-hjemme', assignmentId: a.id } }), 409, 'assignment-withdrawn', 'assignmentId');
    await expectProblem(await complete(a.id), 409, 'assignment-withdrawn', 'status');
    assert.equal((await listed(a.id))?.status, 'withdrawn');
  });

  test('an assignmentId for another tool is a 400 naming assignmentId', async () => {
    const a = await sent({ pid: KARI_PID, toolId: 'balanse-og-styrke' });
    await expectProblem(await h.call('POST', '/api/launches', { token: kari, body: { toolId: 'drikkedagboka', assignmentId: a.id } }), 400, 'invalid-request', 'assignmentId');
  });

  test('shareResults can be switched on and off; bad bodies are 400s and change nothing', async () => {
    const a = await sent({ pid: KARI_PID, toolId: 'quit-coach' });
    const on = await h.call('PATCH', `/api/me/assignments/${a.id}`, { token: kari, body: { shareResults: true } });
    assert.equal(((await on.json()) as ReceivedToolJson).shareResults, true);
    const before = await h.host.db.selectFrom('assignments').selectAll().where('id', '=', a.id).executeTakeFirstOrThrow();
    for (const [body, field] of [[{}, 'body'], [{ status: 'opened' }, 'status'], [{ shareResults: 'yes' }, 'shareResults'], [{ status: 'completed', shareResults: 1 }, 'shareResults']] as const) {
      await expectProblem(await h.call('PATCH', `/api/me/assignments/${a.id}`, { token: kari, body }), 400, 'invalid-request', field);
    }
    assert.deepEqual(await h.host.db.selectFrom('assignments').selectAll().where('id', '=', a.id).executeTakeFirstOrThrow(), before);
    const off = await h.call('PATCH', `/api/me/assignments/${a.id}`, { token: kari, body: { shareResults: false } });
    assert.equal(((await off.json()) as ReceivedToolJson).shareResults, false);
  });

  test('saving is idempotent and keeps the first time; removing is idempotent; only published citizen tools can be saved', async () => {
    const jonas = await h.tokenFor('jonas');
    const first = (await (await h.call('PUT', '/api/me/tools/humordagboka', { token: jonas })).json()) as { tool: { id: string }; savedAt: string };
    assert.equal(first.tool.id, 'humordagboka');
    h.clock.now += 1000;
    const again = (await (await h.call('PUT', '/api/me/tools/humordagboka', { token: jonas })).json()) as { savedAt: string };
    await h.call('PUT', '/api/me/tools/mestre-angst', { token: jonas });
    h.clock.now -= 1000;
    assert.equal(again.savedAt, first.savedAt);
    assert.deepEqual((await myTools(jonas)).saved.map((s) => s.tool.id), ['mestre-angst', 'humordagboka'], 'most recently saved first');

    const before = await counts();
    await expectProblem(await h.call('PUT', '/api/me/tools/pusterom', { token: jonas }), 404, 'not-found', 'toolId');
    await expectProblem(await h.call('PUT', '/api/me/tools/finnes-ikke', { token: jonas }), 404, 'not-found', 'toolId');
    await expectProblem(await h.call('PUT', '/api/me/tools/kaloriteller-classic', { token: jonas }), 409, 'tool-withdrawn', 'toolId');
    await expectProblem(await h.call('PUT', '/api/me/tools/phq9-screening', { token: jonas }), 403, 'forbidden', 'toolId');
    assert.deepEqual(await counts(), before);

    assert.equal((await h.call('DELETE', '/api/me/tools/humordagboka', { token: jonas })).status, 204);
    assert.equal((await h.call('DELETE', '/api/me/tools/humordagboka', { token: jonas })).status, 204);
    assert.deepEqual((await myTools(jonas)).saved.map((s) => s.tool.id), ['mestre-angst']);
  });

  test('no pid used in this suite appears in the lists or in any log line', async () => {
    const pids = [...PERSONAS.flatMap((p) => (p.pid === undefined ? [] : [p.pid])), ...vectors.valid.map((v) => v.pid), ...vectors.validSynthetic.map((v) => v.pid)];
    const answers = [await (await h.call('GET', '/api/assignments?limit=50', { token: fastlege })).text(), await (await h.call('GET', '/api/me/tools', { token: kari })).text()];
    const leaks = [...answers, ...h.logLines].flatMap((text) => pids.filter((pid) => text.includes(pid)));
    assert.deepEqual(leaks, []);
  });
});
