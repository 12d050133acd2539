import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { computePseudonym } from '../src/pseudonym.ts';
import { startTestHost, type TestHost } from './harness.ts';

const KEY = Buffer.alloc(32, 7);

describe('computePseudonym', () => {
  test('is HMAC-SHA256 over "pairwise/v1" and the 4-byte big-endian length-prefixed sector and subject, base64url', () => {
    const message = Buffer.concat([
      Buffer.from('pairwise/v1'),
      Buffer.from([0, 0, 0, 6]), Buffer.from('sektor'),
      Buffer.from([0, 0, 0, 5]), Buffer.from('bruk1'),
    ]);
    assert.equal(computePseudonym(KEY, 'sektor', 'bruk1'), createHmac('sha256', KEY).update(message).digest('base64url'));
  });

  test('length prefixes count bytes, so ("ab","c") and ("a","bc") differ, as do multi-byte sectors', () => {
    assert.notEqual(computePseudonym(KEY, 'ab', 'c'), computePseudonym(KEY, 'a', 'bc'));
    const message = Buffer.concat([Buffer.from('pairwise/v1'), Buffer.from([0, 0, 0, 2]), Buffer.from('ø'), Buffer.from([0, 0, 0, 1]), Buffer.from('x')]);
    assert.equal(computePseudonym(KEY, 'ø', 'x'), createHmac('sha256', KEY).update(message).digest('base64url'));
  });

  test('depends on the key', () => {
    assert.notEqual(computePseudonym(KEY, 's', 'u'), computePseudonym(Buffer.alloc(32, 8), 's', 'u'));
  });
});

describe('pseudonyms in launches', () => {
  let h: TestHost;
  let kari: string;
  before(async () => {
    h = await startTestHost();
    kari = await h.tokenFor('kari');
  });
  after(() => h.close());

  async function userIdAt(toolId: string, token: string): Promise<string> {
    const { url } = (await (await h.postJson('/api/launches', { toolId }, token)).json()) as { url: string };
    const html = await (await h.app.request(new URL(url).pathname)).text();
    return /name="user_id" value="([^"]+)"/.exec(html)![1]!;
  }

  test('one citizen has the same pseudonym at two tools of one vendor, and another at a second vendor', async () => {
    const angst = await userIdAt('mestre-angst', kari);
    const sovn = await userIdAt('sovnskolen', kari);
    const audit = await userIdAt('audit-alkoholvaner', kari);
    assert.equal(angst, sovn);
    assert.notEqual(angst, audit);
  });

  test('two citizens get different pseudonyms at one vendor', async () => {
    assert.notEqual(await userIdAt('mestre-angst', kari), await userIdAt('mestre-angst', await h.tokenFor('jonas')));
  });

  test('personnel previews get a pseudonym too, stored per (vendor, subject) and mappable back', async () => {
    const psykolog = await h.tokenFor('psykolog');
    const pseudonym = await userIdAt('mestre-angst', psykolog);
    const user = await h.host.db.selectFrom('users').select('id').where('persona_id', '=', 'psykolog').executeTakeFirstOrThrow();
    const rows = await h.host.db.selectFrom('pseudonyms').selectAll().where('subject_id', '=', user.id).execute();
    assert.deepEqual(rows.map((r) => [r.vendor_id, r.pseudonym]), [['mestringslab', pseudonym]]);
  });

  test('the stored pseudonym is computed from the internal id and the vendor sector, never the pid', async () => {
    const kariRow = await h.host.db.selectFrom('users').select(['id', 'pid']).where('persona_id', '=', 'kari').executeTakeFirstOrThrow();
    const key = await h.host.db.selectFrom('secrets').select('value').where('name', '=', 'pseudonym-key-v1').executeTakeFirstOrThrow();
    const expected = computePseudonym(Buffer.from(key.value, 'base64url'), 'mestringslab.example', kariRow.id);
    assert.equal(await userIdAt('mestre-angst', kari), expected);
    assert.notEqual(expected, computePseudonym(Buffer.from(key.value, 'base64url'), 'mestringslab.example', kariRow.pid!));
  });
});
