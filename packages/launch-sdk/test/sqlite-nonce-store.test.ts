import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { LtiLaunchError, verifyLtiLaunch } from '../src/index.ts';
import { SqliteNonceStore } from '../src/sqlite-nonce-store.ts';
import { NOW_MS, lookupSecret, signedLaunch } from './signed-launch.ts';

describe('SqliteNonceStore on a real better-sqlite3 file', () => {
  const directory = mkdtempSync(join(tmpdir(), 'launch-sdk-nonces-'));
  const file = join(directory, 'tool.db');
  const opened: Database.Database[] = [];
  after(() => {
    for (const database of opened) database.close();
    rmSync(directory, { recursive: true, force: true });
  });

  function open(): Database.Database {
    const database = new Database(file);
    database.pragma('journal_mode = WAL');
    opened.push(database);
    return database;
  }

  test('accepts a nonce once per consumer', async () => {
    const store = new SqliteNonceStore(open(), { now: () => 1_000 });
    assert.equal(await store.record('portal', 'n1', 5_000), true);
    assert.equal(await store.record('portal', 'n1', 5_000), false);
    assert.equal(await store.record('other-portal', 'n1', 5_000), true);
  });

  test('rejects a nonce recorded through another connection to the same file', async () => {
    const first = new SqliteNonceStore(open(), { now: () => 1_000 });
    const second = new SqliteNonceStore(open(), { now: () => 1_000 });
    assert.equal(await first.record('portal', 'shared', 5_000), true);
    assert.equal(await second.record('portal', 'shared', 5_000), false);
  });

  test('takes over an expired nonce and sweeps expired rows', async () => {
    const database = open();
    let now = 1_000;
    const store = new SqliteNonceStore(database, { now: () => now, sweepIntervalMs: 100 });
    await store.record('sweep', 'old', 2_000);
    await store.record('sweep', 'other-old', 2_000);
    now = 3_000;
    assert.equal(await store.record('sweep', 'old', 9_000), true);
    assert.equal(await store.record('sweep', 'old', 9_000), false);
    const rows = database.prepare("SELECT nonce FROM lti_nonce WHERE consumer_key = 'sweep' ORDER BY nonce").all();
    assert.deepEqual(rows, [{ nonce: 'old' }]);
  });

  test('rejects a replayed launch with LTI_NONCE_REPLAYED after a restart (a new store on the same file)', async () => {
    const request = await signedLaunch({ nonce: 'restart-nonce' });
    const replay = request.clone();
    const now = () => NOW_MS;
    await verifyLtiLaunch(request, { lookupSecret, now, nonceStore: new SqliteNonceStore(open(), { now }) });
    await assert.rejects(
      verifyLtiLaunch(replay, { lookupSecret, now, nonceStore: new SqliteNonceStore(open(), { now }) }),
      (error) => error instanceof LtiLaunchError && error.code === 'LTI_NONCE_REPLAYED',
    );
  });
});
