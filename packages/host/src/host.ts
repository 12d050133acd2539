import { randomBytes } from 'node:crypto';
import { createApp, type AppDeps } from './app.ts';
import { loadSigningKey } from './auth/signing-key.ts';
import type { Config } from './config.ts';
import { migrate, openDatabase } from './db/database.ts';
import { createRepositories } from './db/repositories.ts';
import { registerDemoTool, seedOnFirstStart } from './seed/seed.ts';

/** Names under which generated secrets live in the `secrets` table. */
export const PSEUDONYM_KEY = 'pseudonym-key-v1';
export const DEV_IDP_KEY = 'dev-idp-es256-key';

export type HostOptions = Pick<AppDeps, 'now' | 'logger' | 'portalDir' | 'externalKeys'>;

/** Opens the database, migrates, seeds on first start, registers the demo tool, loads (or generates) secrets and builds the app. */
export async function openHost(config: Config, options: HostOptions = {}) {
  const db = openDatabase(config.dbPath);
  try {
    await migrate(db);
    const now = options.now ?? Date.now;
    const seeded = await seedOnFirstStart(db, config, new Date(now()));
    await registerDemoTool(db, config);
    const repositories = createRepositories(db);
    const pseudonymKey = Buffer.from(await repositories.secrets.getOrCreate(PSEUDONYM_KEY, () => randomBytes(32).toString('base64url')), 'base64url');
    const signingKey = await loadSigningKey(repositories.secrets, DEV_IDP_KEY);
    const app = createApp(config, { ...options, repositories, pseudonymKey, signingKey });
    return { app, db, seeded, close: () => db.destroy() };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
