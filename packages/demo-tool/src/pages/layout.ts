import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export const TOOL_NAME = 'AUDIT – test dine alkoholvaner';
export const STYLESHEET_PATH = '/static/audit.css';

/** The page shell every page shares: UTF-8, lang="nb", one stylesheet, no scripts. The body must hold the page's one h1. */
export function layout(title: string, body: Html): Html {
  return html`<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – ${TOOL_NAME}</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
</head>
<body>
<header class="tool-header"><p class="tool-name">${TOOL_NAME}</p></header>
<main>
${body}
</main>
<footer class="tool-footer">
<p>Svarene lagres bare under et pseudonym fra helseportalen. Verktøyet kjenner ikke navnet ditt eller fødselsnummeret ditt.</p>
</footer>
</body>
</html>`;
}

/** The way out of an open session: a form, since leaving ends the session (POST /audit/leave, CSRF-checked). */
export interface LeaveControl {
  csrfToken: string;
  /** Whether the launch gave a return URL; without one, leaving ends on the tool's own "you have left" page. */
  toPortal: boolean;
}

/** Said next to the way out mid-test, so nobody stays only for fear of losing the answers. */
export const PROGRESS_SAVED = 'Fremgangen din er lagret. Du kan fortsette senere.';

/** `midTest` adds the note that progress is saved, and ties it to the button for screen readers. */
export function leaveForm(leave: LeaveControl | undefined, { midTest = false } = {}): Html | '' {
  if (!leave) return '';
  return html`<form method="post" action="/audit/leave" accept-charset="UTF-8" class="leave">
<input type="hidden" name="csrf" value="${leave.csrfToken}">
${midTest ? html`<p id="leave-note" class="hint">${PROGRESS_SAVED}</p>` : ''}
<button type="submit" class="secondary"${midTest ? html` aria-describedby="leave-note"` : ''}>${
    leave.toPortal ? 'Tilbake til portalen' : 'Avslutt testen'
  }</button>
</form>`;
}
