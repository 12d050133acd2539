import { attachContextRoot } from '../context-root.ts';
import { defineElement } from '../define-element.ts';
import { HnAssignTool } from './assign-tool.ts';

attachContextRoot();
defineElement('hn-assign-tool', HnAssignTool);

declare global {
  interface HTMLElementTagNameMap {
    'hn-assign-tool': HnAssignTool;
  }
}
