import { escapeHtml } from '../html/escape.ts';
import { createNonce, pageHeaders, PAGE_STYLE } from '../html/page.ts';

/**
 * The auto-submitting page that posts a signed LTI launch. The form action is exactly the signed URL,
 * and the CSP lets this page post only to the tool's origin.
 */
export function ltiFormPage(options: { launchUrl: string; fields: Array<[string, string]>; toolName: string }): Response {
  const nonce = createNonce();
  const inputs = options.fields.map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`);
  const html = [
    `<!doctype html><meta charset="utf-8"><html lang="nb">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>Starter ${escapeHtml(options.toolName)}</title><style nonce="${nonce}">${PAGE_STYLE}</style>`,
    `<main><p>Starter ${escapeHtml(options.toolName)} …</p>`,
    `<form id="lti-launch" method="post" action="${escapeHtml(options.launchUrl)}" accept-charset="UTF-8">`,
    ...inputs,
    `<noscript><p>Trykk på knappen for å åpne verktøyet.</p><button type="submit">Fortsett til ${escapeHtml(options.toolName)}</button></noscript>`,
    `</form></main>`,
    `<script nonce="${nonce}">document.getElementById('lti-launch').submit();</script>`,
  ].join('\n');
  const origin = new URL(options.launchUrl).origin;
  const csp = `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; form-action ${origin}; base-uri 'none'; frame-ancestors 'none'`;
  return new Response(html, { status: 200, headers: pageHeaders(csp) });
}
