import { Hono } from 'hono';
import { z } from 'zod';
import { issueDevAccessToken } from '../auth/access-token.ts';
import type { SigningKey } from '../auth/signing-key.ts';
import type { Role } from '../db/schema.ts';
import type { UsersRepository } from '../db/users-repository.ts';
import { escapeHtml } from '../html/escape.ts';
import { createNonce, pageHeaders, PAGE_STYLE } from '../html/page.ts';
import { invalidRequest } from '../problem.ts';
import { parseInput, readJsonBody } from '../request-validation.ts';
import { PERSONAS } from '../seed/personas.ts';
import { DEV_LOGIN_SCRIPT } from './dev-login-script.ts';

const tokenBody = z.strictObject({ persona: z.string({ error: 'is required and must be a string' }) });

/** Public view of a persona: no pid, no HPR number. */
const publicPersonas = () => PERSONAS.map(({ id, role, name, description, organisation }) => ({ id, role, name, description, organisation }));

/** The dev identity provider; mounted only when HN_DEV_LOGIN=1 outside production. */
export function devIdpRoutes(deps: { users: UsersRepository; signingKey: SigningKey; publicUrl: string; now: () => number }) {
  const app = new Hono();

  app.get('/personas', (c) => c.json({ personas: publicPersonas() }));

  app.post('/token', async (c) => {
    const { persona } = parseInput(tokenBody, await readJsonBody(c), 'body');
    const user = await deps.users.findByPersona(persona);
    if (user === undefined) {
      throw invalidRequest([{ field: 'persona', in: 'body', detail: `unknown persona; choose one of ${PERSONAS.map((p) => p.id).join(', ')}` }]);
    }
    const token = await issueDevAccessToken(deps.signingKey, deps.publicUrl, user.id, deps.now());
    c.header('cache-control', 'no-store');
    return c.json({ token, user });
  });

  app.get('/login.js', (c) => {
    c.header('content-type', 'text/javascript; charset=utf-8');
    c.header('cache-control', 'no-cache');
    return c.body(DEV_LOGIN_SCRIPT);
  });

  app.get('/login', (c) => {
    const returnTo = sameOriginPath(c.req.query('return_to'), deps.publicUrl);
    const nonce = createNonce();
    const items = publicPersonas().map(
      (p) =>
        `<li><button type="button" data-persona="${escapeHtml(p.id)}">${escapeHtml(p.name)}</button>` +
        `<span class="role">${escapeHtml(ROLE_LABELS[p.role])}${p.organisation ? `, ${escapeHtml(p.organisation.name)}` : ''}</span>` +
        `<br>${escapeHtml(p.description)}</li>`,
    );
    const html = [
      `<!doctype html><html lang="nb"><meta charset="utf-8">`,
      `<meta name="viewport" content="width=device-width, initial-scale=1">`,
      `<title>Logg inn som testperson</title>`,
      `<style nonce="${nonce}">${PAGE_STYLE} ul{list-style:none;padding:0} li{margin:0 0 1.25rem} .role{margin-left:.75rem;color:#4a4a4a}</style>`,
      `<script src="/dev/login.js" defer></script>`,
      `<main data-return-to="${escapeHtml(returnTo)}">`,
      `<h1>Logg inn som testperson</h1>`,
      `<p>Dette er en utviklingsinnlogging. Velg en testperson for å fortsette.</p>`,
      `<noscript><p>Innloggingen trenger JavaScript.</p></noscript>`,
      `<p id="status" role="status"></p>`,
      `<ul>${items.join('\n')}</ul>`,
      `</main>`,
    ].join('\n');
    const csp = `default-src 'none'; script-src 'self'; style-src 'nonce-${nonce}'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
    return new Response(html, { status: 200, headers: pageHeaders(csp) });
  });

  return app;
}

const ROLE_LABELS: Record<Role, string> = { citizen: 'Innbygger', personnel: 'Helsepersonell', editor: 'Redaktør' };

/** Only paths on this origin are valid targets, so the page cannot be used as an open redirect. */
export function sameOriginPath(raw: string | undefined, publicUrl: string): string {
  if (raw === undefined || isProtocolRelative(raw) || !raw.startsWith('/') || /[\u0000-\u001f]/.test(raw)) return '/';
  try {
    const url = new URL(raw, publicUrl);
    const path = `${url.pathname}${url.search}${url.hash}`;
    // Checked again after parsing: "/..//evil.example" normalises to the protocol-relative "//evil.example".
    return url.origin === new URL(publicUrl).origin && !isProtocolRelative(path) ? path : '/';
  } catch {
    return '/';
  }
}

function isProtocolRelative(path: string): boolean {
  return path.startsWith('//') || path.startsWith('/\\');
}
