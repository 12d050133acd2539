import { attachContextRoot } from '../context-root.ts';
import { defineElement } from '../define-element.ts';
import { HnAssignmentList } from './assignment-list.ts';

attachContextRoot();
defineElement('hn-assignment-list', HnAssignmentList);

declare global {
  interface HTMLElementTagNameMap {
    'hn-assignment-list': HnAssignmentList;
  }
}
