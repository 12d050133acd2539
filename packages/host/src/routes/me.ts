import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import type { BearerAuthenticator } from '../auth/bearer.ts';
import { requireUser } from '../auth/require-user.ts';

export function meRoutes(authenticate: BearerAuthenticator) {
  const app = new Hono<AppEnv>();
  // UserRecord carries no pid by construction.
  app.get('/', requireUser(authenticate), (c) => {
    c.header('cache-control', 'no-store');
    return c.json(c.var.user);
  });
  return app;
}
