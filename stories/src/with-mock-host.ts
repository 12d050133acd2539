// The one wrapper every story renders in: <hn-provider> pointed at a fresh mocked host, signed in as the story's user,
// in the story's locale (or the toolbar's).
import type { ArgTypes, Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { action } from 'storybook/actions';
import { citizen, editor, personnel } from './fixtures.ts';
import { logDetail } from './log-detail.ts';
import { createMockHost, type MockHostOptions } from './mock-host.ts';

/** Who is signed in. "refused" sends a token the host answers 401 to, as for an expired session. */
export type StoryUser = 'nobody' | 'citizen' | 'personnel' | 'editor' | 'refused';

/** The story's locale; `toolbar` follows the Locale toolbar. */
export type StoryLocale = 'toolbar' | 'nb-NO' | 'nn-NO' | 'en-GB';

/** Args every story has, besides the element's own attributes. */
export interface ProviderArgs {
  user: StoryUser;
  lang: StoryLocale;
}

const signedIn = { citizen, personnel, editor } as const;

/** Controls for the provider args, shown under "provider" in the controls table. */
export const providerArgTypes: Partial<ArgTypes<ProviderArgs>> = {
  user: {
    description: 'Who the mocked host says is signed in (`refused`: a token the host answers 401 to).',
    control: 'inline-radio',
    options: ['nobody', 'citizen', 'personnel', 'editor', 'refused'],
    table: { category: 'provider' },
  },
  lang: {
    description: '`lang` of `<hn-provider>`; `toolbar` follows the Locale toolbar.',
    control: 'inline-radio',
    options: ['toolbar', 'nb-NO', 'nn-NO', 'en-GB'],
    table: { category: 'provider' },
  },
};

/**
 * Renders the story inside `<hn-provider>` with a mocked host built from `parameters.mockHost` (`MockHostOptions`)
 * and the `user` arg.
 * Every render (a story opened, a control changed) gets a new host, so state never leaks between renders.
 */
export const withMockHost: Decorator = (story, { args, globals, parameters }) => {
  const user = (args.user as StoryUser | undefined) ?? 'nobody';
  const storyLocale = (args.lang as StoryLocale | undefined) ?? 'toolbar';
  const lang = storyLocale === 'toolbar' ? ((globals.locale as string | undefined) ?? 'nb-NO') : storyLocale;
  const host = parameters.mockHost as MockHostOptions | undefined;
  const apiBase = createMockHost({ ...host, user: user === 'nobody' || user === 'refused' ? null : signedIn[user] });
  const token = user === 'nobody' ? null : `story-token-${user}`;
  return html`<hn-provider
    api-base=${apiBase}
    .token=${token}
    lang=${lang}
    style=${styleMap(customProperties(args))}
    @hn-user-change=${logDetail(action('hn-user-change'))}
  >
    ${story()}
  </hn-provider>`;
};

/**
 * The `--hn-*` controls a designer has set. They go on the provider and the elements inherit them (custom properties
 * inherit through its `display: contents`).
 */
function customProperties(args: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(args).filter((entry): entry is [string, string] => entry[0].startsWith('--hn-') && typeof entry[1] === 'string' && entry[1] !== ''),
  );
}
