import assert from 'node:assert/strict';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Migrator, sql } from 'kysely';
import { openDatabase } from '../src/db/database.ts';
import { initial } from '../src/db/migrations/0001-initial.ts';
import { startTestHost } from './harness.ts';

test('a second start keeps the data, the secrets and the signing key instead of seeding again', async () => {
  const first = await startTestHost();
  assert.equal(first.host.seeded, true);
  const token = await first.tokenFor('kari');
  const countTools = async (h: typeof first) => (await h.host.db.selectFrom('tools').select('id').execute()).length;
  const toolCount = await countTools(first);
  const secret = async (h: typeof first) =>
    (await h.host.db.selectFrom('tools').select('lti_secret').where('id', '=', 'audit-alkoholvaner').executeTakeFirstOrThrow()).lti_secret;
  const demoSecret = await secret(first);
  const keys = await first.host.db.selectFrom('secrets').selectAll().orderBy('name').execute();
  await first.close({ keepDir: true });

  const second = await startTestHost({ dir: first.dir });
  try {
    assert.equal(second.host.seeded, false);
    assert.equal(await countTools(second), toolCount);
    assert.equal(await secret(second), demoSecret);
    assert.deepEqual(await second.host.db.selectFrom('secrets').selectAll().orderBy('name').execute(), keys);
    const me = await second.app.request('/api/me', { headers: { authorization: `Bearer ${token}` } });
    assert.equal(me.status, 200, 'a token from before the restart still verifies');
  } finally {
    await second.close();
  }
});

test('every start points the demo tool at the configured URL and credentials, so a moved or re-keyed tool keeps working', async () => {
  const first = await startTestHost();
  await first.close({ keepDir: true });
  const second = await startTestHost({
    dir: first.dir,
    env: { HN_DEMO_TOOL_URL: 'http://localhost:8091', HN_DEMO_TOOL_LTI_KEY: 'moved-key', HN_DEMO_TOOL_LTI_SECRET: 'another-secret' },
  });
  try {
    const row = await second.host.db
      .selectFrom('tools')
      .select(['lti_launch_url', 'lti_consumer_key', 'lti_secret'])
      .where('id', '=', 'audit-alkoholvaner')
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { lti_launch_url: 'http://localhost:8091/lti/launch', lti_consumer_key: 'moved-key', lti_secret: 'another-secret' });
  } finally {
    await second.close();
  }
});

test('the database file and its WAL are readable by the owner only, in a folder only the owner can enter', async () => {
  const h = await startTestHost();
  try {
    const path = join(h.dir, 'host.db');
    for (const file of [path, `${path}-wal`, `${path}-shm`]) assert.equal(statSync(file).mode & 0o777, 0o600, file);
  } finally {
    await h.close();
  }
  const dir = join(mkdtempSync(join(tmpdir(), 'koblingslab-mode-')), 'new', 'data');
  const db = openDatabase(join(dir, 'host.db'));
  await db.destroy();
  assert.equal(statSync(dir).mode & 0o777, 0o700);
});

test('without a configured demo secret, the seed generates a strong one', async () => {
  const h = await startTestHost({ env: { HN_DEMO_TOOL_LTI_SECRET: '' } });
  try {
    const row = await h.host.db.selectFrom('tools').select(['lti_secret', 'lti_consumer_key']).where('id', '=', 'audit-alkoholvaner').executeTakeFirstOrThrow();
    assert.match(row.lti_secret ?? '', /^[A-Za-z0-9_-]{43}$/);
  } finally {
    await h.close();
  }
});

test('the database runs in WAL mode with foreign keys enforced', async () => {
  const h = await startTestHost();
  try {
    const mode = await sql<{ journal_mode: string }>`PRAGMA journal_mode`.execute(h.host.db);
    assert.equal(mode.rows[0]?.journal_mode, 'wal');
    await assert.rejects(
      h.host.db.insertInto('tool_topics').values({ tool_id: 'no-such-tool', topic: 'diet' }).execute(),
      /FOREIGN KEY/,
    );
  } finally {
    await h.close();
  }
});

test('migration 0002 upgrades an issue-2 database in place: users, pseudonyms and tickets survive, names become optional', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'koblingslab-host-'));
  const old = openDatabase(join(dir, 'host.db'));
  const { error } = await new Migrator({ db: old, provider: { getMigrations: async () => ({ '0001-initial': initial }) } }).migrateToLatest();
  assert.equal(error, undefined);
  // An issue-2 database, seeded, with a citizen who has launched a tool (pseudonym and ticket rows point at users).
  await old.insertInto('meta').values({ key: 'seeded-at', value: '2026-12-01T00:00:00.000Z' }).execute();
  await old.insertInto('vendors').values({ id: 'v', name: 'Vendor', sector: 'vendor.example', website: null }).execute();
  await sql`INSERT INTO organisations (number, name) VALUES ('914829135', 'Storgata legesenter')`.execute(old);
  await old.insertInto('users').values({ id: 'u1', role: 'citizen', name: 'Kari', pid: '13097248022', hpr_number: null, organisation_number: null, persona_id: 'kari', created_at: 'x' }).execute();
  await old.insertInto('pseudonyms').values({ vendor_id: 'v', subject_id: 'u1', pseudonym: 'p1', created_at: 'x' }).execute();
  await old.destroy();

  const h = await startTestHost({ dir });
  try {
    assert.equal(h.host.seeded, false);
    assert.deepEqual(await h.host.db.selectFrom('pseudonyms').select(['subject_id', 'pseudonym']).execute(), [{ subject_id: 'u1', pseudonym: 'p1' }]);
    assert.deepEqual(await h.host.db.selectFrom('organisations').selectAll().execute(), [{ number: '914829135', name: 'Storgata legesenter', kind: 'gp-office' }]);
    await h.host.db.insertInto('users').values({ id: 'u2', role: 'citizen', name: null, pid: '29029648784', hpr_number: null, organisation_number: null, persona_id: null, created_at: 'x' }).execute();
    await assert.rejects(
      h.host.db.insertInto('users').values({ id: 'u3', role: 'personnel', name: null, pid: null, hpr_number: null, organisation_number: null, persona_id: null, created_at: 'x' }).execute(),
      /CHECK/,
      'only citizens may lack a name',
    );
    await assert.rejects(h.host.db.insertInto('pseudonyms').values({ vendor_id: 'v', subject_id: 'nobody', pseudonym: 'p2', created_at: 'x' }).execute(), /FOREIGN KEY/);
  } finally {
    await h.close();
  }
});
