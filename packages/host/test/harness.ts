import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { issueDevAccessToken } from '../src/auth/access-token.ts';
import { loadSigningKey } from '../src/auth/signing-key.ts';
import { parseConfig, type Config } from '../src/config.ts';
import { createSecretsRepository } from '../src/db/secrets-repository.ts';
import { DEV_IDP_KEY, openHost, type HostOptions } from '../src/host.ts';
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

  /** Any JSON request; `body` is sent as JSON (a string as is). */
  function call(method: string, path: string, options: { token?: string; body?: unknown } = {}) {
    const headers: Record<string, string> = options.token ? { authorization: `Bearer ${options.token}` } : {};
    if (options.body === undefined) return app.request(path, { method, headers });
    return app.request(path, {
      method,
      headers: { ...headers, 'content-type': 'application/json' },
      body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
    });
  }

  /** A member of personnel who is not a persona (e.g. a GP's colleague), with a dev token. */
  async function addPersonnel(name: string, organisationNumber: string): Promise<{ id: string; token: string }> {
    const id = randomUUID();
    await host.db
      .insertInto('users')
      .values({ id, role: 'personnel', name, pid: null, hpr_number: null, organisation_number: organisationNumber, persona_id: null, created_at: new Date(clock.now).toISOString() })
      .execute();
    const key = await loadSigningKey(createSecretsRepository(host.db), DEV_IDP_KEY);
    return { id, token: await issueDevAccessToken(key, PUBLIC_URL, id, clock.now) };
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
    call,
    addPersonnel,
    async close(options: { keepDir?: boolean } = {}) {
      await host.close();
      if (!options.keepDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type TestHost = Awaited<ReturnType<typeof startTestHost>>;

/** Reads the hidden inputs of the auto-submitting LTI form, unescaping the HTML the host escaped. */
export function formFields(html: string): Array<[string, string]> {
  const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return [...html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)].map((m) => [unescape(m[1]!), unescape(m[2]!)]);
}
