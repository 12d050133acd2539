import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openDatabase } from '../src/storage/database.ts';

test("the tool's database file and its WAL are readable by the owner only, in a folder only the owner can enter", () => {
  const root = mkdtempSync(join(tmpdir(), 'demo-tool-mode-'));
  const dir = join(root, 'new', 'data');
  const path = join(dir, 'tool.db');
  const db = openDatabase(path);
  try {
    for (const file of [path, `${path}-wal`, `${path}-shm`]) assert.equal(statSync(file).mode & 0o777, 0o600, file);
    assert.equal(statSync(dir).mode & 0o777, 0o700);
  } finally {
    db.close();
    rmSync(root, { recursive: true, force: true });
  }
});
