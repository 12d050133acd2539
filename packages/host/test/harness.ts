import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig, type Config } from '../src/config.ts';
import { openHost, type HostOptions } from '../src/host.ts';
import { createLogger } from '../src/logger.ts';

export const PUBLIC_URL = 'https://portal.test.example';
export const DEMO_TOOL_URL = 'https://demo-tool.test.example';
export const DEMO_KEY = 'demo-key';
export const DEMO_SECRET = 'demo-secret-æøå';

/** A host on a real SQLite file in a fresh temp dir, with a movable clock and captured log lines. */
export async function startTestHost(options: { env?: Record<string, string>; dir?: string; host?: HostOptions } = {}) {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'koblingslab-host-'));
  const config: Config = parseConfig({
    HN_PUBLIC_URL: PUBLIC_URL,
    HN_DB: join(dir, 'host.db'),
    HN_DEV_LOGIN: '1',
    HN_DEMO_TOOL_URL: DEMO_TOOL_URL,
    HN_DEMO_TOOL_LTI_KEY: DEMO_KEY,
    HN_DEMO_TOOL_LTI_SECRET: DEMO_SECRET,
    ...options.env,
  });
  const clock = { now: Date.parse('2026-12-03T12:00:00Z') };
  const logLines: string[] = [];
  const host = await openHost(config, { now: () => clock.now, logger: createLogger((line) => logLines.push(line)), ...options.host });
  const { app } = host;

  async function tokenFor(persona: string): Promise<string> {
    const res = await app.request('/dev/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ persona }) });
    if (res.status !== 200) throw new Error(`dev token for ${persona}: ${res.status}`);
    return ((await res.json()) as { token: string }).token;
  }

  function postJson(path: string, body: unknown, token?: string) {
    return app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  }

  return {
    app,
    host,
    config,
    clock,
    dir,
    logLines,
    tokenFor,
    postJson,
    async close(options: { keepDir?: boolean } = {}) {
      await host.close();
      if (!options.keepDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type TestHost = Awaited<ReturnType<typeof startTestHost>>;
