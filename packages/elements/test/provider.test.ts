import { consume } from '@lit/context';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import { hnContext, type HnContextValue } from '../src/context.ts';
import '../src/define.ts';
import { HnProvider } from '../src/provider/provider.ts';
import type { HnToolCatalog } from '../src/tool-catalog/tool-catalog.ts';
import { auditTool, citizen, deferred, installFakeHost, json, notFound, page, problem, type FakeHost } from './fake-host.ts';

/** Records what the nearest provider gives, as any hn- element would receive it. */
class ContextProbe extends LitElement {
  @consume({ context: hnContext, subscribe: true })
  @state()
  context: HnContextValue | undefined = undefined;
}
customElements.define('test-context-probe', ContextProbe);

describe('<hn-provider>', () => {
  let host: FakeHost;

  beforeEach(() => {
    host = installFakeHost((request) => {
      if (request.url.pathname === '/api/me') {
        const token = request.headers.get('authorization');
        return token?.startsWith('Bearer good') ? json(citizen) : problem(401, 'unauthorized', 'Bad token');
      }
      if (request.url.pathname === '/api/tools') return json(page([auditTool]));
      return notFound();
    });
  });
  afterEach(() => host.restore());

  async function renderProvider(template: ReturnType<typeof html>) {
    const provider = await fixture<HnProvider>(template);
    const probe = provider.querySelector<ContextProbe>('test-context-probe')!;
    return { provider, probe };
  }

  it('gives descendants the api client for its api-base, the locale and the user from /api/me', async () => {
    const { probe } = await renderProvider(
      html`<hn-provider api-base="https://portal.example/" token="good-1" lang="en">
        <test-context-probe></test-context-probe>
      </hn-provider>`,
    );
    await waitUntil(() => probe.context?.user, 'user never arrived');
    expect(probe.context!.api.apiBase).to.equal('https://portal.example');
    expect(probe.context!.locale).to.equal('en-GB');
    expect(probe.context!.user).to.deep.equal(citizen);
    const me = host.requests.find((r) => r.url.pathname === '/api/me')!;
    expect(me.url.origin).to.equal('https://portal.example');
    expect(me.headers.get('authorization')).to.equal('Bearer good-1');
  });

  it('defaults to nb-NO and asks for no user when it has no token', async () => {
    const { probe } = await renderProvider(html`<hn-provider><test-context-probe></test-context-probe></hn-provider>`);
    expect(probe.context?.locale).to.equal('nb-NO');
    expect(probe.parentElement!.hasAttribute('lang'), 'an empty lang would hide the page language').to.equal(false);
    expect(probe.context?.user).to.equal(null);
    expect(probe.context?.userLoading).to.equal(false);
    expect(host.requests).to.have.length(0);
  });

  it('passes a changed lang to descendants', async () => {
    const { provider, probe } = await renderProvider(
      html`<hn-provider lang="nb-NO"><test-context-probe></test-context-probe></hn-provider>`,
    );
    provider.lang = 'nn';
    await provider.updateComplete;
    expect(probe.context?.locale).to.equal('nn-NO');
    expect(provider.getAttribute('lang')).to.equal('nn');
  });

  it('asks the tokenProvider for a fresh token on every request instead of using token', async () => {
    const provider = document.createElement('hn-provider');
    const probe = document.createElement('test-context-probe') as ContextProbe;
    let issued = 0;
    provider.token = 'bad-static';
    provider.tokenProvider = async () => `good-${++issued}`;
    provider.append(probe);
    await fixture(html`<div>${provider}</div>`);
    await waitUntil(() => probe.context?.user, 'user never arrived');
    await probe.context!.api.getMe();
    const tokens = host.requests.map((r) => r.headers.get('authorization'));
    expect(tokens).to.deep.equal(['Bearer good-1', 'Bearer good-2']);
  });

  it('fires hn-user-change with the user, and with null when a new token is refused', async () => {
    const provider = document.createElement('hn-provider');
    provider.token = 'good-1';
    const signedIn = oneEvent(provider, 'hn-user-change');
    await fixture(html`<div>${provider}</div>`);
    expect((await signedIn).detail.user?.name).to.equal(citizen.name);

    const signedOut = oneEvent(provider, 'hn-user-change');
    provider.token = 'expired';
    const event = await signedOut;
    expect(event.detail.user).to.equal(null);
    expect(event.bubbles && event.composed).to.equal(true);
  });

  /** Every hn-user-change the provider fires, in order. */
  function recordUserChanges(provider: HnProvider) {
    const changes: Array<{ user: unknown }> = [];
    provider.addEventListener('hn-user-change', (event) => changes.push(event.detail));
    return changes;
  }

  async function untilSettled(probe: ContextProbe, meRequests: number) {
    await waitUntil(
      () => host.requests.filter((r) => r.url.pathname === '/api/me').length === meRequests && probe.context?.userLoading === false,
      '/api/me never settled',
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
  }

  it('fires hn-user-change once with null when the very first token is refused (401)', async () => {
    const provider = document.createElement('hn-provider');
    provider.token = 'expired';
    const probe = document.createElement('test-context-probe') as ContextProbe;
    provider.append(probe);
    const changes = recordUserChanges(provider);
    await fixture(html`<div>${provider}</div>`);
    await untilSettled(probe, 1);
    expect(changes).to.deep.equal([{ user: null }]);
  });

  it('fires hn-user-change once with the user after the first /api/me, not again for a fresh token of the same user', async () => {
    const provider = document.createElement('hn-provider');
    provider.token = 'good-1';
    const probe = document.createElement('test-context-probe') as ContextProbe;
    provider.append(probe);
    const changes = recordUserChanges(provider);
    await fixture(html`<div>${provider}</div>`);
    await untilSettled(probe, 1);
    provider.token = 'good-2';
    await untilSettled(probe, 2);
    expect(changes).to.deep.equal([{ user: citizen }]);

    provider.token = null;
    await provider.updateComplete;
    expect(changes).to.deep.equal([{ user: citizen }, { user: null }]);
  });

  it('fires no hn-user-change when it was given no credentials at all', async () => {
    const provider = document.createElement('hn-provider');
    const probe = document.createElement('test-context-probe') as ContextProbe;
    provider.append(probe);
    const changes = recordUserChanges(provider);
    await fixture(html`<div>${provider}</div>`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(probe.context?.user).to.equal(null);
    expect(changes).to.deep.equal([]);
  });

  it('keeps nobody signed in when the token is removed while /api/me is answering', async () => {
    host.restore();
    // The response arrives, but its body is still being read when the token goes away.
    const body = deferred<string>();
    host = installFakeHost(() => new Response(new ReadableStream({
      async start(controller) {
        controller.enqueue(new TextEncoder().encode(await body.promise));
        controller.close();
      },
    }), { headers: { 'content-type': 'application/json' } }));
    const provider = document.createElement('hn-provider');
    provider.token = 'good-1';
    const probe = document.createElement('test-context-probe') as ContextProbe;
    provider.append(probe);
    await fixture(html`<div>${provider}</div>`);
    await waitUntil(() => host.requests.length === 1);
    provider.token = null;
    await provider.updateComplete;
    body.resolve(JSON.stringify(citizen));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(probe.context?.user).to.equal(null);
  });

  it('drops any field /api/me should not have sent, so a pid cannot reach events or descendants', async () => {
    host.restore();
    host = installFakeHost(() => json({ ...citizen, pid: '13097248022', organisation: null }));
    const provider = document.createElement('hn-provider');
    provider.token = 'good-1';
    const probe = document.createElement('test-context-probe') as ContextProbe;
    provider.append(probe);
    const changed = oneEvent(provider, 'hn-user-change');
    await fixture(html`<div>${provider}</div>`);
    const event = await changed;
    expect(JSON.stringify(event.detail)).not.to.match(/\d{11}/);
    expect(JSON.stringify(probe.context?.user)).not.to.match(/\d{11}/);
    expect(probe.context?.user?.name).to.equal(citizen.name);
  });

  it('reaches a catalog that was connected before its provider was defined', async () => {
    const wrapper = await fixture(html`<test-late-provider api-base="http://late.test">
      <hn-tool-catalog></hn-tool-catalog>
    </test-late-provider>`);
    const catalog = wrapper.querySelector<HnToolCatalog>('hn-tool-catalog')!;
    expect(host.requests).to.have.length(0);
    customElements.define('test-late-provider', class extends HnProvider {});
    await waitUntil(() => catalog.shadowRoot!.querySelector('[part="card"]'), 'catalog never got the context');
    expect(host.requests[0]!.url.origin).to.equal('http://late.test');
  });
});
