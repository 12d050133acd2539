import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';

const PORTAL_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
  "base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";

/** Serves the integrator's built portal (index.html at "/", assets under "/assets/") when the build exists. */
export function portalRoutes(portalDir: string | undefined) {
  // Browsers ask every origin for an icon; an empty answer keeps a 404 problem out of their consoles.
  const app = new Hono().get('/favicon.ico', (c) => c.body(null, 204));
  if (portalDir === undefined || !existsSync(join(portalDir, 'index.html'))) return app;
  // Per-route rather than '*': a '*' middleware here would also rewrite the CSP of API and launch pages.
  const withCsp = createMiddleware(async (c, next) => {
    await next();
    if (c.res.ok) c.res.headers.set('content-security-policy', PORTAL_CSP);
  });
  const index = serveStatic({ path: join(portalDir, 'index.html') });
  app.get('/', withCsp, index);
  app.get('/index.html', withCsp, index);
  app.get('/assets/*', withCsp, serveStatic({ root: portalDir }));
  return app;
}
