/** The locales every element ships texts for. */
export const hnLocales = ['nb-NO', 'nn-NO', 'en-GB'] as const;

export type HnLocale = (typeof hnLocales)[number];

export const defaultLocale: HnLocale = 'nb-NO';

/**
 * Maps a language tag from a page (`nb`, `no`, `nn-NO`, `en`, `en-US` ...) to a supported locale.
 * Unknown or empty tags fall back to nb-NO, the portal's primary language.
 */
export function resolveLocale(tag: string | null | undefined): HnLocale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  switch (language) {
    case 'nn':
      return 'nn-NO';
    case 'en':
      return 'en-GB';
    default:
      return defaultLocale;
  }
}
