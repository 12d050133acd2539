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

export function leaveForm(leave: LeaveControl | undefined): Html | '' {
  if (!leave) return '';
  return html`<form method="post" action="/audit/leave" accept-charset="UTF-8" class="leave">
<input type="hidden" name="csrf" value="${leave.csrfToken}">
<button type="submit" class="secondary">${leave.toPortal ? 'Tilbake til portalen' : 'Avslutt testen'}</button>
</form>`;
}
