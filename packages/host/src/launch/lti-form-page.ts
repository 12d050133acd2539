import { escapeHtml } from '../html/escape.ts';
import { createNonce, pageHeaders, PAGE_STYLE } from '../html/page.ts';

/**
 * The auto-submitting page that posts a signed LTI launch. The form action is exactly the signed URL.
 * The CSP sets no form-action: browsers apply it to every redirect after the post too, and a tool may rightly
 * redirect to its app's origin or back to our return URL with lti_errormsg.
 */
export function ltiFormPage(options: { launchUrl: string; fields: Array<[string, string]>; toolName: string }): Response {
  const nonce = createNonce();
  const inputs = options.fields.map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`);
  const html = [
    `<!doctype html><html lang="nb"><meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>Starter ${escapeHtml(options.toolName)}</title><style nonce="${nonce}">${PAGE_STYLE}</style>`,
    `<main><p>Starter ${escapeHtml(options.toolName)} …</p>`,
    `<form id="lti-launch" method="post" action="${escapeHtml(options.launchUrl)}" accept-charset="UTF-8">`,
    ...inputs,
    `<noscript><p>Trykk på knappen for å åpne verktøyet.</p><button type="submit">Fortsett til ${escapeHtml(options.toolName)}</button></noscript>`,
    `</form></main>`,
    `<script nonce="${nonce}">document.getElementById('lti-launch').submit();</script>`,
  ].join('\n');
  const csp = `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; base-uri 'none'; frame-ancestors 'none'`;
  // strict-origin, not no-referrer: the tool then sees this portal's origin (never the ticket path) in Origin and can
  // refuse a harvested form posted from another site; no-referrer would make the Origin header `null`.
  return new Response(html, { status: 200, headers: { ...pageHeaders(csp), 'referrer-policy': 'strict-origin' } });
}
