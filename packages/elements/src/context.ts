import { createContext } from '@lit/context';
import type { HnApiClient } from './api/api-client.ts';
import type { HnUser } from './api/types.ts';
import type { HnLocale } from './locale.ts';

/** What <hn-provider> gives to the elements below it. A new object is provided whenever any part changes. */
export interface HnContextValue {
  /** The API client, configured with the provider's api-base and credentials. */
  api: HnApiClient;
  /** The signed-in user, or null when nobody is signed in (or /api/me has not answered yet). */
  user: HnUser | null;
  /** True while /api/me is loading, so elements can avoid flashing a sign-in hint. */
  userLoading: boolean;
  /** The resolved locale. */
  locale: HnLocale;
}

/** A registry-wide key so two copies of this bundle on one page still find each other's provider. */
export const hnContext = createContext<HnContextValue>(Symbol.for('koblingslab.hn-context'));
