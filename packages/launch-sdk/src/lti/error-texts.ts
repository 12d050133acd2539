import type { LtiLaunchErrorCode } from './launch-error.ts';

export type ErrorPageLocale = 'nb-NO' | 'en-GB';

export interface ErrorPageTexts {
  lang: string;
  title: string;
  nextStep: string;
  codeLabel: string;
  unexpected: string;
  codes: Record<LtiLaunchErrorCode, string>;
}

/** What a person sees when a launch fails, per locale. */
export const ERROR_PAGE_TEXTS: Record<ErrorPageLocale, ErrorPageTexts> = {
  'nb-NO': {
    lang: 'nb',
    title: 'Verktøyet kunne ikke starte',
    nextStep: 'Gå tilbake til portalen og start verktøyet derfra på nytt.',
    codeLabel: 'Feilkode',
    unexpected: 'Noe gikk galt da verktøyet skulle starte.',
    codes: {
      LTI_BAD_SIGNATURE: 'Vi kunne ikke bekrefte at oppstarten kom fra portalen.',
      LTI_UNKNOWN_CONSUMER: 'Verktøyet kjenner ikke igjen portalen som prøvde å starte det.',
      LTI_UNSUPPORTED_SIGNATURE_METHOD: 'Oppstarten er signert på en måte verktøyet ikke støtter.',
      LTI_NONCE_REPLAYED: 'Denne oppstarten er allerede brukt, og kan bare brukes én gang.',
      LTI_TIMESTAMP_OUT_OF_WINDOW: 'Oppstarten er utløpt eller har feil tidspunkt.',
      LTI_BAD_VERSION: 'Oppstarten bruker en versjon verktøyet ikke støtter.',
      LTI_BAD_MESSAGE_TYPE: 'Oppstarten er ikke en vanlig start av verktøyet.',
      LTI_MISSING_RESOURCE_LINK_ID: 'Oppstarten sier ikke hva som skal åpnes.',
      LTI_MISSING_USER_ID: 'Oppstarten mangler brukeren, så verktøyet kan ikke kjenne deg igjen.',
      LTI_BAD_CONTENT_TYPE: 'Oppstarten ble sendt i et format verktøyet ikke forstår.',
      LTI_BODY_TOO_LARGE: 'Oppstarten inneholder mer enn verktøyet tar imot.',
      LTI_BODY_UNREADABLE: 'Oppstarten ble brutt før verktøyet fikk lest den.',
      LTI_BAD_METHOD: 'Denne adressen kan bare åpnes fra portalen.',
      LTI_FOREIGN_ORIGIN: 'Oppstarten kom fra en annen nettside enn portalen.',
      LTI_MISSING_OAUTH_PARAMETER: 'Oppstarten mangler nødvendige sikkerhetsopplysninger.',
      LTI_DUPLICATE_OAUTH_PARAMETER: 'Oppstarten har doble sikkerhetsopplysninger.',
    },
  },
  'en-GB': {
    lang: 'en-GB',
    title: 'The tool could not start',
    nextStep: 'Go back to the portal and start the tool from there again.',
    codeLabel: 'Error code',
    unexpected: 'Something went wrong while the tool was starting.',
    codes: {
      LTI_BAD_SIGNATURE: 'We could not confirm that the launch came from the portal.',
      LTI_UNKNOWN_CONSUMER: 'The tool does not recognise the portal that tried to start it.',
      LTI_UNSUPPORTED_SIGNATURE_METHOD: 'The launch is signed in a way the tool does not support.',
      LTI_NONCE_REPLAYED: 'This launch has already been used, and it can be used only once.',
      LTI_TIMESTAMP_OUT_OF_WINDOW: 'The launch has expired or carries the wrong time.',
      LTI_BAD_VERSION: 'The launch uses a version the tool does not support.',
      LTI_BAD_MESSAGE_TYPE: 'The launch is not an ordinary start of the tool.',
      LTI_MISSING_RESOURCE_LINK_ID: 'The launch does not say what to open.',
      LTI_MISSING_USER_ID: 'The launch has no user, so the tool cannot recognise you.',
      LTI_BAD_CONTENT_TYPE: 'The launch was sent in a format the tool does not understand.',
      LTI_BODY_TOO_LARGE: 'The launch carries more than the tool accepts.',
      LTI_BODY_UNREADABLE: 'The launch broke off before the tool could read it.',
      LTI_BAD_METHOD: 'This address can only be opened from the portal.',
      LTI_FOREIGN_ORIGIN: 'The launch came from a website other than the portal.',
      LTI_MISSING_OAUTH_PARAMETER: 'The launch is missing required security details.',
      LTI_DUPLICATE_OAUTH_PARAMETER: 'The launch repeats security details.',
    },
  },
};

/** en-GB for any English locale, nb-NO otherwise. */
export function errorPageLocale(locale: string | undefined): ErrorPageLocale {
  return locale?.toLowerCase().startsWith('en') ? 'en-GB' : 'nb-NO';
}
