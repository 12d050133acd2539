import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parseSearchTerms } from '../src/catalog/search-terms.ts';
import type { ToolJson } from '../src/catalog/tool-json.ts';
import { startTestHost, type TestHost } from './harness.ts';

type Page = { items: ToolJson[]; nextCursor: string | null; total: number };

let h: TestHost;
before(async () => {
  h = await startTestHost();
});
after(() => h.close());

async function list(query: string): Promise<Page> {
  const res = await h.app.request(`/api/tools${query}`);
  assert.equal(res.status, 200, await res.clone().text());
  return (await res.json()) as Page;
}
const ids = (page: Page) => page.items.map((t) => t.id);

describe('full-text search', () => {
  test('a word prefix finds a longer word: "alkohol" finds the AUDIT alcohol test', async () => {
    const page = await list('?q=alkohol');
    assert.ok(ids(page).includes('audit-alkoholvaner'));
    // Drikkedagboka never has "alkohol" as a word of its own, only "alkoholenheter" and "alkoholfrie".
    assert.ok(ids(page).includes('drikkedagboka'));
    assert.ok(page.items.every((t) => t.status === 'published'));
    assert.deepEqual(ids(await list('?q=alkoholvan')), ['audit-alkoholvaner'], 'the prefix of "alkoholvaner" alone');
  });

  test('a topic name seen on the cards finds that topic\'s tools, after the tools whose text matches', async () => {
    const smoking = await list('?topic=smoking&limit=50');
    const royking = await list(`?q=${encodeURIComponent('røyking')}&limit=50`);
    assert.deepEqual(new Set(ids(royking)), new Set(ids(smoking)));
    const mentalHealth = await list('?topic=mental-health&limit=50');
    for (const q of ['psykisk helse', 'Psykisk', 'mental health']) {
      assert.deepEqual(new Set(ids(await list(`?q=${encodeURIComponent(q)}&limit=50`))), new Set(ids(mentalHealth)), q);
    }
    const kosthold = (await list('?q=kosthold&limit=50')).items;
    const mentions = kosthold.map((t) => [t.name, t.summary, t.description, ...t.keywords].join(' ').toLowerCase().includes('kosthold'));
    assert.ok(mentions.includes(true) && mentions.includes(false), 'both kinds of hit are there');
    assert.equal(mentions.indexOf(false), mentions.lastIndexOf(true) + 1, 'tools that mention "kosthold" come first');
    assert.ok(kosthold.slice(mentions.indexOf(false)).every((t) => t.topics.includes('diet')));
  });

  test('a query names a topic only when every term, of three letters or more, starts a word of its name', () => {
    const topicsOf = (q: string) => parseSearchTerms(q)?.topics;
    assert.deepEqual(topicsOf('Røyking'), ['smoking']);
    assert.deepEqual(topicsOf('psykisk helse'), ['mental-health']);
    assert.deepEqual(topicsOf('fysisk akt'), ['physical-activity']);
    assert.deepEqual(topicsOf('kosthald'), ['diet']);
    assert.deepEqual(topicsOf('ps'), []);
    assert.deepEqual(topicsOf('psykisk xyzzy'), []);
    assert.deepEqual(topicsOf('alkohol røyking'), []);
  });

  test('a word inside a compound matches: "trening" finds "Styrketrening hjemme", ranked after whole-word matches', async () => {
    const page = await list('?q=trening');
    assert.ok(ids(page).includes('styrke-hjemme'));
    assert.ok(ids(page).indexOf('aktivitet-pa-resept') < ids(page).indexOf('styrke-hjemme'), 'the tool with the word "trening" ranks first');
  });

  test('"angst" finds both "angst" and "sosialangst", the whole word first', async () => {
    const page = await list('?q=angst');
    assert.deepEqual(ids(page).slice(0, 2), ['mestre-angst', 'trygg-i-sosiale-situasjoner']);
  });

  test('"sosial angst" written apart also finds the tool that writes "sosialangst"', async () => {
    const page = await list(`?q=${encodeURIComponent('sosial angst')}`);
    assert.ok(ids(page).includes('trygg-i-sosiale-situasjoner'));
  });

  test('æ, ø and å match, in any case, and å does not match a', async () => {
    assert.ok(ids(await list(`?q=${encodeURIComponent('SØVN')}`)).includes('sovnskolen'));
    assert.ok(ids(await list(`?q=${encodeURIComponent('røykeslutt')}`)).includes('slutta'));
    assert.ok(ids(await list(`?q=${encodeURIComponent('Måltid')}`)).includes('matglede'));
    assert.equal((await list(`?q=${encodeURIComponent('søvnskolen')}`)).total, 1);
    assert.equal((await list(`?q=${encodeURIComponent('sovnskolen')}`)).total, 0);
  });

  test('upper-case queries match lower-case text', async () => {
    assert.deepEqual(ids(await list('?q=DRIKKEDAGBOKA')), ids(await list('?q=drikkedagboka')));
    assert.ok(ids(await list('?q=DRIKKEDAGBOKA')).includes('drikkedagboka'));
  });

  test('a definite or plural ending is stripped: "alkoholen" still finds alcohol tools', async () => {
    assert.ok(ids(await list('?q=alkoholen')).includes('audit-alkoholvaner'));
  });

  test('a query with no match answers an empty page with total 0', async () => {
    assert.deepEqual(await list('?q=xylofonkonsert'), { items: [], nextCursor: null, total: 0 });
  });

  test('FTS5 syntax in the query is treated as text, never as an operator or an error', async () => {
    for (const q of ['"', 'angst OR', 'NEAR(a b)', '*', 'a:b', '(', 'alkohol" OR "x', '^søvn', '-']) {
      const res = await h.app.request(`/api/tools?q=${encodeURIComponent(q)}`);
      assert.equal(res.status, 200, `q=${q}`);
    }
    assert.ok(ids(await list(`?q=${encodeURIComponent('alkohol" OR "x')}`)).length === 0, 'the quote is stripped, the words must all match');
  });

  test('drafts and withdrawn tools are never in search results', async () => {
    assert.equal((await list('?q=kalorier')).total, 0);
    assert.equal((await list('?q=pusterom')).total, 0);
  });

  test('the demo tool appears with the Tool JSON shape and no secret', async () => {
    const res = await h.app.request('/api/tools?q=audit');
    const text = await res.text();
    assert.ok(!text.includes('demo-secret'), 'the LTI secret never appears');
    assert.ok(!text.includes('lti/launch'), 'launch URLs are not part of the public JSON');
    const tool = (JSON.parse(text) as Page).items.find((t) => t.id === 'audit-alkoholvaner');
    assert.deepEqual(Object.keys(tool!).sort(), [
      'audiences', 'description', 'id', 'keywords', 'languages', 'launch', 'name', 'status', 'summary', 'topics', 'updatedAt', 'vendor', 'withdrawnReason',
    ]);
    assert.deepEqual(tool!.launch, { mode: 'lti', opensIn: 'same-tab' });
    assert.deepEqual(tool!.audiences, ['citizen', 'personnel']);
    assert.deepEqual(tool!.topics, ['alcohol']);
    assert.equal(tool!.vendor.id, 'koblingslab-demo');
  });
});

describe('filters', () => {
  test('topic keeps only tools with that topic', async () => {
    const page = await list('?topic=smoking&limit=50');
    assert.ok(page.total >= 3);
    assert.ok(page.items.every((t) => t.topics.includes('smoking')));
  });

  test('a repeated topic means either topic', async () => {
    const page = await list('?topic=smoking&topic=diet&limit=50');
    assert.ok(page.items.every((t) => t.topics.includes('smoking') || t.topics.includes('diet')));
    assert.ok(page.items.some((t) => t.topics.includes('diet')) && page.items.some((t) => t.topics.includes('smoking')));
    const union = new Set([...ids(await list('?topic=smoking&limit=50')), ...ids(await list('?topic=diet&limit=50'))]);
    assert.equal(page.total, union.size, 'a tool with both topics counts once');
  });

  test('audience, launch and lang each filter on their own', async () => {
    const personnel = await list('?audience=personnel&limit=50');
    assert.ok(personnel.total > 0 && personnel.items.every((t) => t.audiences.includes('personnel')));
    const lti = await list('?launch=lti&limit=50');
    assert.ok(lti.total > 0 && lti.items.every((t) => t.launch.mode === 'lti'));
    const sami = await list('?lang=se');
    assert.deepEqual(ids(sami), ['gatur-utfordringen']);
    const nynorsk = await list('?lang=nn&limit=50');
    assert.ok(nynorsk.items.every((t) => t.languages.includes('nn')) && ids(nynorsk).includes('matglede'));
  });

  test('filters combine with AND, and with a search', async () => {
    const page = await list('?topic=mental-health&audience=citizen&launch=lti&limit=50');
    assert.ok(page.total > 0);
    for (const t of page.items) {
      assert.ok(t.topics.includes('mental-health') && t.audiences.includes('citizen') && t.launch.mode === 'lti', t.id);
    }
    assert.ok(!ids(page).includes('humordagboka'), 'a direct-link tool is excluded by launch=lti');
    const searched = await list('?q=angst&launch=direct');
    assert.deepEqual(ids(searched), []);
  });

  test('every topic, both audiences and all three launch modes are seeded', async () => {
    for (const q of ['topic=alcohol', 'topic=physical-activity', 'topic=diet', 'topic=smoking', 'topic=mental-health', 'audience=citizen', 'audience=personnel', 'launch=direct', 'launch=lti', 'launch=sso']) {
      assert.ok((await list(`?${q}`)).total > 0, q);
    }
  });
});

describe('ordering and pagination', () => {
  test('without q, tools are sorted by name in Norwegian order (æ ø å after z)', async () => {
    const names = (await list('?limit=50')).items.map((t) => t.name);
    const collator = new Intl.Collator('nb', { sensitivity: 'base' });
    assert.deepEqual(names, [...names].sort(collator.compare));
    assert.ok(names.indexOf('Søvnskolen') > names.indexOf('Styrketrening hjemme'), 'ø sorts after t');
  });

  test('walking every page with a small limit visits each published tool exactly once', async () => {
    const all = await list('?limit=50');
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Page = await list(`?limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(page.total, all.total, 'total counts all matches on every page');
      assert.ok(page.items.length <= 4);
      seen.push(...ids(page));
      cursor = page.nextCursor;
      pages++;
    } while (cursor !== null && pages < 20);
    assert.equal(cursor, null, 'the last page has nextCursor null');
    assert.deepEqual(seen, ids(all));
    assert.equal(new Set(seen).size, seen.length);
  });

  test('walking ranked search results page by page gives the same order as one big page', async () => {
    const all = await list('?q=og&limit=50');
    assert.ok(all.total > 3, 'enough results to page through');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = await list(`?q=og&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...ids(page));
      cursor = page.nextCursor;
    } while (cursor !== null);
    assert.deepEqual(seen, ids(all));
  });

  test('the default limit is 20', async () => {
    const page = await list('');
    assert.equal(page.items.length, 20);
    assert.ok(page.total > 20 && page.nextCursor !== null);
  });
});

describe('one tool', () => {
  test('GET /api/tools/:id returns the same shape as list items', async () => {
    const fromList = (await list('?q=drikkedagboka')).items[0];
    const res = await h.app.request('/api/tools/drikkedagboka');
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), fromList);
  });

  test('a withdrawn tool is still shown, marked with its reason', async () => {
    const res = await h.app.request('/api/tools/kaloriteller-classic');
    assert.equal(res.status, 200);
    const tool = (await res.json()) as ToolJson;
    assert.equal(tool.status, 'withdrawn');
    assert.match(tool.withdrawnReason ?? '', /kostråd/);
  });

  test('a draft is answered as not found', async () => {
    const res = await h.app.request('/api/tools/pusterom');
    assert.equal(res.status, 404);
    assert.equal(res.headers.get('content-type'), 'application/problem+json; charset=utf-8');
  });
});
