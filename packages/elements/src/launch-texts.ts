import type { LaunchFailure } from './launch-flow.ts';
import type { HnLocale } from './locale.ts';

/** Texts of a Start button and its failures, shared by every element that starts tools. */
export interface LaunchTexts {
  start: string;
  starting: string;
  withdrawn: string;
  signInToStart: string;
  launchError: string;
  /** Shown when the host cannot start this kind of tool yet (SSO). */
  launchUnavailable: string;
  /** The host refused (the tool is not offered to this user). */
  launchForbidden: string;
  launchWithdrawn: string;
  /** The sender withdrew the assignment after the page was loaded. */
  launchAssignmentWithdrawn: string;
}

export const launchTexts: Record<HnLocale, LaunchTexts> = {
  'nb-NO': {
    start: 'Start',
    starting: 'Starter …',
    withdrawn: 'Trukket tilbake',
    signInToStart: 'Logg inn for å starte verktøyet.',
    launchError: 'Verktøyet kunne ikke startes. Prøv igjen om litt.',
    launchUnavailable: 'Dette verktøyet kan ikke startes herfra ennå.',
    launchForbidden: 'Du har ikke tilgang til å starte dette verktøyet.',
    launchWithdrawn: 'Verktøyet er trukket tilbake og kan ikke startes.',
    launchAssignmentWithdrawn: 'Helsepersonellet har trukket tilbake dette verktøyet, så det kan ikke startes.',
  },
  'nn-NO': {
    start: 'Start',
    starting: 'Startar …',
    withdrawn: 'Trekt tilbake',
    signInToStart: 'Logg inn for å starte verktøyet.',
    launchError: 'Verktøyet kunne ikkje startast. Prøv igjen om litt.',
    launchUnavailable: 'Dette verktøyet kan ikkje startast herifrå enno.',
    launchForbidden: 'Du har ikkje tilgang til å starte dette verktøyet.',
    launchWithdrawn: 'Verktøyet er trekt tilbake og kan ikkje startast.',
    launchAssignmentWithdrawn: 'Helsepersonellet har trekt tilbake dette verktøyet, så det kan ikkje startast.',
  },
  'en-GB': {
    start: 'Start',
    starting: 'Starting …',
    withdrawn: 'Withdrawn',
    signInToStart: 'Sign in to start the tool.',
    launchError: 'The tool could not be started. Please try again shortly.',
    launchUnavailable: 'This tool cannot be started from here yet.',
    launchForbidden: 'You do not have access to start this tool.',
    launchWithdrawn: 'This tool has been withdrawn and cannot be started.',
    launchAssignmentWithdrawn: 'Your health service has withdrawn this tool, so it cannot be started.',
  },
};

/** Our own sentence for a failed launch; the host's English `detail` is never shown to citizens. */
export function launchFailureText(failure: LaunchFailure, texts: LaunchTexts): string {
  switch (failure) {
    case 'sign-in':
      return texts.signInToStart;
    case 'unavailable':
      return texts.launchUnavailable;
    case 'withdrawn':
      return texts.launchWithdrawn;
    case 'assignment-withdrawn':
      return texts.launchAssignmentWithdrawn;
    case 'forbidden':
      return texts.launchForbidden;
    default:
      return texts.launchError;
  }
}
