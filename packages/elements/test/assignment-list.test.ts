import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Assignment, AssignmentPage } from '../src/api/types.ts';
import '../src/assignment-list/define.ts';
import type { HnAssignmentList } from '../src/assignment-list/assignment-list.ts';
import '../src/provider/define.ts';
import type { HnProvider } from '../src/provider/provider.ts';
import {
  citizen,
  installFakeHost,
  json,
  makeAssignment,
  notFound,
  personnel,
  problem,
  walkTool,
  type FakeHost,
  type RecordedRequest,
} from './fake-host.ts';

const sent = makeAssignment({ id: 'a-1', dueDate: '2026-12-24' });
const overdue = makeAssignment({
  id: 'a-2',
  tool: { id: walkTool.id, name: walkTool.name, status: 'published', withdrawnReason: null },
  citizen: { name: null, pidMasked: '130972*****' },
  dueDate: '2020-01-01',
  status: 'opened',
  overdue: true,
});
const completed = makeAssignment({ id: 'a-3', status: 'completed', dueDate: '2020-01-01', completedAt: '2026-12-02T10:00:00Z' });

function assignmentPage(items: Assignment[], nextCursor: string | null = null, total = items.length): AssignmentPage {
  return { items, nextCursor, total };
}

interface Setup {
  me?: unknown;
  list?: (request: RecordedRequest) => Response | Promise<Response>;
  withdraw?: (request: RecordedRequest) => Response | Promise<Response>;
  lang?: string;
}

describe('<hn-assignment-list>', () => {
  let host: FakeHost;

  afterEach(() => host.restore());

  async function renderList(setup: Setup = {}) {
    host = installFakeHost((request) => {
      const path = request.url.pathname;
      if (path === '/api/me') return json(setup.me ?? personnel);
      if (path === '/api/assignments' && request.method === 'GET') {
        return setup.list ? setup.list(request) : json(assignmentPage([sent, overdue, completed]));
      }
      if (path.startsWith('/api/assignments/') && request.method === 'PATCH') {
        if (setup.withdraw) return setup.withdraw(request);
        const id = path.split('/').pop()!;
        const original = [sent, overdue, completed].find((a) => a.id === id)!;
        return json({ ...original, status: 'withdrawn', withdrawnAt: '2026-12-03T12:00:00Z', overdue: false });
      }
      return notFound();
    });
    const provider = await fixture<HnProvider>(html`
      <hn-provider api-base="http://api.test" token="good" lang=${setup.lang ?? 'nb-NO'}>
        <hn-assignment-list></hn-assignment-list>
      </hn-provider>
    `);
    return { provider, list: provider.querySelector('hn-assignment-list')! };
  }

  const root = (list: HnAssignmentList) => list.shadowRoot!;
  const has = (scope: ParentNode, selector: string) => scope.querySelector(selector) !== null;
  const text = (scope: ParentNode | null, selector: string) => scope?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const rows = (list: HnAssignmentList) => [...root(list).querySelectorAll<HTMLElement>('[part="row"]')];
  const row = (list: HnAssignmentList, id: string) => root(list).querySelector<HTMLElement>(`[data-assignment-id="${id}"]`)!;
  const cells = (r: HTMLElement) => [...r.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
  const untilRows = (list: HnAssignmentList, count: number) =>
    waitUntil(() => rows(list).length === count && list.shadowRoot!.querySelector('[part="status"]')?.textContent?.includes('sendt'), `expected ${count} rows`);

  it('shows tool, citizen, sent date, due date, status and withdraw for each assignment', async () => {
    const { list } = await renderList();
    await untilRows(list, 3);
    expect(host.requests.find((r) => r.url.pathname === '/api/assignments')!.url.searchParams.get('limit')).to.equal('20');
    expect(cells(row(list, 'a-1'))).to.deep.equal([
      'AUDIT – test dine alkoholvaner',
      'Kari Nordmann 130972*****fødselsnummer som begynner med 130972',
      '3. desember 2026',
      '24. desember 2026',
      'Sendt',
      'Trekk tilbake AUDIT – test dine alkoholvaner, Kari Nordmann',
    ]);
    expect(text(root(list), '[part="status"]')).to.equal('3 sendte verktøy.');
    expect(text(root(list), 'caption')).to.equal('Sendte verktøy');
  });

  it('shows the masked number, read as words, when the citizen has no name yet', async () => {
    const { list } = await renderList();
    await untilRows(list, 3);
    const citizenCell = row(list, 'a-2').querySelector('[part="citizen"]')!;
    expect(citizenCell.querySelector('[aria-hidden="true"]')!.textContent).to.equal('130972*****');
    expect(text(citizenCell, '.visually-hidden')).to.equal('fødselsnummer som begynner med 130972');
  });

  it('shows the masked number under a name too, so two citizens with one name can be told apart', async () => {
    const { list } = await renderList();
    await untilRows(list, 3);
    const citizenCell = row(list, 'a-1').querySelector('[part="citizen"]')!;
    expect(text(citizenCell, '.citizen-name')).to.equal('Kari Nordmann');
    expect(citizenCell.querySelector('[part="citizen-pid"] [aria-hidden="true"]')!.textContent).to.equal('130972*****');
    expect(text(citizenCell, '[part="citizen-pid"] .visually-hidden')).to.equal('fødselsnummer som begynner med 130972');
  });

  it('marks an open assignment past its due date as overdue in text, and not a completed one', async () => {
    const { list } = await renderList();
    await untilRows(list, 3);
    expect(text(row(list, 'a-2'), '[part="overdue"]')).to.equal('Fristen er passert');
    expect(has(row(list, 'a-1'), '[part="overdue"]')).to.equal(false);
    expect(has(row(list, 'a-3'), '[part="overdue"]')).to.equal(false);
    expect(has(row(list, 'a-3'), '[part="withdraw-button"]')).to.equal(false);
    expect(text(row(list, 'a-3'), '[part="assignment-status"]')).to.equal('Fullført');
  });

  it('withdraws after a confirm step with PATCH, fires hn-assignment-withdrawn and shows the new status', async () => {
    const { list } = await renderList();
    await untilRows(list, 3);
    const withdrawn: unknown[] = [];
    document.addEventListener('hn-assignment-withdrawn', (event) => withdrawn.push(event.detail), { once: true });
    row(list, 'a-2').querySelector<HTMLButtonElement>('[part="withdraw-button"]')!.click();
    await list.updateComplete;
    expect(text(row(list, 'a-2'), '[part="confirm"] p')).to.equal('Vil du trekke tilbake Gå deg glad sendt til 130972*****?');
    await waitUntil(() => root(list).activeElement?.getAttribute('part') === 'confirm-button', 'focus did not move to confirm');
    expect(host.requests.some((r) => r.method === 'PATCH')).to.equal(false);
    await expect(list).to.be.accessible();

    row(list, 'a-2').querySelector<HTMLButtonElement>('[part="confirm-button"]')!.click();
    await waitUntil(() => withdrawn.length === 1, 'no hn-assignment-withdrawn');
    const patch = host.requests.find((r) => r.method === 'PATCH')!;
    expect(patch.url.pathname).to.equal('/api/assignments/a-2');
    expect(patch.body).to.deep.equal({ status: 'withdrawn' });
    expect(withdrawn).to.deep.equal([{ assignmentId: 'a-2' }]);
    await list.updateComplete;
    expect(text(row(list, 'a-2'), '[part="assignment-status"]')).to.equal('Trukket tilbake');
    expect(has(row(list, 'a-2'), '[part="withdraw-button"], [part="confirm"]')).to.equal(false);
    expect(has(row(list, 'a-2'), '[part="overdue"]')).to.equal(false);
    expect(text(root(list), '[part="status"]')).to.equal('Gå deg glad til 130972***** er trukket tilbake.');
  });

  it('cancels the confirm step without a request and returns focus to the withdraw button', async () => {
    const { list } = await renderList();
    await untilRows(list, 3);
    row(list, 'a-1').querySelector<HTMLButtonElement>('[part="withdraw-button"]')!.click();
    await list.updateComplete;
    row(list, 'a-1').querySelector<HTMLButtonElement>('[part="cancel-button"]')!.click();
    await waitUntil(() => root(list).activeElement?.getAttribute('part') === 'withdraw-button', 'focus not returned');
    expect(host.requests.some((r) => r.method === 'PATCH')).to.equal(false);
  });

  it('keeps the row open with an alert when the withdraw fails', async () => {
    const { list } = await renderList({ withdraw: () => problem(409, 'conflict', 'Already completed') });
    await untilRows(list, 3);
    row(list, 'a-1').querySelector<HTMLButtonElement>('[part="withdraw-button"]')!.click();
    await list.updateComplete;
    row(list, 'a-1').querySelector<HTMLButtonElement>('[part="confirm-button"]')!.click();
    await waitUntil(() => has(row(list, 'a-1'), '[part="row-error"]'), 'no row error');
    expect(row(list, 'a-1').querySelector('[part="row-error"]')!.getAttribute('role')).to.equal('alert');
    expect(text(row(list, 'a-1'), '[part="assignment-status"]')).to.equal('Sendt');
  });

  it('loads more with nextCursor and moves focus to the first new row', async () => {
    const { list } = await renderList({
      list: (request) =>
        json(
          request.url.searchParams.get('cursor') === 'c2'
            ? assignmentPage([completed], null, 3)
            : assignmentPage([sent, overdue], 'c2', 3),
        ),
    });
    await untilRows(list, 2);
    root(list).querySelector<HTMLButtonElement>('[part="load-more-button"]')!.click();
    await untilRows(list, 3);
    expect(host.requests.at(-1)!.url.searchParams.get('cursor')).to.equal('c2');
    await waitUntil(() => root(list).activeElement?.closest('[data-assignment-id]'), 'focus did not move');
    expect((root(list).activeElement!.closest('[data-assignment-id]') as HTMLElement).dataset.assignmentId).to.equal('a-3');
    expect(has(root(list), '[part="load-more-button"]')).to.equal(false);
  });

  it('reload() asks the host again and shows what is new', async () => {
    let items = [sent];
    const { list } = await renderList({ list: () => json(assignmentPage(items)) });
    await untilRows(list, 1);
    items = [overdue, sent];
    await list.reload();
    await list.updateComplete;
    expect(rows(list).map((r) => r.dataset.assignmentId)).to.deep.equal(['a-2', 'a-1']);
  });

  it('shows the empty state and passes axe', async () => {
    const { list } = await renderList({ list: () => json(assignmentPage([])) });
    await waitUntil(() => has(root(list), '[part="empty"]'), 'no empty state');
    expect(text(root(list), '[part="empty"]')).to.equal('Du og kontoret ditt har ikke sendt noen verktøy ennå.');
    await expect(list).to.be.accessible();
  });

  it('shows an error with a retry, and passes axe', async () => {
    let calls = 0;
    const { list } = await renderList({
      list: () => (++calls === 1 ? problem(503, 'unavailable', 'busy') : json(assignmentPage([sent]))),
    });
    await waitUntil(() => has(root(list), '[part="error"]'), 'no error');
    expect(text(root(list), '[part="error"] p')).to.equal('Vi fikk ikke hentet de sendte verktøyene.');
    await expect(list).to.be.accessible();
    root(list).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await untilRows(list, 1);
  });

  it('passes axe with rows loaded and uses en-GB texts', async () => {
    const { list } = await renderList({ lang: 'en-GB' });
    await waitUntil(() => rows(list).length === 3);
    await expect(list).to.be.accessible();
    expect(text(row(list, 'a-2'), '[part="overdue"]')).to.equal('Overdue');
    expect(text(row(list, 'a-2'), '[part="assignment-status"]')).to.equal('Opened');
  });

  it('withdraws with the keyboard alone', async () => {
    const { list } = await renderList({ list: () => json(assignmentPage([sent])) });
    await untilRows(list, 1);
    document.body.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(list).activeElement?.getAttribute('part')).to.equal('table-region');
    await sendKeys({ press: 'Tab' });
    expect(root(list).activeElement?.getAttribute('part')).to.equal('withdraw-button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(list).activeElement?.getAttribute('part') === 'confirm-button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(row(list, 'a-1'), '[part="assignment-status"]') === 'Trukket tilbake', 'not withdrawn');
  });

  it('shows a hint and asks nothing of the host for citizens', async () => {
    const { list } = await renderList({ me: citizen });
    await waitUntil(() => has(root(list), '[part="hint"]'), 'no hint');
    expect(text(root(list), '[part="hint"]')).to.equal('Bare helsepersonell kan se sendte verktøy.');
    expect(host.requests.some((r) => r.url.pathname === '/api/assignments')).to.equal(false);
  });
});
