// Starts the real host and demo tool as separate processes on free loopback ports, each with its own SQLite file.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../..');

export interface Stack {
  hostUrl: string;
  toolUrl: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

function run(entry: string, env: Record<string, string>, name: string): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = (chunk: Buffer) => process.env.E2E_VERBOSE && process.stderr.write(`[${name}] ${chunk}`);
  child.stdout!.on('data', log);
  child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(`[${name}] ${chunk}`));
  return child;
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

export async function startStack(): Promise<Stack> {
  const dir = mkdtempSync(join(tmpdir(), 'koblingslab-e2e-'));
  const [hostPort, toolPort] = [await freePort(), await freePort()];
  const hostUrl = `http://127.0.0.1:${hostPort}`;
  const toolUrl = `http://127.0.0.1:${toolPort}`;
  const lti = { key: 'e2e-demo-tool', secret: randomBytes(32).toString('base64url') };

  const host = run('packages/host/src/main.ts', {
    PORT: String(hostPort),
    HN_PUBLIC_URL: hostUrl,
    HN_DB: join(dir, 'host.db'),
    HN_DEV_LOGIN: '1',
    HN_ALLOW_SYNTHETIC_PID: '1',
    HN_DEMO_TOOL_URL: toolUrl,
    HN_DEMO_TOOL_LTI_KEY: lti.key,
    HN_DEMO_TOOL_LTI_SECRET: lti.secret,
  }, 'host');
  const tool = run('packages/demo-tool/src/main.ts', {
    DEMO_TOOL_PORT: String(toolPort),
    DEMO_TOOL_PUBLIC_URL: toolUrl,
    DEMO_TOOL_DB: join(dir, 'tool.db'),
    DEMO_TOOL_LTI_KEY: lti.key,
    DEMO_TOOL_LTI_SECRET: lti.secret,
    DEMO_TOOL_PORTAL_ORIGINS: hostUrl,
  }, 'tool');

  const stop = async () => {
    await Promise.all([stopProcess(host), stopProcess(tool)]);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await Promise.all([waitForHttp(`${hostUrl}/healthz`, host), waitForHttp(toolUrl, tool)]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { hostUrl, toolUrl, stop };
}
