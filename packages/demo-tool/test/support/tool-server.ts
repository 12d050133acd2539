// Runs the real demo tool app on a free loopback port over a real SQLite file in a temp dir.
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import { createApp } from '../../src/app.ts';
import type { Config } from '../../src/config.ts';
import { openDatabase, type ToolDatabase } from '../../src/storage/database.ts';

export const LTI_KEY = 'portal-test-key';
export const LTI_SECRET = 'a-test-secret-of-sufficient-length';

export interface RunningTool {
  /** Where requests go (http://127.0.0.1:port). */
  url: string;
  /** The URL the portal signs: the public URL's launch endpoint. */
  launchUrl: string;
  db: ToolDatabase;
  /** The tool's clock; tests move it forward. */
  clock: { now: number };
  close(): Promise<void>;
}

/**
 * publicUrl defaults to the server's own origin; pass one to test a tool behind a TLS-terminating proxy.
 * portalOrigins: the portals whose pages may post launches (none: any).
 */
export async function startTool(options: { publicUrl?: string; portalOrigins?: string[] } = {}): Promise<RunningTool> {
  const dir = mkdtempSync(join(tmpdir(), 'demo-tool-test-'));
  const db = openDatabase(join(dir, 'tool.db'));
  const clock = { now: Date.now() };
  let app: Hono | undefined;
  const server: ServerType = serve({ fetch: (request) => app!.fetch(request), port: 0, hostname: '127.0.0.1' });
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const config: Config = {
    port: 0,
    publicUrl: options.publicUrl ?? url,
    dbPath: join(dir, 'tool.db'),
    ltiKey: LTI_KEY,
    ltiSecret: LTI_SECRET,
    portalOrigins: options.portalOrigins ?? [],
  };
  app = createApp(config, { db, now: () => clock.now });
  return {
    url,
    launchUrl: `${config.publicUrl}/lti/launch`,
    db,
    clock,
    async close() {
      server.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
