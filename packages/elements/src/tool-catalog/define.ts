import { attachContextRoot } from '../context-root.ts';
import { defineElement } from '../define-element.ts';
import { HnToolCatalog } from './tool-catalog.ts';

attachContextRoot();
defineElement('hn-tool-catalog', HnToolCatalog);

declare global {
  interface HTMLElementTagNameMap {
    'hn-tool-catalog': HnToolCatalog;
  }
}
