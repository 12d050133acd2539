import { defineElement } from '../define-element.ts';
import { HnProvider } from './provider.ts';

defineElement('hn-provider', HnProvider);

declare global {
  interface HTMLElementTagNameMap {
    'hn-provider': HnProvider;
  }
}
