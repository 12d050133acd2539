import { expect } from '@open-wc/testing';
import { defineElement } from '../src/define-element.ts';
import '../src/define.ts';
import { HnProvider } from '../src/provider/provider.ts';
import { HnToolCatalog } from '../src/tool-catalog/tool-catalog.ts';

describe('registration', () => {
  it('registers hn-provider and hn-tool-catalog', () => {
    expect(customElements.get('hn-provider')).to.equal(HnProvider);
    expect(customElements.get('hn-tool-catalog')).to.equal(HnToolCatalog);
    expect(document.createElement('hn-tool-catalog')).to.be.instanceOf(HnToolCatalog);
  });

  it('does not throw when a second copy of the bundle registers the same names', async () => {
    // A query string makes the dev server hand out fresh module instances, like a second bundle on the page.
    for (const path of ['../src/define.ts', '../src/provider/define.ts', '../src/tool-catalog/define.ts']) {
      await import(`${new URL(path, import.meta.url).href}?copy=2`);
    }
    expect(customElements.get('hn-tool-catalog')).to.equal(HnToolCatalog);
  });

  it('keeps the first class when another constructor claims a taken name', () => {
    class Impostor extends HTMLElement {}
    expect(() => defineElement('hn-provider', Impostor)).not.to.throw();
    expect(customElements.get('hn-provider')).to.equal(HnProvider);
  });
});
