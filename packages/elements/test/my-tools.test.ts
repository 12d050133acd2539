import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MyTools } from '../src/api/types.ts';
import type { HnLauncher } from '../src/launcher.ts';
import '../src/my-tools/define.ts';
import type { HnMyTools } from '../src/my-tools/my-tools.ts';
import '../src/provider/define.ts';
import '../src/tool-catalog/define.ts';
import type { HnProvider } from '../src/provider/provider.ts';
import {
  auditTool,
  citizen,
  installFakeHost,
  json,
  makeReceived,
  makeTool,
  notFound,
  page,
  personnel,
  problem,
  ssoTool,
  walkTool,
  type FakeHost,
  type RecordedRequest,
} from './fake-host.ts';

const launchUrl = 'http://localhost:8080/launch/ticket-xyz';
const withdrawnTool = makeTool({ id: 'gammel', name: 'Gammelt verktøy', status: 'withdrawn', withdrawnReason: 'Erstattet av AUDIT.' });

const mine: MyTools = {
  received: [
    makeReceived({ assignmentId: 'a-1', dueDate: '2026-12-24' }),
    makeReceived({ assignmentId: 'a-2', tool: walkTool, message: '', dueDate: '2020-01-01', status: 'opened', overdue: true }),
    makeReceived({ assignmentId: 'a-3', tool: withdrawnTool, message: 'Prøv denne.' }),
    makeReceived({ assignmentId: 'a-4', tool: walkTool, status: 'withdrawn', dueDate: '2020-01-01' }),
  ],
  saved: [
    { tool: walkTool, savedAt: '2026-12-01T12:00:00.000Z' },
    { tool: withdrawnTool, savedAt: '2026-11-01T12:00:00.000Z' },
  ],
};

interface Setup {
  me?: unknown;
  myTools?: (request: RecordedRequest) => Response | Promise<Response>;
  update?: (request: RecordedRequest) => Response | Promise<Response>;
  unsave?: (request: RecordedRequest) => Response | Promise<Response>;
  launch?: (request: RecordedRequest) => Response | Promise<Response>;
  lang?: string;
}

describe('<hn-my-tools>', () => {
  let host: FakeHost;
  let navigated: string[];

  afterEach(() => host.restore());

  async function renderMyTools(setup: Setup = {}) {
    host = installFakeHost((request) => {
      const path = request.url.pathname;
      if (path === '/api/me') return json(setup.me ?? citizen);
      if (path === '/api/me/tools' && request.method === 'GET') return setup.myTools ? setup.myTools(request) : json(mine);
      if (path.startsWith('/api/me/tools/') && request.method === 'DELETE') {
        return setup.unsave ? setup.unsave(request) : new Response(null, { status: 204 });
      }
      if (path.startsWith('/api/me/assignments/') && request.method === 'PATCH') {
        if (setup.update) return setup.update(request);
        const id = path.split('/').pop()!;
        return json({ ...mine.received.find((r) => r.assignmentId === id)!, status: 'completed', completedAt: '2026-12-03T12:00:00Z', overdue: false });
      }
      if (path === '/api/launches') return setup.launch ? setup.launch(request) : json({ url: launchUrl, expiresAt: '2026-12-03T10:01:00Z' }, 201);
      return notFound();
    });
    navigated = [];
    const launcher: HnLauncher = { navigate: (url) => navigated.push(url), openWindow: () => null };
    const provider = await fixture<HnProvider>(html`
      <hn-provider api-base="http://api.test" token="good" lang=${setup.lang ?? 'nb-NO'}>
        <hn-my-tools catalog-href="/katalog" login-href="/login" .launcher=${launcher}></hn-my-tools>
      </hn-provider>
    `);
    return { provider, myTools: provider.querySelector('hn-my-tools')! };
  }

  const root = (el: HnMyTools) => el.shadowRoot!;
  const has = (scope: ParentNode, selector: string) => scope.querySelector(selector) !== null;
  const text = (scope: ParentNode | null, selector: string) => scope?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const received = (el: HnMyTools, id: string) => root(el).querySelector<HTMLElement>(`[data-assignment-id="${id}"]`)!;
  const saved = (el: HnMyTools, toolId: string) =>
    root(el).querySelector<HTMLElement>(`[data-section="saved"] [data-tool-id="${toolId}"]`);
  const untilLoaded = (el: HnMyTools) => waitUntil(() => has(root(el), '[part="section"], [part="empty"]'), 'never loaded');

  describe('received tools', () => {
    it('shows sender, organisation, message, sent and due dates and status for each received tool', async () => {
      const { myTools } = await renderMyTools();
      await untilLoaded(myTools);
      expect(text(root(myTools), '[data-section="received"] [part="section-heading"]')).to.equal('Mottatte verktøy');
      const first = received(myTools, 'a-1');
      expect(text(first, '[part="card-title"]')).to.equal('AUDIT – test dine alkoholvaner');
      expect(text(first, '[part="sender"]')).to.equal('Sendt av Dr. Lise Lege, Byen legekontor');
      expect(text(first, '[part="message"]')).to.equal('Ta testen før timen vår.');
      expect(text(first, '[part="facts"]')).to.equal('Sendt 3. desember 2026 Frist 24. desember 2026 Status Sendt');
      expect(has(first, '[part="overdue"]')).to.equal(false);
      expect(has(received(myTools, 'a-2'), '[part="message"]')).to.equal(false);
    });

    it('marks a past due date as overdue in text while it is open, not once withdrawn', async () => {
      const { myTools } = await renderMyTools();
      await untilLoaded(myTools);
      expect(text(received(myTools, 'a-2'), '[part="overdue"]')).to.equal('Fristen er passert');
      expect(text(received(myTools, 'a-2'), '[part="assignment-status"]')).to.equal('Åpnet');
      expect(has(received(myTools, 'a-4'), '[part="overdue"]')).to.equal(false);
    });

    it('starts a received tool with its assignmentId and the locale', async () => {
      const { myTools } = await renderMyTools({ lang: 'nn-NO' });
      await untilLoaded(myTools);
      const launches: unknown[] = [];
      myTools.addEventListener('hn-launch', (event) => launches.push(event.detail));
      received(myTools, 'a-1').querySelector<HTMLButtonElement>('[part="start-button"]')!.click();
      await waitUntil(() => navigated.length === 1, 'no navigation');
      const post = host.requests.find((r) => r.url.pathname === '/api/launches')!;
      expect(post.body).to.deep.equal({ toolId: 'audit-alkoholvaner', assignmentId: 'a-1', locale: 'nn-NO' });
      expect(launches).to.deep.equal([{ toolId: 'audit-alkoholvaner', mode: 'lti', assignmentId: 'a-1' }]);
      expect(navigated).to.deep.equal([launchUrl]);
    });

    it('says so when the sender withdrew the assignment after the list loaded, and shows it withdrawn', async () => {
      const { myTools } = await renderMyTools({ launch: () => problem(409, 'assignment-withdrawn', 'Assignment withdrawn') });
      await untilLoaded(myTools);
      received(myTools, 'a-1').querySelector<HTMLButtonElement>('[part="start-button"]')!.click();
      await waitUntil(() => text(root(myTools), '[part="status"]') !== '', 'nothing was announced');
      expect(text(root(myTools), '[part="status"]')).to.equal('Helsepersonellet har trukket tilbake dette verktøyet, så det kan ikke startes.');
      const card = received(myTools, 'a-1');
      expect(text(card, '[part="assignment-status"]')).to.equal('Trukket tilbake');
      expect(has(card, '[part="start-button"]')).to.equal(false);
      expect(navigated).to.deep.equal([]);
      await waitUntil(() => root(myTools).activeElement?.closest('[data-assignment-id="a-1"]'), 'focus left the card');
      await expect(myTools).to.be.accessible();
    });

    it('shows a withdrawn tool with its reason and no Start', async () => {
      const { myTools } = await renderMyTools();
      await untilLoaded(myTools);
      const card = received(myTools, 'a-3');
      expect(text(card, '[part="withdrawn"]')).to.equal('Trukket tilbake');
      expect(text(card, '[part="withdrawn-reason"]')).to.equal('Erstattet av AUDIT.');
      expect(has(card, '[part="start-button"]')).to.equal(false);
    });

    it('shows a withdrawn assignment as withdrawn, without Start or Mark as completed', async () => {
      const { myTools } = await renderMyTools();
      await untilLoaded(myTools);
      const card = received(myTools, 'a-4');
      expect(text(card, '[part="assignment-status"]')).to.equal('Trukket tilbake');
      expect(text(card, '[part="assignment-withdrawn"]')).to.contain('trukket tilbake');
      expect(has(card, '[part="start-button"]')).to.equal(false);
      expect(has(card, '[part="done-button"]')).to.equal(false);
    });

    it('marks a tool as completed with PATCH, shows the new status, announces it and keeps focus in the card', async () => {
      const { myTools } = await renderMyTools();
      await untilLoaded(myTools);
      const completed: unknown[] = [];
      document.addEventListener('hn-assignment-completed', (event) => completed.push(event.detail), { once: true });
      received(myTools, 'a-1').querySelector<HTMLButtonElement>('[part="done-button"]')!.click();
      await waitUntil(() => completed.length === 1, 'no hn-assignment-completed');
      const patch = host.requests.find((r) => r.method === 'PATCH')!;
      expect(patch.url.pathname).to.equal('/api/me/assignments/a-1');
      expect(patch.body).to.deep.equal({ status: 'completed' });
      expect(completed).to.deep.equal([{ assignmentId: 'a-1' }]);
      await myTools.updateComplete;
      expect(text(received(myTools, 'a-1'), '[part="assignment-status"]')).to.equal('Fullført');
      expect(has(received(myTools, 'a-1'), '[part="done-button"]')).to.equal(false);
      expect(text(root(myTools), '[part="status"]')).to.equal('AUDIT – test dine alkoholvaner er markert som fullført.');
      await waitUntil(() => root(myTools).activeElement?.closest('[data-assignment-id]'));
      expect((root(myTools).activeElement!.closest('[data-assignment-id]') as HTMLElement).dataset.assignmentId).to.equal('a-1');
      await expect(myTools).to.be.accessible();
    });

    it('shows an alert on the card when marking as completed fails', async () => {
      const { myTools } = await renderMyTools({ update: () => problem(409, 'conflict', 'Withdrawn') });
      await untilLoaded(myTools);
      received(myTools, 'a-1').querySelector<HTMLButtonElement>('[part="done-button"]')!.click();
      await waitUntil(() => has(received(myTools, 'a-1'), '[part="action-error"]'), 'no action error');
      expect(received(myTools, 'a-1').querySelector('[part="action-error"]')!.getAttribute('role')).to.equal('alert');
      expect(text(received(myTools, 'a-1'), '[part="assignment-status"]')).to.equal('Sendt');
    });
  });

  describe('saved tools', () => {
    it('starts a saved tool without an assignmentId', async () => {
      const { myTools } = await renderMyTools();
      await untilLoaded(myTools);
      saved(myTools, 'gaa-tur')!.querySelector<HTMLButtonElement>('[part="start-button"]')!.click();
      await waitUntil(() => navigated.length === 1, 'no navigation');
      const post = host.requests.find((r) => r.url.pathname === '/api/launches')!;
      expect(post.body).to.deep.equal({ toolId: 'gaa-tur', locale: 'nb-NO' });
    });

    it('shows SSO tools\' "cannot be started from here yet" instead of Start, received and saved alike', async () => {
      const { myTools } = await renderMyTools({
        myTools: () =>
          json({
            received: [makeReceived({ assignmentId: 'a-sso', tool: ssoTool })],
            saved: [{ tool: ssoTool, savedAt: '2026-12-01T12:00:00.000Z' }],
          }),
      });
      await untilLoaded(myTools);
      for (const sso of [received(myTools, 'a-sso'), saved(myTools, 'roykfri')!]) {
        expect(has(sso, '[part="start-button"]')).to.equal(false);
        expect(text(sso, '[part="launch-unavailable"]')).to.equal('Dette verktøyet kan ikke startes herfra ennå.');
      }
      expect(has(received(myTools, 'a-sso'), '[part="done-button"]')).to.equal(true);
      expect(has(saved(myTools, 'roykfri')!, '[part="remove-button"]')).to.equal(true);
      await expect(myTools).to.be.accessible();
    });

    it('shows a withdrawn saved tool with its reason, no Start, but Remove', async () => {
      const { myTools } = await renderMyTools();
      await untilLoaded(myTools);
      const card = saved(myTools, 'gammel')!;
      expect(text(card, '[part="withdrawn-reason"]')).to.equal('Erstattet av AUDIT.');
      expect(has(card, '[part="start-button"]')).to.equal(false);
      expect(has(card, '[part="remove-button"]')).to.equal(true);
    });

    it('removes a saved tool with DELETE, fires hn-tool-unsaved and moves focus to the next card', async () => {
      const { myTools } = await renderMyTools();
      await untilLoaded(myTools);
      const unsaved: unknown[] = [];
      document.addEventListener('hn-tool-unsaved', (event) => unsaved.push(event.detail), { once: true });
      saved(myTools, 'gaa-tur')!.querySelector<HTMLButtonElement>('[part="remove-button"]')!.click();
      await waitUntil(() => unsaved.length === 1, 'no hn-tool-unsaved');
      const del = host.requests.find((r) => r.method === 'DELETE')!;
      expect(del.url.pathname).to.equal('/api/me/tools/gaa-tur');
      expect(unsaved).to.deep.equal([{ toolId: 'gaa-tur' }]);
      await myTools.updateComplete;
      expect(saved(myTools, 'gaa-tur')).to.equal(null);
      expect(text(root(myTools), '[part="status"]')).to.equal('Gå deg glad er fjernet fra mine verktøy.');
      await waitUntil(() => root(myTools).activeElement?.closest('[data-tool-id]'));
      expect((root(myTools).activeElement!.closest('[data-tool-id]') as HTMLElement).dataset.toolId).to.equal('gammel');
    });
  });

  describe('states', () => {
    it('points to the catalog when there are no tools at all', async () => {
      const { myTools } = await renderMyTools({ myTools: () => json({ received: [], saved: [] }) });
      await untilLoaded(myTools);
      expect(text(root(myTools), '[part="empty"]')).to.contain('Du har ingen verktøy ennå.');
      expect(root(myTools).querySelector('[part="catalog-link"]')!.getAttribute('href')).to.equal('/katalog');
      expect(has(root(myTools), '[part="section"]')).to.equal(false);
      await expect(myTools).to.be.accessible();
    });

    it('shows an error with a retry that loads again', async () => {
      let calls = 0;
      const { myTools } = await renderMyTools({
        myTools: () => (++calls === 1 ? problem(503, 'unavailable', 'busy') : json(mine)),
      });
      await waitUntil(() => has(root(myTools), '[part="error"]'), 'no error');
      expect(root(myTools).querySelector('[part="error"]')!.getAttribute('role')).to.equal('alert');
      await expect(myTools).to.be.accessible();
      root(myTools).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
      await untilLoaded(myTools);
      expect(calls).to.equal(2);
    });

    it('asks nobody-signed-in to sign in and tells personnel it is for citizens, without calling the host', async () => {
      const asPersonnel = await renderMyTools({ me: personnel });
      await waitUntil(() => has(root(asPersonnel.myTools), '[part="hint"]'), 'no hint');
      expect(text(root(asPersonnel.myTools), '[part="hint"]')).to.equal('Mine verktøy er for innbyggere.');
      expect(host.requests.some((r) => r.url.pathname === '/api/me/tools')).to.equal(false);
      host.restore();
      const signedOut = await renderMyTools({ me: citizen });
      signedOut.provider.token = null;
      await waitUntil(() => text(root(signedOut.myTools), '[part="hint"]').startsWith('Logg inn'), 'no sign-in hint');
      expect(root(signedOut.myTools).querySelector('[part="hint"] a')!.getAttribute('href')).to.equal('/login');
    });

    it('has no axe violations with tools loaded, and uses en-GB texts and dates', async () => {
      const { myTools } = await renderMyTools({ lang: 'en-GB' });
      await untilLoaded(myTools);
      await expect(myTools).to.be.accessible();
      expect(text(received(myTools, 'a-1'), '[part="facts"]')).to.equal('Sent 3 December 2026 Due 24 December 2026 Status Sent');
      expect(text(root(myTools), '[data-section="saved"] [part="section-heading"]')).to.equal('Saved tools');
    });

    it('reaches Start and Mark as completed by Tab and starts with Enter', async () => {
      const { myTools } = await renderMyTools({ myTools: () => json({ received: [mine.received[0]!], saved: [] }) });
      await untilLoaded(myTools);
      const parts: string[] = [];
      document.body.focus();
      for (let i = 0; i < 2; i += 1) {
        await sendKeys({ press: 'Tab' });
        parts.push(root(myTools).activeElement?.getAttribute('part') ?? 'outside');
      }
      expect(parts).to.deep.equal(['start-button', 'done-button']);
      await sendKeys({ press: 'Shift+Tab' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => navigated.length === 1, 'Enter on Start did not launch');
    });
  });

  it('stays in step with a catalog on the same page: saving there shows here, removing here offers saving there', async () => {
    let savedTools: MyTools['saved'] = [];
    host = installFakeHost((request) => {
      const path = request.url.pathname;
      if (path === '/api/me') return json(citizen);
      if (path === '/api/tools') return json(page([auditTool]));
      if (path === '/api/me/tools') return json({ received: [], saved: savedTools });
      if (path === '/api/me/tools/audit-alkoholvaner' && request.method === 'PUT') {
        savedTools = [{ tool: auditTool, savedAt: '2026-12-03T12:00:00.000Z' }];
        return json(savedTools[0]);
      }
      if (path === '/api/me/tools/audit-alkoholvaner' && request.method === 'DELETE') {
        savedTools = [];
        return new Response(null, { status: 204 });
      }
      return notFound();
    });
    const provider = await fixture<HnProvider>(html`
      <hn-provider api-base="http://api.test" token="good">
        <hn-tool-catalog></hn-tool-catalog>
        <hn-my-tools catalog-href="/katalog"></hn-my-tools>
      </hn-provider>
    `);
    const catalog = provider.querySelector('hn-tool-catalog')!;
    const myTools = provider.querySelector('hn-my-tools')!;
    const saveButton = () => catalog.shadowRoot!.querySelector<HTMLButtonElement>('[part="save-button"]');
    await waitUntil(() => saveButton() && has(root(myTools), '[part="empty"]'), 'catalog or my tools never loaded');

    saveButton()!.click();
    await waitUntil(() => saved(myTools, 'audit-alkoholvaner'), 'the saved tool never appeared in my tools');

    saved(myTools, 'audit-alkoholvaner')!.querySelector<HTMLButtonElement>('[part="remove-button"]')!.click();
    await waitUntil(() => saveButton()!.dataset.saved === 'false', 'the catalog still says "Lagt til"');
    expect(saveButton()!.textContent).to.contain('Legg til i mine verktøy');
  });
});
