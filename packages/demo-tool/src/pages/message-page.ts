import { html } from 'hono/html';
import { layout, leaveForm, type Html, type LeaveControl } from './layout.ts';

export interface MessagePageModel {
  title: string;
  message: string;
  /** A same-tool link offered first, e.g. back to the test. */
  link?: { href: string; label: string };
  /** Offered on pages shown inside an open session. */
  leave?: LeaveControl;
}

/** A readable page for landing, errors and expired sessions: a heading, a sentence, and the way on when known. */
export function messagePage(m: MessagePageModel): Html {
  return layout(
    m.title,
    html`<h1>${m.title}</h1>
<p>${m.message}</p>
${m.link ? html`<p><a href="${m.link.href}">${m.link.label}</a></p>` : ''}
${leaveForm(m.leave)}`,
  );
}
