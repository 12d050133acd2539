import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, parseConfig } from '../src/config.ts';

const required = { DEMO_TOOL_LTI_KEY: 'portal', DEMO_TOOL_LTI_SECRET: 'sixteen-chars-ok' };

function problemsOf(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    return error.problems;
  }
  assert.fail('expected a ConfigError');
}

describe('parseConfig', () => {
  it('applies the documented defaults when only the LTI credentials are set', () => {
    assert.deepEqual(parseConfig(required), {
      port: 8090,
      publicUrl: 'http://localhost:8090',
      dbPath: './.data/demo-tool.db',
      ltiKey: 'portal',
      ltiSecret: 'sixteen-chars-ok',
      portalOrigins: [],
    });
  });

  it('reads the portal origins as a comma list of origins, and refuses anything else naming the variable', () => {
    const config = parseConfig({ ...required, DEMO_TOOL_PORTAL_ORIGINS: 'http://localhost:8080/, https://Portal.Example' });
    assert.deepEqual(config.portalOrigins, ['http://localhost:8080', 'https://portal.example']);
    assert.match(problemsOf({ ...required, DEMO_TOOL_PORTAL_ORIGINS: 'portal.example' })[0]!, /^DEMO_TOOL_PORTAL_ORIGINS/);
  });

  it('accepts public URLs on an IP address, localhost or a domain, reduced to their origin', () => {
    for (const [given, origin] of [
      ['http://127.0.0.1:39787', 'http://127.0.0.1:39787'],
      ['http://localhost:8090/', 'http://localhost:8090'],
      ['https://Audit.Example:443', 'https://audit.example'],
      ['http://[::1]:8090', 'http://[::1]:8090'],
    ]) {
      assert.equal(parseConfig({ ...required, DEMO_TOOL_PUBLIC_URL: given! }).publicUrl, origin);
    }
  });

  it('treats empty variables as unset', () => {
    assert.equal(parseConfig({ ...required, DEMO_TOOL_PORT: '', DEMO_TOOL_PUBLIC_URL: '' }).port, 8090);
  });

  it('names every missing required variable', () => {
    assert.deepEqual(
      problemsOf({}).map((problem) => problem.split(':')[0]),
      ['DEMO_TOOL_LTI_KEY', 'DEMO_TOOL_LTI_SECRET'],
    );
  });

  it('rejects a bad port, a non-http or path-carrying public URL and a short secret, without echoing the secret', () => {
    const problems = problemsOf({
      DEMO_TOOL_PORT: '70000',
      DEMO_TOOL_PUBLIC_URL: 'ftp://tool.example',
      DEMO_TOOL_LTI_KEY: 'portal',
      DEMO_TOOL_LTI_SECRET: 'tiny-secret',
    });
    assert.deepEqual(problems.map((problem) => problem.split(':')[0]), ['DEMO_TOOL_PORT', 'DEMO_TOOL_PUBLIC_URL', 'DEMO_TOOL_LTI_SECRET']);
    assert.ok(!problems.join('\n').includes('tiny-secret'));
    assert.match(problemsOf({ ...required, DEMO_TOOL_PUBLIC_URL: 'https://tool.example/audit' })[0]!, /origin only/);
    assert.match(problemsOf({ ...required, DEMO_TOOL_PORT: 'abc' })[0]!, /DEMO_TOOL_PORT: must be a port number/);
  });
});
