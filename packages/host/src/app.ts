import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { routePath } from 'hono/route';
import type { JWTVerifyGetKey } from 'jose';
import type { AppEnv } from './app-env.ts';
import { createBearerAuthenticator } from './auth/bearer.ts';
import type { SigningKey } from './auth/signing-key.ts';
import type { Config } from './config.ts';
import type { Repositories } from './db/repositories.ts';
import { createLogger, type Logger } from './logger.ts';
import { ProblemError, problemResponse } from './problem.ts';
import { createPseudonyms } from './pseudonym.ts';
import { assignmentsRoutes } from './routes/assignments.ts';
import { devIdpRoutes } from './routes/dev-idp.ts';
import { healthRoutes } from './routes/health.ts';
import { launchPageRoutes } from './routes/launch-page.ts';
import { launchesRoutes } from './routes/launches.ts';
import { ltiReturnRoutes } from './routes/lti-return.ts';
import { meRoutes } from './routes/me.ts';
import { myAssignmentsRoutes } from './routes/my-assignments.ts';
import { myToolsRoutes } from './routes/my-tools.ts';
import { portalRoutes } from './routes/portal.ts';
import { toolsRoutes } from './routes/tools.ts';

export interface AppDeps {
  repositories: Repositories;
  /** The pseudonym key K. */
  pseudonymKey: Uint8Array;
  /** The dev IdP's ES256 key. */
  signingKey: SigningKey;
  /** Milliseconds since the epoch; injected so tests can move time. */
  now?: () => number;
  logger?: Logger;
  /** Built portal (index.html + assets/); served only when it exists. */
  portalDir?: string;
  /** Keys of the external portal IdP; defaults to fetching HN_AUTH_JWKS_URL. */
  externalKeys?: JWTVerifyGetKey;
}

const MAX_BODY_BYTES = 64 * 1024;

/** Builds the host's Hono app; no port is opened, so tests call `app.request()`. */
export function createApp(config: Config, deps: AppDeps) {
  const now = deps.now ?? Date.now;
  const logger = deps.logger ?? createLogger();
  const { assignments, catalog, savedTools, tickets, users } = deps.repositories;
  const pseudonyms = createPseudonyms(deps.pseudonymKey, deps.repositories.pseudonyms);
  const authenticate = createBearerAuthenticator({ config, users, devKey: deps.signingKey, now, externalKeys: deps.externalKeys });
  const app = new Hono<AppEnv>();

  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('x-content-type-options', 'nosniff');
  });
  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    // The route pattern, never the path or query: paths carry tickets and queries may carry anything a user typed.
    logger.info('request', { method: c.req.method, route: routePath(c), status: c.res.status, ms: Math.round(performance.now() - started) });
  });

  const corsPolicy = cors({
    origin: (origin) => (config.corsOrigins.includes(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowHeaders: ['Authorization', 'Content-Type'],
    maxAge: 600,
  });
  app.use('/api/*', corsPolicy);
  app.use('/dev/*', corsPolicy);
  const limitBody = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new ProblemError(413, 'payload-too-large', 'Payload too large', `The request body must be at most ${MAX_BODY_BYTES} bytes.`);
    },
  });
  app.use('/api/*', limitBody);
  app.use('/dev/*', limitBody);

  app.route('/', healthRoutes());
  app.route('/api/tools', toolsRoutes(catalog));
  app.route('/api/me', meRoutes(authenticate));
  app.route('/api/me/tools', myToolsRoutes({ authenticate, assignments, savedTools, catalog, now }));
  app.route('/api/me/assignments', myAssignmentsRoutes({ authenticate, assignments, catalog, now }));
  app.route('/api/assignments', assignmentsRoutes({ authenticate, assignments, catalog, allowSyntheticPid: config.allowSyntheticPid, now }));
  app.route('/api/launches', launchesRoutes({ authenticate, catalog, assignments, tickets, publicUrl: config.publicUrl, now }));
  app.route('/launch', launchPageRoutes({ catalog, assignments, tickets, users, pseudonyms, publicUrl: config.publicUrl, now }));
  app.route('/lti', ltiReturnRoutes());
  if (config.devLogin) {
    app.route('/dev', devIdpRoutes({ users, signingKey: deps.signingKey, publicUrl: config.publicUrl, now }));
  }
  app.route('/', portalRoutes(deps.portalDir));

  app.notFound(() =>
    problemResponse({ type: 'urn:koblingslab:problem:not-found', title: 'Not found', status: 404, detail: 'There is nothing at this address.' }),
  );
  app.onError((error, c) => {
    if (error instanceof ProblemError) return error.toResponse();
    if (error instanceof HTTPException && error.status < 500) {
      return problemResponse({ type: 'urn:koblingslab:problem:http', title: 'Request failed', status: error.status, detail: error.message || 'The request failed.' });
    }
    logger.error('unhandled error', { route: routePath(c), error: error.name, reason: error.message });
    return problemResponse({
      type: 'urn:koblingslab:problem:internal',
      title: 'Internal error',
      status: 500,
      detail: 'Something went wrong on our side. Please try again later.',
    });
  });

  return app;
}
