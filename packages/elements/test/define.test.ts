import { expect } from '@open-wc/testing';
import { defineElement } from '../src/define-element.ts';
import '../src/define.ts';
import { HnAssignTool } from '../src/assign-tool/assign-tool.ts';
import { HnAssignmentList } from '../src/assignment-list/assignment-list.ts';
import { HnMyTools } from '../src/my-tools/my-tools.ts';
import { HnProvider } from '../src/provider/provider.ts';
import { HnToolCatalog } from '../src/tool-catalog/tool-catalog.ts';

describe('registration', () => {
  it('registers every hn- element', () => {
    expect(customElements.get('hn-provider')).to.equal(HnProvider);
    expect(customElements.get('hn-tool-catalog')).to.equal(HnToolCatalog);
    expect(customElements.get('hn-assign-tool')).to.equal(HnAssignTool);
    expect(customElements.get('hn-assignment-list')).to.equal(HnAssignmentList);
    expect(customElements.get('hn-my-tools')).to.equal(HnMyTools);
    expect(document.createElement('hn-tool-catalog')).to.be.instanceOf(HnToolCatalog);
  });

  it('does not throw when a second copy of the bundle registers the same names', async () => {
    // A query string makes the dev server hand out fresh module instances, like a second bundle on the page.
    const defines = ['define', 'provider/define', 'tool-catalog/define', 'assign-tool/define', 'assignment-list/define', 'my-tools/define'];
    for (const path of defines.map((name) => `../src/${name}.ts`)) {
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
