import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { ConfigError, parseConfig } from './config.ts';
import { openDatabase } from './storage/database.ts';

function readConfig() {
  try {
    return parseConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

const config = readConfig();
const db = openDatabase(config.dbPath);
const server = serve({ fetch: createApp(config, { db }).fetch, port: config.port }, () => {
  console.log(`demo-tool: listening on port ${config.port}; LTI launch URL ${config.publicUrl}/lti/launch`);
});

// Finish in-flight requests, then close the database so the WAL is checkpointed.
function shutdown() {
  server.close(() => {
    db.close();
    process.exit(0);
  });
}
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
