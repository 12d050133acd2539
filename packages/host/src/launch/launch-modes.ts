import type { LaunchMode } from '../db/schema.ts';

/** Whether this host can start a tool of this launch mode yet; SSO arrives with the OpenID Provider. */
export function canStart(mode: LaunchMode): boolean {
  return mode !== 'sso';
}
