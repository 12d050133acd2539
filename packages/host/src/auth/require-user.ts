import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env.ts';
import type { BearerAuthenticator } from './bearer.ts';

/** Rejects the request with a 401 problem unless it carries a valid bearer token; sets `c.var.user`. */
export function requireUser(authenticate: BearerAuthenticator) {
  return createMiddleware<AppEnv>(async (c, next) => {
    c.set('user', await authenticate(c.req.header('authorization')));
    await next();
  });
}
