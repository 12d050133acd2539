import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env.ts';
import type { Role } from '../db/schema.ts';
import { forbidden } from '../problem.ts';

/** After requireUser: a 403 problem unless the signed-in user has one of these roles. */
export function requireRole(roles: readonly Role[], detail: string) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!roles.includes(c.var.user.role)) throw forbidden(detail);
    await next();
  });
}
