import { attachContextRoot } from '../context-root.ts';
import { defineElement } from '../define-element.ts';
import { HnMyTools } from './my-tools.ts';

attachContextRoot();
defineElement('hn-my-tools', HnMyTools);

declare global {
  interface HTMLElementTagNameMap {
    'hn-my-tools': HnMyTools;
  }
}
