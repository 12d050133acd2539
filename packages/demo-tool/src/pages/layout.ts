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

/** A link back to the portal, when the launch gave a return URL. */
export function portalLink(returnUrl: string | undefined): Html | '' {
  return returnUrl ? html`<p><a class="portal-link" href="${returnUrl}">Tilbake til portalen</a></p>` : '';
}
