import { randomBytes } from 'node:crypto';
import { escapeHtml } from './escape.ts';

export function createNonce(): string {
  return randomBytes(16).toString('base64');
}

export const PAGE_STYLE = `body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}
h1{font-size:1.5rem}a,button{font-size:1rem}button{padding:.6rem 1rem;cursor:pointer}`;

/** Security headers shared by every HTML page the host renders itself. */
export function pageHeaders(csp: string): Record<string, string> {
  return {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': csp,
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
  };
}

/** A small readable page (title, paragraphs, optional link) with inline CSS allowed only by nonce. */
export function messagePage(options: { status: number; lang: string; title: string; paragraphs: string[]; link?: { href: string; text: string } }): Response {
  const nonce = createNonce();
  const body = [
    `<!doctype html><html lang="${escapeHtml(options.lang)}"><meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(options.title)}</title><style nonce="${nonce}">${PAGE_STYLE}</style>`,
    `<main><h1>${escapeHtml(options.title)}</h1>`,
    ...options.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    options.link ? `<p><a href="${escapeHtml(options.link.href)}">${escapeHtml(options.link.text)}</a></p>` : '',
    `</main>`,
  ].join('\n');
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
  return new Response(body, { status: options.status, headers: pageHeaders(csp) });
}

