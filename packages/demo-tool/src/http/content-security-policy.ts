export const CSP_HEADER = 'Content-Security-Policy';

/**
 * The tool's policy: no scripts, its own stylesheet, no framing. `formActionOrigins` are the other origins a form post may end
 * up on: leaving the test 303s to the portal, and Chromium applies form-action to a form submission's redirects too.
 */
export function contentSecurityPolicy(formActionOrigins: readonly string[] = []): string {
  return [
    "default-src 'none'",
    "style-src 'self'",
    "img-src 'self'",
    `form-action ${["'self'", ...formActionOrigins].join(' ')}`,
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
