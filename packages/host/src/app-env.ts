import type { UserRecord } from './db/users-repository.ts';

/** Hono context variables set by middleware. */
export type AppEnv = { Variables: { user: UserRecord } };
