import { ERROR_PAGE_TEXTS, errorPageLocale, type ErrorPageTexts } from './error-texts.ts';
import { LtiLaunchError } from './launch-error.ts';

export interface LtiErrorResponseOptions {
  /**
   * The language of the page or message: 'en-GB' (any en-*) or 'nb-NO' (the default). Without it, the launch's own
   * locale when verifyLtiLaunch got that far.
   */
  locale?: string;
}

/**
 * Answers a failed launch: a 303 back to the consumer's return URL with lti_errormsg and lti_errorlog when the error carries
 * an authenticated return URL, otherwise a readable HTML page with the error's status. Unknown errors give a generic 500 page.
 */
export function ltiErrorResponse(error: unknown, options: LtiErrorResponseOptions = {}): Response {
  const launchLocale = error instanceof LtiLaunchError ? error.locale : undefined;
  const texts = ERROR_PAGE_TEXTS[errorPageLocale(options.locale ?? launchLocale)];
  if (!(error instanceof LtiLaunchError)) return errorPage(texts, texts.unexpected, undefined, 500);
  const message = texts.codes[error.code];
  if (error.returnUrl !== undefined) {
    return new Response(null, {
      status: 303,
      headers: { location: withErrorParameters(error.returnUrl, message, error.code), 'cache-control': 'no-store' },
    });
  }
  return errorPage(texts, message, error.code, error.status);
}

// Appends to the raw query so the consumer's own parameters keep their exact encoding.
function withErrorParameters(returnUrl: string, message: string, code: string): string {
  const url = new URL(returnUrl);
  const added = `lti_errormsg=${encodeURIComponent(message)}&lti_errorlog=${encodeURIComponent(code)}`;
  url.search = url.search ? `${url.search}&${added}` : added;
  return url.href;
}

function errorPage(texts: ErrorPageTexts, message: string, code: string | undefined, status: number): Response {
  const codeLine = code ? `\n<p class="code">${texts.codeLabel}: <code>${code}</code></p>` : '';
  const html = `<!doctype html>
<html lang="${texts.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(texts.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40em;margin:2em auto;padding:0 1em;line-height:1.5;color:#1a1a1a}.code{color:#555}</style>
</head>
<body>
<main>
<h1>${escapeHtml(texts.title)}</h1>
<p>${escapeHtml(message)}</p>
<p>${escapeHtml(texts.nextStep)}</p>${codeLine}
</main>
</body>
</html>
`;
  const headers = new Headers({
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
    'x-content-type-options': 'nosniff',
  });
  if (status === 405) headers.set('allow', 'POST');
  return new Response(html, { status, headers });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
