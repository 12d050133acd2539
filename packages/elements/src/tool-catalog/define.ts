import { defineElement } from '../define-element.ts';
import { HnToolCatalog } from './tool-catalog.ts';

defineElement('hn-tool-catalog', HnToolCatalog);

declare global {
  interface HTMLElementTagNameMap {
    'hn-tool-catalog': HnToolCatalog;
  }
}
