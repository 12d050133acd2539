import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { HnAssignTool } from '../src/assign-tool/assign-tool.ts';
import '../src/assign-tool/define.ts';
import '../src/provider/define.ts';
import type { HnProvider } from '../src/provider/provider.ts';
import {
  auditTool,
  citizen,
  deferred,
  installFakeHost,
  json,
  makeAssignment,
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

const validPid = '13097248022';
const syntheticPid = '10915596784';
const hNumber = '13527248013';

interface Setup {
  me?: unknown;
  tools?: (request: RecordedRequest) => Response | Promise<Response>;
  assign?: (request: RecordedRequest) => Response | Promise<Response>;
  lang?: string;
  /** Wait until the tool list has loaded (default: when the user is personnel). */
  waitForTools?: boolean;
}

describe('<hn-assign-tool>', () => {
  let host: FakeHost;

  afterEach(() => host.restore());

  async function renderForm(setup: Setup = {}) {
    host = installFakeHost((request) => {
      const path = request.url.pathname;
      if (path === '/api/me') return json(setup.me ?? personnel);
      if (path === '/api/tools') return setup.tools ? setup.tools(request) : json(page([auditTool, walkTool]));
      if (path === '/api/assignments' && request.method === 'POST') {
        if (setup.assign) return setup.assign(request);
        const body = request.body as { toolId: string };
        return json(makeAssignment({ id: 'a-new', tool: { ...makeAssignment({ id: 'x' }).tool, id: body.toolId } }), 201);
      }
      return notFound();
    });
    const provider = await fixture<HnProvider>(html`
      <div>
        <button id="before">Før skjemaet</button>
        <hn-provider api-base="http://api.test" token="good" lang=${setup.lang ?? 'nb-NO'}>
          <hn-assign-tool search-delay="20" counter-delay="20"></hn-assign-tool>
        </hn-provider>
      </div>
    `).then((wrapper) => wrapper.querySelector('hn-provider')!);
    const form = provider.querySelector('hn-assign-tool')!;
    if (setup.waitForTools ?? (!setup.me || (setup.me as { role: string }).role === 'personnel')) {
      await waitUntil(() => options(form).length > 1, 'the tool list never loaded');
    }
    return { provider, form };
  }

  const root = (form: HnAssignTool) => form.shadowRoot!;
  const $ = <T extends Element = HTMLElement>(form: HnAssignTool, selector: string) => root(form).querySelector<T>(selector)!;
  const has = (form: HnAssignTool, selector: string) => root(form).querySelector(selector) !== null;
  const options = (form: HnAssignTool) => [...root(form).querySelectorAll<HTMLOptionElement>('#tool option')];
  const pidInput = (form: HnAssignTool) => $<HTMLInputElement>(form, '#pid');
  const pidError = (form: HnAssignTool) => root(form).querySelector('#pid-error')?.textContent?.trim() ?? '';
  const assignments = () => host.requests.filter((r) => r.method === 'POST' && r.url.pathname === '/api/assignments');

  async function typeInto(form: HnAssignTool, selector: string, text: string) {
    $(form, selector).focus();
    await sendKeys({ type: text });
    await form.updateComplete;
  }

  function chooseTool(form: HnAssignTool, toolId: string) {
    const select = $<HTMLSelectElement>(form, '#tool');
    select.value = toolId;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }

  async function blurPid(form: HnAssignTool) {
    $(form, '#tool-search').focus();
    await form.updateComplete;
  }

  function submit(form: HnAssignTool) {
    $<HTMLButtonElement>(form, '[part="submit-button"]').click();
  }

  describe('identity number', () => {
    it('shows no error while the first digits are typed, and says 11 digits are needed after blur', async () => {
      const { form } = await renderForm();
      await typeInto(form, '#pid', '13097');
      expect(pidError(form)).to.equal('');
      expect(pidInput(form).getAttribute('aria-invalid')).to.equal('false');
      await blurPid(form);
      expect(pidError(form)).to.equal('Fødselsnummeret må ha 11 sifre.');
      expect(pidInput(form).getAttribute('aria-invalid')).to.equal('true');
      expect(pidInput(form).getAttribute('aria-describedby')!.split(' ')).to.include('pid-error');
      await expect(form).to.be.accessible();
    });

    it('flags a wrong check digit as soon as 11 digits are typed, and clears the error when corrected', async () => {
      const { form } = await renderForm();
      await typeInto(form, '#pid', '13097248032');
      expect(pidError(form)).to.equal('Dette er ikke et gyldig fødselsnummer eller D-nummer. Sjekk sifrene.');
      expect(root(form).querySelector('#pid-error')!.closest('[aria-live="polite"]'), 'announced without moving focus').to.not.equal(null);
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: '22' });
      await form.updateComplete;
      expect(pidError(form)).to.equal('');
      expect(pidInput(form).getAttribute('aria-invalid')).to.equal('false');
    });

    it('accepts the valid vectors and synthetic test numbers, rejects the invalid ones and explains H-numbers', async () => {
      const { form } = await renderForm();
      const check = async (pid: string) => {
        pidInput(form).value = '';
        await typeInto(form, '#pid', pid);
        await blurPid(form);
        return pidError(form);
      };
      for (const pid of ['13097248022', '29029648784', '15021951940', '53097248016', '02013299997', syntheticPid]) {
        expect(await check(pid), pid).to.equal('');
      }
      for (const pid of ['13097248023', '02013299996', '32097248022', '1309724802a']) {
        expect(await check(pid), pid).to.contain('ikke et gyldig');
      }
      expect(await check(hNumber)).to.equal('Dette ser ut som et H-nummer. Bruk fødselsnummer eller D-nummer.');
    });

    it('strips spaces while typing', async () => {
      const { form } = await renderForm();
      await typeInto(form, '#pid', '130972 48022');
      expect(pidInput(form).value).to.equal(validPid);
      expect(pidError(form)).to.equal('');
    });

    it('never writes the number into an attribute', async () => {
      const { form } = await renderForm();
      await typeInto(form, '#pid', validPid);
      expect(pidInput(form).hasAttribute('value')).to.equal(false);
      expect(root(form).innerHTML).not.to.match(/\d{11}/);
    });
  });

  describe('tool picker', () => {
    it('lists only tools that can be sent to citizens and started (not SSO yet), searching with audience=citizen', async () => {
      const withdrawn = makeTool({ id: 'gammel', status: 'withdrawn' });
      const { form } = await renderForm({ tools: () => json(page([auditTool, walkTool, withdrawn, ssoTool])) });
      const [search] = host.toolSearches();
      expect(search!.url.searchParams.getAll('audience')).to.deep.equal(['citizen']);
      expect(options(form).map((o) => o.value)).to.deep.equal(['', 'audit-alkoholvaner', 'gaa-tur']);
      expect($(form, '#tool-count').textContent!.trim()).to.equal('Fant 2 verktøy.');
    });

    it('has no axe violations with tools loaded, and with none found', async () => {
      const { form } = await renderForm({
        tools: (request) => json(page(request.url.searchParams.get('q') ? [] : [auditTool, walkTool])),
      });
      await expect(form).to.be.accessible();
      await typeInto(form, '#tool-search', 'finnesikke');
      await waitUntil(() => $(form, '#tool-count').textContent!.trim() === 'Fant 0 verktøy.', 'no empty result');
      expect(options(form).map((o) => o.value)).to.deep.equal(['']);
      await expect(form).to.be.accessible();
    });

    it('searches as the user types and keeps the chosen tool selectable', async () => {
      const { form } = await renderForm({
        tools: (request) => json(page(request.url.searchParams.get('q') === 'gå' ? [walkTool] : [auditTool, walkTool])),
      });
      chooseTool(form, 'audit-alkoholvaner');
      await typeInto(form, '#tool-search', 'gå');
      // A loaded machine may let the 20 ms pause pass between the two keys, so only the last search is certain.
      await waitUntil(() => host.toolSearches().at(-1)?.url.searchParams.get('q') === 'gå', 'no search for "gå" after typing');
      await waitUntil(() => $(form, '#tool-count').textContent!.includes('Fant 1'));
      expect(options(form).map((o) => o.value)).to.deep.equal(['', 'audit-alkoholvaner', 'gaa-tur']);
      expect($<HTMLSelectElement>(form, '#tool').value).to.equal('audit-alkoholvaner');
    });

    it('searches at once on Enter in the search box without submitting the form', async () => {
      const { form } = await renderForm();
      form.searchDelay = 60_000;
      await typeInto(form, '#tool-search', 'alk');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => host.toolSearches().length === 2, 'Enter did not search');
      expect(assignments()).to.have.length(0);
      expect(pidError(form)).to.equal('');
    });

    it('disables the previous search\'s tools while a newer search loads, so a quick arrow key cannot pick one', async () => {
      const held = deferred<Response>();
      const { form } = await renderForm({
        tools: (request) => (request.url.searchParams.get('q') === 'gå' ? held.promise : json(page([auditTool, walkTool]))),
      });
      form.searchDelay = 60_000;
      await typeInto(form, '#tool-search', 'gå');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => host.toolSearches().length === 2, 'Enter did not search');
      await form.updateComplete;
      const select = $<HTMLSelectElement>(form, '#tool');
      select.focus();
      await sendKeys({ press: 'ArrowDown' });
      await form.updateComplete;
      expect(select.value).to.equal('');
      expect(select.getAttribute('aria-busy')).to.equal('true');
      expect(options(form).map((o) => o.disabled)).to.deep.equal([false, true, true]);

      held.resolve(json(page([walkTool])));
      await waitUntil(() => $(form, '#tool-count').textContent!.includes('Fant 1'));
      expect(select.getAttribute('aria-busy')).to.equal('false');
      expect(options(form).map((o) => o.disabled)).to.deep.equal([false, false]);
      await sendKeys({ press: 'ArrowDown' });
      expect(select.value).to.equal('gaa-tur');
    });

    it('shows an error with a retry when the tools cannot be loaded', async () => {
      let calls = 0;
      const { form } = await renderForm({
        tools: () => (++calls === 1 ? problem(503, 'unavailable', 'busy') : json(page([auditTool]))),
        waitForTools: false,
      });
      await waitUntil(() => has(form, '[part="retry-button"]'), 'no retry button');
      expect($(form, '#tool-count').textContent).to.contain('Vi fikk ikke hentet verktøyene.');
      await expect(form).to.be.accessible();
      $<HTMLButtonElement>(form, '[part="retry-button"]').click();
      await waitUntil(() => options(form).length === 2, 'retry did not load the tools');
      expect(has(form, '[part="retry-button"]')).to.equal(false);
    });
  });

  describe('message and due date', () => {
    it('counts characters and announces what is left after a pause; past 1000 it says how many too many and will not send', async () => {
      const { form } = await renderForm();
      const textarea = $<HTMLTextAreaElement>(form, '#message');
      await typeInto(form, '#message', 'Hei');
      // nb-NO groups thousands with a no-break space.
      expect($(form, '[part="message-counter"]').textContent!.trim()).to.equal('3 av 1\u00a0000 tegn');
      const live = () => root(form).querySelector('#message-remaining')!.textContent!.trim();
      await waitUntil(() => live() === '997 tegn igjen', 'remaining characters never announced');
      expect(textarea.getAttribute('aria-describedby')).to.equal('message-counter');

      // A pasted text is kept whole, so nothing is lost without the sender seeing it.
      textarea.value = 'x'.repeat(999);
      textarea.dispatchEvent(new Event('input'));
      textarea.focus();
      textarea.setSelectionRange(999, 999);
      await sendKeys({ type: 'yz' });
      await form.updateComplete;
      expect(textarea.value).to.have.length(1001);
      expect($(form, '[part="message-counter"]').textContent!.trim()).to.equal('1\u00a0001 av 1\u00a0000 tegn');
      expect($(form, '#message-error').textContent).to.contain('Meldingen kan ha høyst 1\u00a0000 tegn.');
      expect(textarea.getAttribute('aria-invalid')).to.equal('true');
      await waitUntil(() => live() === '1 tegn for mye', 'the excess was never announced');

      await typeInto(form, '#pid', validPid);
      chooseTool(form, 'audit-alkoholvaner');
      submit(form);
      await waitUntil(() => root(form).activeElement === textarea, 'the message was not focused as the first field at fault');
      expect(assignments()).to.have.length(0);
    });

    it('offers a native date input that starts today and rejects a past date', async () => {
      const { form } = await renderForm();
      const due = $<HTMLInputElement>(form, '#due-date');
      const osloToday = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });
      expect(due.type).to.equal('date');
      expect(due.min).to.equal(osloToday);
      due.value = '2020-01-01';
      due.dispatchEvent(new Event('input'));
      await form.updateComplete;
      expect($(form, '#due-date-error').textContent).to.contain('Fristen kan ikke være før i dag.');
      expect(due.getAttribute('aria-invalid')).to.equal('true');
    });
  });

  describe('sending', () => {
    async function fillValid(form: HnAssignTool) {
      await typeInto(form, '#pid', validPid);
      chooseTool(form, 'audit-alkoholvaner');
      await typeInto(form, '#message', '  Ta testen før timen.  ');
      const due = $<HTMLInputElement>(form, '#due-date');
      due.value = '2099-12-24';
      due.dispatchEvent(new Event('input'));
      await form.updateComplete;
    }

    it('posts pid, toolId, trimmed message and dueDate, then clears the form and reports success', async () => {
      const { form } = await renderForm();
      const assigned: unknown[] = [];
      document.addEventListener('hn-assigned', (event) => assigned.push(event.detail), { once: true });
      await fillValid(form);
      submit(form);
      await waitUntil(() => assigned.length === 1, 'no hn-assigned');
      const [post] = assignments();
      expect(post!.body).to.deep.equal({
        pid: validPid,
        toolId: 'audit-alkoholvaner',
        message: 'Ta testen før timen.',
        dueDate: '2099-12-24',
      });
      expect(post!.headers.get('authorization')).to.equal('Bearer good');
      expect(assigned).to.deep.equal([{ assignmentId: 'a-new', toolId: 'audit-alkoholvaner' }]);
      await form.updateComplete;
      expect($(form, '[part="status"]').textContent!.trim()).to.equal('AUDIT – test dine alkoholvaner er sendt til Kari Nordmann.');
      expect(pidInput(form).value).to.equal('');
      expect($<HTMLSelectElement>(form, '#tool').value).to.equal('');
      expect($<HTMLTextAreaElement>(form, '#message').value).to.equal('');
      expect($<HTMLInputElement>(form, '#due-date').value).to.equal('');
      expect(pidError(form)).to.equal('');
      await expect(form).to.be.accessible();
    });

    it('leaves no 11-digit run in the event, the attributes or the DOM after success', async () => {
      const { provider, form } = await renderForm({
        assign: () => json(makeAssignment({ id: 'a-2', citizen: { name: null, pidMasked: '130972*****' } }), 201),
      });
      const details: unknown[] = [];
      document.addEventListener('hn-assigned', (event) => details.push(event.detail), { once: true });
      await fillValid(form);
      submit(form);
      await waitUntil(() => details.length === 1);
      await form.updateComplete;
      expect($(form, '[part="status"]').textContent).to.contain('sendt til 130972*****');
      const elements = [provider, form, ...root(form).querySelectorAll('*')];
      const attributes = elements.flatMap((el) => [...el.attributes].map((a) => `${a.name}=${a.value}`));
      expect(JSON.stringify(details)).not.to.match(/\d{11}/);
      expect(attributes.join(' ')).not.to.match(/\d{11}/);
      expect(provider.outerHTML + root(form).innerHTML).not.to.match(/\d{11}/);
      expect(pidInput(form).value).to.equal('');
    });

    it('does not send an empty form: it shows the errors and moves focus to the first field at fault', async () => {
      const { form } = await renderForm();
      submit(form);
      await form.updateComplete;
      await waitUntil(() => root(form).activeElement?.id === 'pid', 'focus did not move to the pid');
      expect(pidError(form)).to.equal('Skriv inn fødselsnummer eller D-nummer.');
      expect($(form, '#tool-error').textContent).to.contain('Velg et verktøy.');
      expect(assignments()).to.have.length(0);
      await expect(form).to.be.accessible();
    });

    it('explains a duplicate with the open assignment\'s status and date, and keeps the form', async () => {
      const existing = makeAssignment({ id: 'a-old', status: 'opened', createdAt: '2026-11-24T09:00:00.000Z' });
      const { form } = await renderForm({
        assign: () => problem(409, 'duplicate-assignment', 'Already sent', undefined, { assignment: existing }),
      });
      await fillValid(form);
      submit(form);
      await waitUntil(() => $(form, '[part="error"]').textContent!.trim() !== '', 'no duplicate message');
      expect($(form, '[part="error"]').textContent).to.contain('status: Åpnet, sendt 24. november 2026');
      expect(pidInput(form).value).to.equal(validPid);
      await expect(form).to.be.accessible();
      chooseTool(form, 'gaa-tur');
      await form.updateComplete;
      expect(root(form).querySelector('[part="error"]')?.textContent?.trim() ?? '', 'the message went with the tool it was about').to.equal('');
    });

    it('maps the host\'s field errors to the fields and focuses the first', async () => {
      const { form } = await renderForm({
        assign: () =>
          problem(400, 'validation', 'Invalid', [
            { field: 'dueDate', in: 'body', detail: 'must not be in the past' },
            { field: 'pid', in: 'body', detail: 'synthetic numbers are not accepted' },
          ]),
      });
      await fillValid(form);
      submit(form);
      await waitUntil(() => pidError(form) !== '', 'no pid error from the host');
      expect(pidError(form)).to.equal('Fødselsnummeret ble ikke godtatt. Sjekk sifrene.');
      expect($(form, '#due-date-error').textContent).to.contain('Fristen kan ikke være før i dag.');
      await waitUntil(() => root(form).activeElement?.id === 'pid');
      await typeInto(form, '#pid', '');
      pidInput(form).dispatchEvent(new Event('input'));
      await form.updateComplete;
      expect(pidError(form)).to.equal('');
    });

    it('says the characters are the problem when the host refuses a message of allowed length', async () => {
      const { form } = await renderForm({
        assign: () => problem(400, 'validation', 'Invalid', [{ field: 'message', in: 'body', detail: 'must not contain control characters' }]),
      });
      await fillValid(form);
      submit(form);
      await waitUntil(() => ($(form, '#message-error')?.textContent ?? '').trim() !== '', 'no message error from the host');
      expect($(form, '#message-error').textContent).to.contain('tegn som ikke kan sendes');
      await waitUntil(() => root(form).activeElement?.id === 'message');
    });

    it('says so when the host refuses the sender (403)', async () => {
      const { form } = await renderForm({ assign: () => problem(403, 'forbidden', 'Editors cannot send tools') });
      await fillValid(form);
      submit(form);
      await waitUntil(() => $(form, '[part="error"]').textContent!.includes('Du har ikke tilgang til å sende verktøy.'));
    });
  });

  describe('keyboard, roles and locales', () => {
    it('fills and sends the whole form with the keyboard alone', async () => {
      const { form } = await renderForm();
      document.querySelector<HTMLButtonElement>('#before')!.focus();
      const focusPath: string[] = [];
      const focused = () => {
        const active = root(form).activeElement as HTMLElement | null;
        return active?.id || active?.getAttribute('part') || 'outside';
      };
      const tab = async () => {
        await sendKeys({ press: 'Tab' });
        focusPath.push(focused());
      };
      await tab();
      await sendKeys({ type: validPid });
      await tab();
      await tab();
      await sendKeys({ press: 'ArrowDown' });
      await tab();
      await sendKeys({ type: 'Hei' });
      await tab();
      // The date input's day, month and year segments are one stop each.
      while (focused() === 'due-date') await sendKeys({ press: 'Tab' });
      focusPath.push(focused());
      expect(focusPath).to.deep.equal(['pid', 'tool-search', 'tool', 'message', 'due-date', 'submit-button']);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => assignments().length === 1, 'Enter on submit did not send');
      expect(assignments()[0]!.body).to.deep.equal({ pid: validPid, toolId: 'audit-alkoholvaner', message: 'Hei' });
    });

    it('shows a hint instead of the form to citizens', async () => {
      const { form } = await renderForm({ me: citizen });
      await waitUntil(() => has(form, '[part="hint"]'), 'no hint');
      expect($(form, '[part="hint"]').textContent).to.contain('Bare helsepersonell kan sende verktøy.');
      expect(has(form, 'form')).to.equal(false);
    });

    it('uses en-GB texts when the provider says so', async () => {
      const { form } = await renderForm({ lang: 'en-GB' });
      expect($(form, 'label[for="pid"]').textContent).to.equal('National identity number or D number');
      expect($(form, '[part="submit-button"]').textContent!.trim()).to.equal('Send tool');
    });
  });
});
