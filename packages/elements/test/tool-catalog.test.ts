import { aTimeout, expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { HnContextValue } from '../src/context.ts';
import '../src/define.ts';
import type { HnLauncher } from '../src/launcher.ts';
import type { HnProvider } from '../src/provider/provider.ts';
import type { HnToolCatalog } from '../src/tool-catalog/tool-catalog.ts';
import {
  auditTool,
  citizen,
  deferred,
  installFakeHost,
  json,
  makeTool,
  notFound,
  page,
  problem,
  ssoTool,
  walkTool,
  type FakeHost,
  type RecordedRequest,
} from './fake-host.ts';

const launchUrl = 'http://localhost:8080/launch/ticket-abc';

/** Records navigation instead of leaving the test page. */
function recordingLauncher() {
  const navigated: string[] = [];
  const windows: Array<{ urls: string[]; closed: boolean; openedBeforeLaunchAnswer: boolean }> = [];
  let launchAnswered = false;
  const launcher: HnLauncher = {
    navigate: (url) => navigated.push(url),
    openWindow: () => {
      const opened = { urls: [] as string[], closed: false, openedBeforeLaunchAnswer: !launchAnswered };
      windows.push(opened);
      return { navigate: (url) => opened.urls.push(url), close: () => (opened.closed = true) };
    },
  };
  return { launcher, navigated, windows, markLaunchAnswered: () => (launchAnswered = true) };
}

interface Setup {
  tools?: (request: RecordedRequest) => Response | Promise<Response>;
  launch?: (request: RecordedRequest) => Response | Promise<Response>;
  token?: string;
  lang?: string;
  /** What /api/me answers; defaults to a citizen. */
  me?: unknown;
  /** What GET /api/me/tools answers; defaults to nothing saved. */
  myTools?: (request: RecordedRequest) => Response | Promise<Response>;
}

describe('<hn-tool-catalog>', () => {
  let host: FakeHost;
  let recorder: ReturnType<typeof recordingLauncher>;

  afterEach(() => host.restore());

  async function renderCatalog(setup: Setup = {}) {
    recorder = recordingLauncher();
    host = installFakeHost((request) => {
      const path = request.url.pathname;
      if (path === '/api/me') return json(setup.me ?? citizen);
      if (path === '/api/me/tools') return setup.myTools ? setup.myTools(request) : json({ received: [], saved: [] });
      if (path.startsWith('/api/me/tools/') && request.method === 'PUT') {
        return json({ tool: auditTool, savedAt: '2026-12-03T12:00:00.000Z' });
      }
      if (path === '/api/tools') return setup.tools ? setup.tools(request) : json(page([auditTool, walkTool, ssoTool]));
      if (path === '/api/launches') {
        return setup.launch ? setup.launch(request) : json({ url: launchUrl, expiresAt: '2026-12-03T10:01:00Z' }, 201);
      }
      return notFound();
    });
    const provider = await fixture<HnProvider>(html`
      <div>
        <button id="before">Før katalogen</button>
        <hn-provider api-base="http://api.test" token=${setup.token ?? ''} lang=${setup.lang ?? 'nb-NO'}>
          <hn-tool-catalog login-href="/dev/login?return_to=/" .launcher=${recorder.launcher}></hn-tool-catalog>
        </hn-provider>
      </div>
    `).then((wrapper) => wrapper.querySelector('hn-provider')!);
    const catalog = provider.querySelector('hn-tool-catalog')!;
    return { provider, catalog };
  }

  const root = (catalog: HnToolCatalog) => catalog.shadowRoot!;
  // Booleans, not elements, go into assertions: a failing assertion serialises its values, and a Lit tree is huge.
  const has = (scope: ParentNode, selector: string) => scope.querySelector(selector) !== null;
  const cards = (catalog: HnToolCatalog) => [...root(catalog).querySelectorAll<HTMLElement>('[part="card"]')];
  const card = (catalog: HnToolCatalog, toolId: string) =>
    root(catalog).querySelector<HTMLElement>(`[data-tool-id="${toolId}"]`)!;
  const statusText = (catalog: HnToolCatalog) => root(catalog).querySelector('[role="status"]')!.textContent!.trim();
  const startButton = (catalog: HnToolCatalog, toolId: string) =>
    card(catalog, toolId).querySelector<HTMLButtonElement>('[part="start-button"]')!;

  async function untilCards(catalog: HnToolCatalog, count: number) {
    await waitUntil(() => cards(catalog).length === count && statusText(catalog).startsWith('Fant'), `expected ${count} cards`);
  }

  async function untilStartButtons(catalog: HnToolCatalog) {
    await waitUntil(() => root(catalog).querySelector('[part="start-button"]'), 'no Start buttons');
  }

  function selectOption(catalog: HnToolCatalog, id: 'topic' | 'audience', value: string) {
    const select = root(catalog).querySelector<HTMLSelectElement>(`#${id}`)!;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }

  describe('loading and showing tools', () => {
    it('renders a card per tool with name, vendor, summary, topics, launch-mode badge and date', async () => {
      const { catalog } = await renderCatalog();
      await untilCards(catalog, 3);
      const audit = card(catalog, 'audit-alkoholvaner');
      expect(audit.querySelector('[part="card-title"]')!.textContent).to.contain('AUDIT – test dine alkoholvaner');
      expect(audit.querySelector('[part="vendor"]')!.textContent).to.contain('Koblingslab Demo');
      expect(audit.querySelector('[part="summary"]')!.textContent).to.contain('Ti spørsmål om alkoholvanene dine.');
      const topics = [...audit.querySelectorAll('[part="topic"]')].map((t) => t.textContent!.trim());
      expect(topics).to.deep.equal(['Alkohol', 'Psykisk helse']);
      expect(audit.querySelector('[part="badge"]')!.textContent).to.contain('Anonym innlogging');
      expect(card(catalog, 'gaa-tur').querySelector('[part="badge"]')!.textContent).to.contain('Åpen lenke');
      expect(card(catalog, 'roykfri').querySelector('[part="badge"]')!.textContent).to.contain('Innlogging med navn');
      expect(audit.querySelector('time')!.textContent).to.contain('3. desember 2026');
      expect(statusText(catalog)).to.equal('Fant 3 verktøy.');
    });

    for (const [lang, words] of [
      ['nb-NO', { direct: 'Åpen lenke', lti: 'Anonym innlogging', sso: 'Innlogging med navn' }],
      ['nn-NO', { direct: 'Open lenkje', lti: 'Anonym innlogging', sso: 'Innlogging med namn' }],
      ['en-GB', { direct: 'Open link', lti: 'Anonymous sign-in', sso: 'Sign-in with your name' }],
    ] as const) {
      it(`names launch modes in plain ${lang} words, with what the tool learns about you in the title and the details`, async () => {
        const { catalog } = await renderCatalog({ lang });
        await waitUntil(() => cards(catalog).length === 3, 'no cards');
        const badges = Object.fromEntries(
          cards(catalog).map((c) => {
            const badge = c.querySelector('[part="badge"]')!;
            return [badge.getAttribute('data-mode'), badge.textContent!.replace(/\s+/g, ' ').replace(/^.*: /, '').trim()];
          }),
        );
        expect(badges).to.deep.equal(words);
        for (const c of cards(catalog)) {
          const title = c.querySelector('[part="badge"]')!.getAttribute('title') ?? '';
          expect(title.length, 'the badge explains itself on hover').to.be.above(10);
          expect(c.querySelector('[part="launch-mode-hint"]')!.textContent).to.equal(title);
        }
        expect(root(catalog).textContent).not.to.match(/\bLTI\b|Direkte lenke/);
      });
    }

    it('asks the host for the first page with the default page size and no filters', async () => {
      const { catalog } = await renderCatalog();
      await untilCards(catalog, 3);
      const searches = host.toolSearches();
      expect(searches).to.have.length(1);
      expect(searches[0]!.url.origin).to.equal('http://api.test');
      expect([...searches[0]!.url.searchParams]).to.deep.equal([['limit', '20']]);
    });

    it('marks a withdrawn tool and offers no Start for it', async () => {
      const withdrawn = makeTool({ id: 'gammel', status: 'withdrawn', withdrawnReason: 'Erstattet av en ny versjon.' });
      const { catalog } = await renderCatalog({ token: 'good', tools: () => json(page([auditTool, withdrawn])) });
      await untilCards(catalog, 2);
      await untilStartButtons(catalog);
      const old = card(catalog, 'gammel');
      expect(old.querySelector('[part="withdrawn"]')!.textContent).to.contain('Trukket tilbake');
      expect(old.querySelector('[part="withdrawn-reason"]')!.textContent).to.contain('Erstattet av en ny versjon.');
      expect(has(old, '[part="start-button"]')).to.equal(false);
    });

    it('uses en-GB texts and dates when the provider says so', async () => {
      const { catalog } = await renderCatalog({ lang: 'en-GB' });
      await waitUntil(() => statusText(catalog) === 'Found 3 tools.', 'no English status');
      expect(card(catalog, 'audit-alkoholvaner').querySelector('time')!.textContent).to.contain('3 December 2026');
      expect(root(catalog).querySelector('label[for="topic"]')!.textContent).to.equal('Topic');
    });

    it('lets a partial resources object override single texts and keeps the rest', async () => {
      const { catalog } = await renderCatalog();
      catalog.resources = { loadMore: 'Last inn flere', topics: { alcohol: 'Rus og alkohol' } };
      await untilCards(catalog, 3);
      const topicOptions = [...root(catalog).querySelectorAll('#topic option')].map((o) => o.textContent);
      expect(topicOptions).to.include('Rus og alkohol');
      expect(topicOptions).to.include('Kosthold');
      expect(statusText(catalog)).to.equal('Fant 3 verktøy.');
    });

    it('re-renders when a decorated property changes (heading-level)', async () => {
      const { catalog } = await renderCatalog();
      await untilCards(catalog, 3);
      catalog.headingLevel = 2;
      await catalog.updateComplete;
      expect(card(catalog, 'gaa-tur').querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
    });
  });

  describe('searching and filtering', () => {
    it('sends one request with q after typing pauses, not one per keystroke', async () => {
      const { catalog } = await renderCatalog();
      await untilCards(catalog, 3);
      // Generous pause so a slow CI machine's keystrokes still fall inside one pause; each key is its own task.
      catalog.searchDelay = 800;
      root(catalog).querySelector<HTMLInputElement>('#search')!.focus();
      await sendKeys({ type: 'alk' });
      await waitUntil(() => host.toolSearches().length === 2, 'no search after typing');
      await aTimeout(catalog.searchDelay * 2);
      const searches = host.toolSearches();
      expect(searches).to.have.length(2);
      expect(searches[1]!.url.searchParams.get('q')).to.equal('alk');
      expect(catalog.q).to.equal('alk');
    });

    it('searches at once when the form is submitted with Enter', async () => {
      const { catalog } = await renderCatalog();
      await untilCards(catalog, 3);
      catalog.searchDelay = 60_000;
      root(catalog).querySelector<HTMLInputElement>('#search')!.focus();
      await sendKeys({ type: 'røyk' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => host.toolSearches().length === 2, 'Enter did not search');
      expect(host.toolSearches()[1]!.url.searchParams.get('q')).to.equal('røyk');
    });

    it('aborts an older search when a newer one starts, so stale results never win', async () => {
      const slow = deferred<Response>();
      let calls = 0;
      const { catalog } = await renderCatalog({
        tools: (request) => {
          calls += 1;
          if (calls === 2) return slow.promise;
          return json(page(request.url.searchParams.get('q') === 'gå' ? [walkTool] : [auditTool, walkTool, ssoTool]));
        },
      });
      await untilCards(catalog, 3);
      catalog.q = 'alko';
      await waitUntil(() => host.toolSearches().length === 2);
      catalog.q = 'gå';
      await untilCards(catalog, 1);
      slow.resolve(json(page([auditTool])));
      await nextFrame();
      expect(cards(catalog).map((c) => c.dataset.toolId)).to.deep.equal(['gaa-tur']);
    });

    it('sends the chosen topic and audience, combined', async () => {
      const { catalog } = await renderCatalog();
      await untilCards(catalog, 3);
      selectOption(catalog, 'topic', 'diet');
      await waitUntil(() => host.toolSearches().length === 2);
      expect(host.toolSearches()[1]!.url.searchParams.getAll('topic')).to.deep.equal(['diet']);
      selectOption(catalog, 'audience', 'personnel');
      await waitUntil(() => host.toolSearches().length === 3);
      const last = host.toolSearches()[2]!.url.searchParams;
      expect(last.getAll('topic')).to.deep.equal(['diet']);
      expect(last.getAll('audience')).to.deep.equal(['personnel']);
      expect(catalog.topic).to.equal('diet');
      expect(catalog.getAttribute('audience')).to.equal('personnel');
    });

    it('shows the empty state, and clearing it searches everything again', async () => {
      const { catalog } = await renderCatalog({
        tools: (request) => json(page(request.url.searchParams.get('q') ? [] : [auditTool])),
      });
      await untilCards(catalog, 1);
      catalog.q = 'finnesikke';
      await waitUntil(() => root(catalog).querySelector('[part="empty"]'), 'no empty state');
      expect(statusText(catalog)).to.equal('Fant 0 verktøy.');
      expect(cards(catalog)).to.have.length(0);
      await expect(catalog).to.be.accessible();

      root(catalog).querySelector<HTMLButtonElement>('[part="clear-button"]')!.click();
      await untilCards(catalog, 1);
      expect(host.toolSearches().at(-1)!.url.searchParams.has('q')).to.equal(false);
      expect(root(catalog).querySelector<HTMLInputElement>('#search')!.value).to.equal('');
    });

    it('shows an error with a retry that repeats the request', async () => {
      let calls = 0;
      const { catalog } = await renderCatalog({
        tools: () => (++calls === 1 ? problem(503, 'unavailable', 'Database busy') : json(page([auditTool]))),
      });
      await waitUntil(() => root(catalog).querySelector('[part="error"]'), 'no error state');
      const error = root(catalog).querySelector('[part="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('Vi fikk ikke hentet verktøyene.');
      await expect(catalog).to.be.accessible();

      root(catalog).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
      await untilCards(catalog, 1);
      expect(host.toolSearches()).to.have.length(2);
      expect(has(root(catalog), '[part="error"]')).to.equal(false);
    });

    it('loads the next page with nextCursor, appends it and moves focus to the first new card', async () => {
      const first = [makeTool({ id: 't1' }), makeTool({ id: 't2' })];
      const second = [makeTool({ id: 't3' })];
      const { catalog } = await renderCatalog({
        tools: (request) =>
          json(request.url.searchParams.get('cursor') === 'c2' ? page(second, null, 3) : page(first, 'c2', 3)),
      });
      await untilCards(catalog, 2);
      const more = root(catalog).querySelector<HTMLButtonElement>('[part="load-more-button"]')!;
      expect(more.textContent!.trim()).to.equal('Vis flere');
      more.click();
      await untilCards(catalog, 3);
      expect(host.toolSearches()[1]!.url.searchParams.get('cursor')).to.equal('c2');
      expect(cards(catalog).map((c) => c.dataset.toolId)).to.deep.equal(['t1', 't2', 't3']);
      expect(has(root(catalog), '[part="load-more-button"]')).to.equal(false);
      await waitUntil(() => root(catalog).activeElement?.closest('[data-tool-id]'));
      expect((root(catalog).activeElement!.closest('[data-tool-id]') as HTMLElement).dataset.toolId).to.equal('t3');
    });

    it('limits the search box to the 200 characters the host accepts', async () => {
      const { catalog } = await renderCatalog();
      await untilCards(catalog, 3);
      expect(root(catalog).querySelector('#search')!.getAttribute('maxlength')).to.equal('200');
    });

    it('says a refused search text (400 naming q) is too long, offering to clear it instead of a retry', async () => {
      const { catalog } = await renderCatalog({
        tools: (request) =>
          (request.url.searchParams.get('q') ?? '').length > 200
            ? problem(400, 'validation', 'Invalid query', [{ field: 'q', in: 'query', detail: 'must be at most 200 characters' }])
            : json(page([auditTool])),
      });
      await untilCards(catalog, 1);
      catalog.q = 'a'.repeat(201);
      await waitUntil(() => root(catalog).querySelector('[part="error"]'), 'no error state');
      const error = root(catalog).querySelector('[part="error"]')!;
      expect(error.textContent).to.contain('Søket er for langt. Bruk høyst 200 tegn.');
      expect(error.textContent).not.to.contain('Prøv igjen');
      expect(has(root(catalog), '[part="retry-button"]')).to.equal(false);
      const input = root(catalog).querySelector('#search')!;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.contain(error.id);
      await expect(catalog).to.be.accessible();

      error.querySelector<HTMLButtonElement>('[part="clear-button"]')!.click();
      await untilCards(catalog, 1);
      expect(host.toolSearches().at(-1)!.url.searchParams.has('q')).to.equal(false);
      expect(input.getAttribute('aria-invalid')).to.equal('false');
    });

    it('names no retry either when the host refuses another search field (400 naming topic)', async () => {
      const { catalog } = await renderCatalog({
        tools: () => problem(400, 'validation', 'Invalid query', [{ field: 'topic', in: 'query', detail: 'unknown topic' }]),
        lang: 'en-GB',
      });
      await waitUntil(() => root(catalog).querySelector('[part="error"]'), 'no error state');
      expect(root(catalog).querySelector('[part="error"]')!.textContent).to.contain('The search could not be used.');
      expect(has(root(catalog), '[part="retry-button"]')).to.equal(false);
    });

    it('makes the old results inert and dimmed while a newer search loads, so a quick click cannot start the wrong tool', async () => {
      const held = deferred<Response>();
      const { catalog } = await renderCatalog({
        token: 'good',
        tools: (request) => (request.url.searchParams.get('q') === 'gå' ? held.promise : json(page([auditTool, walkTool, ssoTool]))),
      });
      await untilCards(catalog, 3);
      await untilStartButtons(catalog);
      const launched: string[] = [];
      const record = (event: Event) => launched.push((event as CustomEvent).detail.toolId);
      document.addEventListener('hn-launch', record);
      try {
        catalog.searchDelay = 60_000;
        root(catalog).querySelector<HTMLInputElement>('#search')!.focus();
        await sendKeys({ type: 'gå' });
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => host.toolSearches().length === 2, 'Enter did not search');
        await catalog.updateComplete;
        // A real mouse click on the old list's Start.
        const stale = startButton(catalog, 'audit-alkoholvaner');
        stale.scrollIntoView({ block: 'center' });
        const box = stale.getBoundingClientRect();
        await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
        await aTimeout(50);
        expect(launched).to.deep.equal([]);
        expect(host.launches()).to.have.length(0);
        const list = root(catalog).querySelector<HTMLElement>('[part="list"]')!;
        expect(list.inert).to.equal(true);
        expect(list.getAttribute('aria-busy')).to.equal('true');
        expect(Number(getComputedStyle(list).opacity)).to.be.below(1);

        held.resolve(json(page([walkTool])));
        await untilCards(catalog, 1);
        const fresh = root(catalog).querySelector<HTMLElement>('[part="list"]')!;
        expect(fresh.inert).to.equal(false);
        expect(fresh.getAttribute('aria-busy')).to.equal('false');
      } finally {
        document.removeEventListener('hn-launch', record);
        await sendMouse({ type: 'move', position: [0, 0] });
      }
    });

    it('marks the results aria-busy while a search is in flight', async () => {
      const held = deferred<Response>();
      const { catalog } = await renderCatalog({ tools: () => held.promise });
      await waitUntil(() => host.toolSearches().length === 1);
      await catalog.updateComplete;
      expect(root(catalog).querySelector('[part="results"]')!.getAttribute('aria-busy')).to.equal('true');
      expect(statusText(catalog)).to.equal('Henter verktøy …');
      held.resolve(json(page([auditTool])));
      await untilCards(catalog, 1);
      expect(root(catalog).querySelector('[part="results"]')!.getAttribute('aria-busy')).to.equal('false');
    });
  });

  describe('selecting and starting tools', () => {
    it('fires hn-tool-select with the tool id when a title is activated', async () => {
      const { catalog } = await renderCatalog();
      await untilCards(catalog, 3);
      const selected: string[] = [];
      document.addEventListener('hn-tool-select', (event) => selected.push(event.detail.toolId), { once: true });
      card(catalog, 'gaa-tur').querySelector<HTMLButtonElement>('[part="card-title-button"]')!.click();
      expect(selected).to.deep.equal(['gaa-tur']);
    });

    it('opens the description, languages and keywords under the title, and closes them again, still firing hn-tool-select', async () => {
      const detailed = makeTool({
        id: 'detaljert',
        name: 'Detaljert verktøy',
        description: 'Et kurs over fire uker om søvn og stress.',
        languages: ['nb', 'en'],
        keywords: ['søvn', 'stress'],
      });
      const { catalog } = await renderCatalog({ tools: () => json(page([detailed])) });
      await untilCards(catalog, 1);
      const title = card(catalog, 'detaljert').querySelector<HTMLButtonElement>('[part="card-title-button"]')!;
      const details = root(catalog).getElementById(title.getAttribute('aria-controls')!)!;
      expect(details.getAttribute('part')).to.equal('details');
      expect(title.getAttribute('aria-expanded')).to.equal('false');
      expect(details.checkVisibility()).to.equal(false);

      const selected: unknown[] = [];
      const record = (event: Event) => selected.push((event as CustomEvent).detail);
      document.addEventListener('hn-tool-select', record);
      try {
        title.focus();
        await sendKeys({ press: 'Enter' });
        await catalog.updateComplete;
        expect(title.getAttribute('aria-expanded')).to.equal('true');
        expect(details.checkVisibility()).to.equal(true);
        expect(details.querySelector('[part="description"]')!.textContent).to.equal('Et kurs over fire uker om søvn og stress.');
        const facts = details.querySelector('[part="facts"]')!.textContent!.replace(/\s+/g, ' ');
        expect(facts).to.contain('Språk Bokmål og Engelsk');
        expect(facts).to.contain('Stikkord søvn og stress');
        expect(root(catalog).activeElement).to.equal(title);
        await expect(catalog).to.be.accessible();

        title.click();
        await catalog.updateComplete;
        expect(title.getAttribute('aria-expanded')).to.equal('false');
        expect(details.checkVisibility()).to.equal(false);
        expect(selected).to.deep.equal([
          { toolId: 'detaljert', expanded: true },
          { toolId: 'detaljert', expanded: false },
        ]);
      } finally {
        document.removeEventListener('hn-tool-select', record);
      }
    });

    it('shows a sign-in hint instead of Start when nobody is signed in', async () => {
      const { catalog } = await renderCatalog();
      await untilCards(catalog, 3);
      expect(has(root(catalog), '[part="start-button"]')).to.equal(false);
      const hint = card(catalog, 'audit-alkoholvaner').querySelector('[part="sign-in-hint"]')!;
      expect(hint.textContent).to.contain('Logg inn for å starte verktøyet.');
      expect(hint.querySelector('a')!.getAttribute('href')).to.equal('/dev/login?return_to=/');
    });

    it('offers citizens no Start on tools for personnel only, and editors no Start at all', async () => {
      const personnelTool = makeTool({ id: 'samtale', name: 'Samtaleverktøy', audiences: ['personnel'] });
      const tools = () => json(page([auditTool, personnelTool]));
      const asCitizen = await renderCatalog({ token: 'good', tools });
      await untilStartButtons(asCitizen.catalog);
      expect(startButton(asCitizen.catalog, 'audit-alkoholvaner')).to.exist;
      expect(has(card(asCitizen.catalog, 'samtale'), '[part="start-button"]')).to.equal(false);
      expect(card(asCitizen.catalog, 'samtale').querySelector('[part="personnel-only"]')!.textContent).to.contain(
        'Bare for helsepersonell.',
      );
      host.restore();

      const asEditor = await renderCatalog({ token: 'good', tools, me: { ...citizen, role: 'editor' } });
      await untilCards(asEditor.catalog, 2);
      const received = () => (asEditor.catalog as unknown as { context?: HnContextValue }).context?.user?.role;
      await waitUntil(() => received() === 'editor', 'the editor never reached the catalog');
      await asEditor.catalog.updateComplete;
      expect(has(root(asEditor.catalog), '[part="start-button"]')).to.equal(false);
      expect(has(root(asEditor.catalog), '[part="sign-in-hint"]')).to.equal(false);
    });

    it('gives every Start button an accessible name that includes the tool name', async () => {
      const { catalog } = await renderCatalog({ token: 'good' });
      await untilCards(catalog, 3);
      await untilStartButtons(catalog);
      const names = [...root(catalog).querySelectorAll('[part="start-button"]')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
      expect(names).to.deep.equal(['Start AUDIT – test dine alkoholvaner', 'Start Gå deg glad']);
    });

    it('posts {toolId, locale} with the bearer token and navigates this tab to the ticket URL', async () => {
      const { catalog } = await renderCatalog({ token: 'good', lang: 'nn-NO' });
      await untilStartButtons(catalog);
      const launched: Array<{ toolId: string; mode: string }> = [];
      catalog.addEventListener('hn-launch', (event) => launched.push(event.detail));
      startButton(catalog, 'audit-alkoholvaner').click();
      await waitUntil(() => recorder.navigated.length === 1, 'no navigation');
      expect(launched).to.deep.equal([{ toolId: 'audit-alkoholvaner', mode: 'lti' }]);
      const [post] = host.launches();
      expect(post!.body).to.deep.equal({ toolId: 'audit-alkoholvaner', locale: 'nn-NO' });
      expect(post!.headers.get('authorization')).to.equal('Bearer good');
      expect(recorder.navigated).to.deep.equal([launchUrl]);
      expect(recorder.windows).to.have.length(0);
    });

    it('sends nothing and stays on the page when an hn-launch listener calls preventDefault', async () => {
      const { catalog } = await renderCatalog({ token: 'good' });
      await untilStartButtons(catalog);
      document.addEventListener('hn-launch', (event) => event.preventDefault(), { once: true });
      startButton(catalog, 'audit-alkoholvaner').click();
      await aTimeout(50);
      expect(host.launches()).to.have.length(0);
      expect(recorder.navigated).to.have.length(0);
    });

    it('opens the new window inside the click, before the launch answer, then sends it to the ticket URL', async () => {
      const answer = deferred<Response>();
      const { catalog } = await renderCatalog({ token: 'good', launch: () => answer.promise });
      await untilStartButtons(catalog);
      startButton(catalog, 'gaa-tur').click();
      expect(recorder.windows).to.have.length(1);
      expect(recorder.windows[0]!.openedBeforeLaunchAnswer).to.equal(true);
      await waitUntil(() => host.launches().length === 1);
      recorder.markLaunchAnswered();
      answer.resolve(json({ url: launchUrl, expiresAt: '2026-12-03T10:01:00Z' }, 201));
      await waitUntil(() => recorder.windows[0]!.urls.length === 1, 'window never navigated');
      expect(recorder.windows[0]!.urls).to.deep.equal([launchUrl]);
      expect(recorder.navigated).to.have.length(0);
    });

    it('falls back to this tab when the popup blocker refuses the new window', async () => {
      const { catalog } = await renderCatalog({ token: 'good' });
      await untilStartButtons(catalog);
      catalog.launcher = { ...recorder.launcher, openWindow: () => null };
      startButton(catalog, 'gaa-tur').click();
      await waitUntil(() => recorder.navigated.length === 1, 'no fallback navigation');
      expect(recorder.navigated).to.deep.equal([launchUrl]);
    });

    it('closes the pre-opened window and shows the error on the card when the launch fails', async () => {
      const { catalog } = await renderCatalog({ token: 'good', launch: () => problem(500, 'internal', 'Oops') });
      await untilStartButtons(catalog);
      startButton(catalog, 'gaa-tur').click();
      await waitUntil(() => card(catalog, 'gaa-tur').querySelector('[part="launch-error"]'), 'no launch error');
      expect(recorder.windows[0]!.closed).to.equal(true);
      const alert = card(catalog, 'gaa-tur').querySelector('[part="launch-error"]')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(alert.textContent).to.contain('Verktøyet kunne ikke startes.');
    });

    it('explains a refused launch (403) on the card in the user\'s language', async () => {
      const { catalog } = await renderCatalog({
        token: 'good',
        lang: 'en-GB',
        launch: () => problem(403, 'forbidden', 'This tool is meant for health personnel only.'),
      });
      await untilStartButtons(catalog);
      startButton(catalog, 'audit-alkoholvaner').click();
      await waitUntil(() => card(catalog, 'audit-alkoholvaner').querySelector('[part="launch-error"]'));
      expect(card(catalog, 'audit-alkoholvaner').querySelector('[part="launch-error"]')!.textContent!.trim()).to.equal(
        'You do not have access to start this tool.',
      );
    });

    it('shows SSO tools\' "cannot be started from here yet" up front, instead of a Start button that can only fail', async () => {
      const { catalog } = await renderCatalog({ token: 'good' });
      await waitUntil(() => card(catalog, 'roykfri')?.querySelector('[part="save-button"]'), 'no save button');
      const sso = card(catalog, 'roykfri');
      expect(has(sso, '[part="start-button"]')).to.equal(false);
      expect(sso.querySelector('[part="launch-unavailable"]')!.textContent).to.contain('Dette verktøyet kan ikke startes herfra ennå.');
      expect(has(sso, '[part="save-button"]'), 'saving still works').to.equal(true);
      await expect(catalog).to.be.accessible();
    });

    it('explains on the card when the host answers 501 for a tool of another launch mode', async () => {
      const { catalog } = await renderCatalog({
        token: 'good',
        launch: () => problem(501, 'not-implemented', 'This launch mode is not configured'),
      });
      await untilStartButtons(catalog);
      startButton(catalog, 'audit-alkoholvaner').click();
      await waitUntil(() => card(catalog, 'audit-alkoholvaner').querySelector('[part="launch-error"]'));
      expect(card(catalog, 'audit-alkoholvaner').querySelector('[part="launch-error"]')!.textContent).to.contain(
        'Dette verktøyet kan ikke startes herfra ennå.',
      );
      expect(recorder.navigated).to.have.length(0);
      await expect(catalog).to.be.accessible();
    });
  });

  describe('adding to my tools', () => {
    const saveButton = (catalog: HnToolCatalog, toolId: string) =>
      (card(catalog, toolId) as HTMLElement | null)?.querySelector<HTMLButtonElement>('[part="save-button"]') ?? null;

    it('shows citizens which tools they saved, from one GET /api/me/tools', async () => {
      const { catalog } = await renderCatalog({
        token: 'good',
        myTools: () => json({ received: [], saved: [{ tool: walkTool, savedAt: '2026-12-01T12:00:00.000Z' }] }),
      });
      await waitUntil(() => saveButton(catalog, 'gaa-tur'), 'no save buttons');
      expect(saveButton(catalog, 'gaa-tur')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Lagt til i mine verktøy Gå deg glad');
      expect(saveButton(catalog, 'gaa-tur')!.getAttribute('aria-disabled')).to.equal('true');
      expect(saveButton(catalog, 'audit-alkoholvaner')!.textContent).to.contain('Legg til i mine verktøy');
      expect(host.requests.filter((r) => r.url.pathname === '/api/me/tools')).to.have.length(1);
    });

    it('saves with PUT, fires hn-tool-saved, says "Lagt til" and keeps focus on the button', async () => {
      const { catalog } = await renderCatalog({ token: 'good' });
      await waitUntil(() => saveButton(catalog, 'audit-alkoholvaner'), 'no save button');
      const savedEvents: unknown[] = [];
      document.addEventListener('hn-tool-saved', (event) => savedEvents.push(event.detail), { once: true });
      saveButton(catalog, 'audit-alkoholvaner')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => savedEvents.length === 1, 'no hn-tool-saved');
      const put = host.requests.find((r) => r.method === 'PUT')!;
      expect(put.url.pathname).to.equal('/api/me/tools/audit-alkoholvaner');
      expect(savedEvents).to.deep.equal([{ toolId: 'audit-alkoholvaner' }]);
      await catalog.updateComplete;
      expect(saveButton(catalog, 'audit-alkoholvaner')!.dataset.saved).to.equal('true');
      expect(root(catalog).activeElement?.getAttribute('part')).to.equal('save-button');
      saveButton(catalog, 'audit-alkoholvaner')!.click();
      expect(host.requests.filter((r) => r.method === 'PUT')).to.have.length(1);
      await expect(catalog).to.be.accessible();
    });

    it('reload() searches again and asks again which tools are saved', async () => {
      let savedTools: unknown[] = [];
      const { catalog } = await renderCatalog({ token: 'good', myTools: () => json({ received: [], saved: savedTools }) });
      await waitUntil(() => saveButton(catalog, 'gaa-tur'), 'no save buttons');
      expect(saveButton(catalog, 'gaa-tur')!.dataset.saved).to.equal('false');
      savedTools = [{ tool: walkTool, savedAt: '2026-12-01T12:00:00.000Z' }];
      await catalog.reload();
      await catalog.updateComplete;
      expect(saveButton(catalog, 'gaa-tur')!.dataset.saved).to.equal('true');
      expect(host.toolSearches()).to.have.length(2);
    });

    it('offers no saving when signed out, to personnel, or on tools for personnel only', async () => {
      const personnelTool = makeTool({ id: 'samtale', audiences: ['personnel'] });
      const tools = () => json(page([auditTool, personnelTool]));
      const signedOut = await renderCatalog({ tools });
      await untilCards(signedOut.catalog, 2);
      expect(has(root(signedOut.catalog), '[part="save-button"]')).to.equal(false);
      host.restore();

      const asCitizen = await renderCatalog({ token: 'good', tools });
      await waitUntil(() => saveButton(asCitizen.catalog, 'audit-alkoholvaner'), 'no save button for citizens');
      expect(saveButton(asCitizen.catalog, 'samtale')).to.equal(null);
      host.restore();

      const asPersonnel = await renderCatalog({ token: 'good', tools, me: { ...citizen, role: 'personnel' } });
      await untilStartButtons(asPersonnel.catalog);
      expect(has(root(asPersonnel.catalog), '[part="save-button"]')).to.equal(false);
      expect(host.requests.some((r) => r.url.pathname === '/api/me/tools')).to.equal(false);
    });
  });

  describe('keyboard and accessibility', () => {
    it('reaches search, filters, title and Start with Tab, and starts a tool with Enter', async () => {
      const { catalog } = await renderCatalog({ token: 'good', tools: () => json(page([auditTool])) });
      await untilCards(catalog, 1);
      await untilStartButtons(catalog);
      document.querySelector<HTMLButtonElement>('#before')!.focus();
      const focusPath: string[] = [];
      for (let i = 0; i < 6; i += 1) {
        await sendKeys({ press: 'Tab' });
        const active = root(catalog).activeElement as HTMLElement | null;
        focusPath.push(active?.id || active?.getAttribute('part') || 'outside');
      }
      expect(focusPath).to.deep.equal(['search', 'search-button', 'topic', 'audience', 'card-title-button', 'start-button']);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => recorder.navigated.length === 1, 'Enter on Start did not launch');
      expect(host.launches()[0]!.body).to.deep.equal({ toolId: 'audit-alkoholvaner', locale: 'nb-NO' });
    });

    it('shows a visible focus outline on the search field', async () => {
      const { catalog } = await renderCatalog();
      await untilCards(catalog, 3);
      document.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      const input = root(catalog).querySelector('#search')!;
      const style = getComputedStyle(input);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });

    it('has no axe violations with tools loaded, signed out and signed in', async () => {
      const signedOut = await renderCatalog();
      await untilCards(signedOut.catalog, 3);
      await expect(signedOut.catalog).to.be.accessible();
      host.restore();
      const signedIn = await renderCatalog({ token: 'good' });
      await untilStartButtons(signedIn.catalog);
      await expect(signedIn.catalog).to.be.accessible();
    });

    it('never puts an 11-digit number (a pid) in attributes or event details', async () => {
      const events: unknown[] = [];
      const record = (event: Event) => events.push((event as CustomEvent).detail);
      for (const name of ['hn-launch', 'hn-tool-select', 'hn-user-change'] as const) document.addEventListener(name, record);
      try {
        // A host that wrongly sends a pid in /api/me must still not leak it onward.
        const { provider, catalog } = await renderCatalog({ token: 'good', me: { ...citizen, pid: '13097248022' } });
        await untilStartButtons(catalog);
        card(catalog, 'audit-alkoholvaner').querySelector<HTMLButtonElement>('[part="card-title-button"]')!.click();
        startButton(catalog, 'audit-alkoholvaner').click();
        await waitUntil(() => recorder.navigated.length === 1);
        const elements = [provider, ...provider.querySelectorAll('*'), ...root(catalog).querySelectorAll('*')];
        const attributes = elements.flatMap((el) => [...el.attributes].map((a) => a.value));
        expect(events).to.have.length.of.at.least(3);
        expect(JSON.stringify(events)).not.to.match(/\d{11}/);
        expect(attributes.join(' ')).not.to.match(/\d{11}/);
        expect(recorder.navigated.join(' ')).not.to.match(/\d{11}/);
      } finally {
        for (const name of ['hn-launch', 'hn-tool-select', 'hn-user-change'] as const) document.removeEventListener(name, record);
      }
    });
  });
});
