import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { ConfigError, parseConfig } from '../src/config.ts';

function problemsOf(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  assert.fail('expected a ConfigError');
}

test('an empty environment gives the documented defaults', () => {
  const config = parseConfig({});
  assert.equal(config.port, 8080);
  assert.equal(config.publicUrl, 'http://localhost:8080');
  assert.equal(config.dbPath, './.data/koblingslab.db');
  assert.equal(config.demoToolUrl, 'http://localhost:8090');
  assert.equal(config.devLogin, false);
  assert.equal(config.allowSyntheticPid, false);
  assert.deepEqual(config.corsOrigins, []);
  assert.equal(config.externalIssuer, undefined);
});

test('HN_PUBLIC_URL is normalised to an origin without a trailing slash', () => {
  assert.equal(parseConfig({ HN_PUBLIC_URL: 'https://Portal.Example/' }).publicUrl, 'https://portal.example');
});

test('each bad variable is reported on its own line, all at once', () => {
  const problems = problemsOf({
    PORT: '80a',
    HN_PUBLIC_URL: 'https://portal.example/sub/path',
    HN_DEV_LOGIN: 'yes',
    HN_TRUSTED_PROXIES: '10.0.0.0/8, not-an-ip',
    HN_CORS_ORIGINS: 'https://ok.example,https://slash.example/',
    HN_DB: 'postgres://db/koblingslab',
  });
  assert.equal(problems.length, 6);
  for (const name of ['PORT', 'HN_PUBLIC_URL', 'HN_DEV_LOGIN', 'HN_TRUSTED_PROXIES', 'HN_CORS_ORIGINS', 'HN_DB']) {
    assert.ok(problems.some((p) => p.startsWith(`${name}: `)), name);
  }
});

test('an external issuer needs both HN_AUTH_ISSUER and an http(s) HN_AUTH_JWKS_URL', () => {
  assert.deepEqual(problemsOf({ HN_AUTH_ISSUER: 'https://idp.example' }).map((p) => p.split(':')[0]), ['HN_AUTH_JWKS_URL']);
  assert.deepEqual(problemsOf({ HN_AUTH_JWKS_URL: 'https://idp.example/jwks' }).map((p) => p.split(':')[0]), ['HN_AUTH_ISSUER']);
  assert.deepEqual(problemsOf({ HN_AUTH_ISSUER: 'https://idp.example', HN_AUTH_JWKS_URL: 'file:///etc/passwd' }).map((p) => p.split(':')[0]), ['HN_AUTH_JWKS_URL']);
  const config = parseConfig({ HN_AUTH_ISSUER: 'https://idp.example', HN_AUTH_JWKS_URL: 'https://idp.example/jwks' });
  assert.equal(config.externalIssuer?.audience, 'koblingslab-api');
});

test('trusted proxies accept IPs, CIDRs and the loopback keyword', () => {
  assert.deepEqual(parseConfig({ HN_TRUSTED_PROXIES: 'loopback, 10.0.0.0/8, ::1, fd00::/8' }).trustedProxies, ['loopback', '10.0.0.0/8', '::1', 'fd00::/8']);
  assert.equal(problemsOf({ HN_TRUSTED_PROXIES: '10.0.0.0/33' }).length, 1);
});

test('NODE_ENV=production forces dev login off', () => {
  assert.equal(parseConfig({ HN_DEV_LOGIN: '1' }).devLogin, true);
  assert.equal(parseConfig({ HN_DEV_LOGIN: '1', NODE_ENV: 'production' }).devLogin, false);
});

test('the server refuses to start on bad config: exit 1 and one clear line per bad variable', () => {
  const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
  const result = spawnSync(process.execPath, ['--import', 'tsx', main], {
    env: { PATH: process.env.PATH, PORT: 'zero', HN_PUBLIC_URL: 'ftp://x' },
    encoding: 'utf8',
    timeout: 30_000,
  });
  assert.equal(result.status, 1);
  const lines = result.stderr.trim().split('\n');
  assert.equal(lines.length, 2, result.stderr);
  assert.match(lines[0]!, /^config error: PORT: /);
  assert.match(lines[1]!, /^config error: HN_PUBLIC_URL: /);
  assert.ok(!result.stderr.includes('    at '), 'no stack trace');
});
