import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { migrations } from '../src/storage/migrations.ts';
import { openDatabase } from '../src/storage/database.ts';
import { SessionStore } from '../src/storage/session-store.ts';

describe('session store migration 0002 (idle timeout)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'demo-tool-sessions-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('upgrades a version-1 database in place and ends the sessions it held, which have no activity time', () => {
    const path = join(dir, 'v1.db');
    const v1 = new Database(path);
    v1.exec(migrations[0]!);
    v1.pragma('user_version = 1');
    const now = Date.now();
    v1.prepare(
      `INSERT INTO sessions (id_hash, user_key, resource_link_id, csrf_token, expires_at) VALUES ('old', 'k:u', 'r', 't', ?)`,
    ).run(now + 60 * 60 * 1000);
    v1.close();

    const db = openDatabase(path);
    try {
      assert.equal(db.pragma('user_version', { simple: true }), migrations.length);
      const sessions = new SessionStore(db, () => now);
      const { id } = sessions.create({ userKey: 'k:u', resourceLinkId: 'r' });
      assert.ok(sessions.renew(id), 'a new session works on the upgraded file');
      assert.equal(db.prepare(`SELECT count(*) AS n FROM sessions WHERE id_hash = 'old'`).pluck().get(), 0, 'the old one is gone');
    } finally {
      db.close();
    }
  });
});
