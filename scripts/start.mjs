// `npm start`: the demo portal on one machine — the host (8080) and the demo vendor tool (8090) on SQLite files under .data/.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import concurrently from 'concurrently';

const dataDir = '.data';
const credentialsFile = `${dataDir}/demo-tool-lti.json`;

mkdirSync(dataDir, { recursive: true, mode: 0o700 });

// The demo tool's LTI key and secret are made once, like a vendor's credentials handed over out of band,
// so the host (Tool Consumer) and the tool agree across restarts.
if (!existsSync(credentialsFile)) {
  const credentials = { key: 'koblingslab-demo-tool', secret: randomBytes(32).toString('base64url') };
  writeFileSync(credentialsFile, JSON.stringify(credentials), { mode: 0o600 });
}
const { key, secret } = JSON.parse(readFileSync(credentialsFile, 'utf8'));

const hostPort = process.env.PORT ?? '8080';
const toolPort = process.env.DEMO_TOOL_PORT ?? '8090';
const toolUrl = process.env.DEMO_TOOL_PUBLIC_URL ?? `http://localhost:${toolPort}`;
const hostUrl = process.env.HN_PUBLIC_URL ?? `http://localhost:${hostPort}`;
// The demo tool takes launches only from the portal's pages; on loopback, under either name the browser may use.
const portalOrigins =
  process.env.DEMO_TOOL_PORTAL_ORIGINS ?? process.env.HN_PUBLIC_URL ?? `${hostUrl},http://127.0.0.1:${hostPort}`;

execFileSync('npm', ['run', 'build', '-w', '@koblingslab/host'], { stdio: 'inherit' });

const { result } = concurrently(
  [
    {
      name: 'host',
      command: 'node --import tsx packages/host/src/main.ts',
      env: {
        PORT: hostPort,
        HN_PUBLIC_URL: hostUrl,
        HN_DB: process.env.HN_DB ?? `${dataDir}/koblingslab.db`,
        HN_DEV_LOGIN: process.env.HN_DEV_LOGIN ?? '1',
        HN_ALLOW_SYNTHETIC_PID: process.env.HN_ALLOW_SYNTHETIC_PID ?? '1',
        HN_DEMO_TOOL_URL: toolUrl,
        HN_DEMO_TOOL_LTI_KEY: key,
        HN_DEMO_TOOL_LTI_SECRET: secret,
      },
    },
    {
      name: 'tool',
      command: 'node --import tsx packages/demo-tool/src/main.ts',
      env: {
        DEMO_TOOL_PORT: toolPort,
        DEMO_TOOL_PUBLIC_URL: toolUrl,
        DEMO_TOOL_DB: process.env.DEMO_TOOL_DB ?? `${dataDir}/demo-tool.db`,
        DEMO_TOOL_LTI_KEY: key,
        DEMO_TOOL_LTI_SECRET: secret,
        DEMO_TOOL_PORTAL_ORIGINS: portalOrigins,
      },
    },
  ],
  { prefixColors: ['blue', 'magenta'], killOthersOn: ['failure', 'success'] },
);

result.catch(() => process.exit(1));
