import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { NonceStore } from '@koblingslab/launch-sdk';
import { SqliteNonceStore } from '@koblingslab/launch-sdk/sqlite-nonce-store';
import type { Config } from './config.ts';
import { CSP_HEADER, contentSecurityPolicy } from './http/content-security-policy.ts';
import { STYLESHEET_PATH, TOOL_NAME } from './pages/layout.ts';
import { messagePage } from './pages/message-page.ts';
import { stylesheet } from './pages/stylesheet.ts';
import { auditRoutes } from './routes/audit.ts';
import { ltiLaunchRoutes } from './routes/lti-launch.ts';
import { AnswerStore } from './storage/answer-store.ts';
import type { ToolDatabase } from './storage/database.ts';
import { SessionStore } from './storage/session-store.ts';

export interface AppDeps {
  /** The tool's own SQLite database, already migrated (openDatabase). */
  db: ToolDatabase;
  /** Clock in ms; tests move it to expire sessions. Also the launch verifier's clock. */
  now?: () => number;
  /** Defaults to a SqliteNonceStore on the tool's database. */
  nonceStore?: NonceStore;
}

const MAX_FORM_BYTES = 64 * 1024;

export function createApp(config: Config, deps: AppDeps): Hono {
  const now = deps.now ?? Date.now;
  const sessions = new SessionStore(deps.db, now);
  const answers = new AnswerStore(deps.db, now);
  const nonceStore = deps.nonceStore ?? new SqliteNonceStore(deps.db);
  const secureCookie = config.publicUrl.startsWith('https:');

  const app = new Hono();

  app.use(
    secureHeaders({
      xFrameOptions: 'DENY',
      referrerPolicy: 'no-referrer',
      overwrite: false,
    }),
  );
  app.use(async (c, next) => {
    await next();
    // The SDK's error page and the session pages (which allow the portal as a form target) bring their own policy; keep it.
    if (!c.res.headers.has(CSP_HEADER)) c.res.headers.set(CSP_HEADER, contentSecurityPolicy());
    // Pages show answers about drinking: no shared or disk cache may keep them.
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
  });
  app.post(
    '*',
    bodyLimit({
      maxSize: MAX_FORM_BYTES,
      onError: (c) =>
        c.html(messagePage({ title: 'For stor forespørsel', message: 'Skjemaet var større enn testen tillater.' }), 413),
    }),
  );

  app.get('/', (c) =>
    c.html(
      messagePage({
        title: TOOL_NAME,
        message:
          'AUDIT er ti spørsmål fra Verdens helseorganisasjon om alkoholvanene dine. Testen startes fra helseportalen, ' +
          'så svarene dine kan lagres og du kan fortsette der du slapp.',
      }),
    ),
  );
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  // Browsers ask for it on every page; an empty answer keeps the 404 page out of their consoles.
  app.get('/favicon.ico', (c) => {
    c.header('Cache-Control', 'public, max-age=86400');
    return c.body(null, 204);
  });
  app.get(STYLESHEET_PATH, (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(stylesheet, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });

  app.route('/', ltiLaunchRoutes(config, { sessions, nonceStore, secureCookie, now }));
  app.route('/', auditRoutes({ sessions, answers, secureCookie, now }));

  app.notFound((c) =>
    c.html(messagePage({ title: 'Siden finnes ikke', message: 'Adressen finnes ikke i dette verktøyet.' }), 404),
  );
  app.onError((error, c) => {
    // The log gets the cause; the user gets a plain page, never a stack trace.
    console.error(`demo-tool: ${c.req.method} ${c.req.path} failed:`, error);
    return c.html(
      messagePage({ title: 'Noe gikk galt', message: 'Testen kunne ikke vise denne siden nå. Prøv igjen om litt.' }),
      500,
    );
  });

  return app;
}
