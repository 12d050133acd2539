import { Hono } from 'hono';
import { LtiLaunchError, ltiErrorResponse, verifyLtiLaunch, type NonceStore } from '@koblingslab/launch-sdk';
import type { Config } from '../config.ts';
import { httpReturnUrl } from '../http/return-url.ts';
import { setSessionCookie } from '../http/session-cookie.ts';
import type { SessionStore } from '../storage/session-store.ts';

export interface LtiLaunchDeps {
  sessions: SessionStore;
  nonceStore: NonceStore;
  /** The public URL is https, so the session cookie is Secure. */
  secureCookie: boolean;
  now: () => number;
}

/** POST /lti/launch: verify the portal's signed LTI 1.1 launch, start a tool session and go to the test. */
export function ltiLaunchRoutes(config: Config, deps: LtiLaunchDeps): Hono {
  const app = new Hono();

  // Every method reaches the verifier, so a GET gets the SDK's readable LTI_BAD_METHOD page rather than a 404.
  app.all('/lti/launch', async (c) => {
    try {
      const launch = await verifyLtiLaunch(c.req.raw, {
        lookupSecret: (consumerKey) => (consumerKey === config.ltiKey ? config.ltiSecret : undefined),
        nonceStore: deps.nonceStore,
        publicUrl: config.publicUrl,
        ...(config.portalOrigins.length > 0 && { allowedOrigins: config.portalOrigins }),
        now: deps.now,
      });
      const returnUrl = httpReturnUrl(launch.returnUrl);
      const { id, session } = deps.sessions.create({
        userKey: launch.userKey,
        resourceLinkId: launch.resourceLink.id,
        ...(returnUrl ? { returnUrl } : {}),
        ...(launch.locale ? { locale: launch.locale } : {}),
      });
      setSessionCookie(c, id, deps.secureCookie, session.expiresAt, deps.now());
      return c.redirect('/audit', 303);
    } catch (error) {
      // The page speaks the launch's own locale, which the error carries once the capped body was read.
      if (error instanceof LtiLaunchError) return ltiErrorResponse(error);
      throw error;
    }
  });

  return app;
}

