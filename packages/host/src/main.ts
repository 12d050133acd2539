import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { ConfigError, parseConfig, type Config } from './config.ts';
import { openHost } from './host.ts';
import { createLogger } from './logger.ts';

const logger = createLogger();

function loadConfig(): Config {
  try {
    return parseConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) process.stderr.write(`config error: ${problem}\n`);
    process.exit(1);
  }
}

const config = loadConfig();
if (config.production && process.env.HN_DEV_LOGIN?.trim() === '1') {
  logger.warn('HN_DEV_LOGIN is ignored because NODE_ENV=production');
}
const host = await openHost(config, { logger, portalDir: fileURLToPath(new URL('../dist/portal', import.meta.url)) });
const server = serve({ fetch: host.app.fetch, port: config.port }, (info) => {
  logger.info('host listening', { port: info.port, publicUrl: config.publicUrl, devLogin: config.devLogin, seeded: host.seeded });
});

let stopping = false;
function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info('host stopping', { signal });
  server.close(() => {
    void host.close().then(() => process.exit(0));
  });
  // Keep-alive connections can hold close() open; do not hang a shutdown on them.
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
