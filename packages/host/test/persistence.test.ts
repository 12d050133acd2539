import assert from 'node:assert/strict';
import { test } from 'node:test';
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

  // A different demo secret in the environment does not overwrite the stored one: it is used only when seeding.
  const second = await startTestHost({ dir: first.dir, env: { HN_DEMO_TOOL_LTI_SECRET: 'another-secret' } });
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
    const { sql } = await import('kysely');
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
