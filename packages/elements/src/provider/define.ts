import { attachContextRoot } from '../context-root.ts';
import { defineElement } from '../define-element.ts';
import { HnProvider } from './provider.ts';

attachContextRoot();
defineElement('hn-provider', HnProvider);

declare global {
  interface HTMLElementTagNameMap {
    'hn-provider': HnProvider;
  }
}
