import { assignmentTexts, type AssignmentTexts } from '../assignment-texts.ts';
import type { HnLocale } from '../locale.ts';

/** Every text <hn-assign-tool> shows. Functions take already formatted values. */
export interface AssignToolResources extends AssignmentTexts {
  pidLabel: string;
  pidHint: string;
  pidMissing: string;
  pidIncomplete: string;
  pidInvalid: string;
  pidHNumber: string;
  /** The host refused the number (e.g. a test number where test numbers are off). */
  pidRejected: string;
  /** Not the catalog's "Søk etter verktøy": both may be on one page, and a screen reader lists them by name. */
  toolSearchLabel: string;
  toolSearchHint: string;
  toolLabel: string;
  toolPlaceholder: string;
  toolsLoading: string;
  toolCount: (count: number, formattedCount: string) => string;
  toolsLoadError: string;
  retry: string;
  toolMissing: string;
  toolRejected: string;
  messageLabel: string;
  /** Visible counter, e.g. "12 av 1000 tegn". */
  messageCounter: (used: string, max: string) => string;
  /** Announced after a typing pause. */
  messageRemaining: (remaining: string) => string;
  /** Announced after a typing pause when the message is over the limit. */
  messageOver: (over: string) => string;
  messageTooLong: (max: string) => string;
  /** The host refused the message (the length is checked here first, so it is about the characters). */
  messageRejected: string;
  dueDateLabel: string;
  dueDateInvalid: string;
  submit: string;
  sending: string;
  /** `recipient` is the citizen's name, or the masked number (130972*****). */
  sent: (toolName: string, recipient: string) => string;
  duplicate: (toolName: string, status: string, sentDate: string) => string;
  sendError: string;
  forbidden: string;
  signInToSend: string;
  personnelOnly: string;
}

const nb: AssignToolResources = {
  ...assignmentTexts['nb-NO'],
  pidLabel: 'Fødselsnummer eller D-nummer',
  pidHint: '11 sifre.',
  pidMissing: 'Skriv inn fødselsnummer eller D-nummer.',
  pidIncomplete: 'Fødselsnummeret må ha 11 sifre.',
  pidInvalid: 'Dette er ikke et gyldig fødselsnummer eller D-nummer. Sjekk sifrene.',
  pidHNumber: 'Dette ser ut som et H-nummer. Bruk fødselsnummer eller D-nummer.',
  pidRejected: 'Fødselsnummeret ble ikke godtatt. Sjekk sifrene.',
  toolSearchLabel: 'Søk etter verktøy å sende',
  toolSearchHint: 'Bare verktøy som kan sendes til innbyggere vises.',
  toolLabel: 'Verktøy',
  toolPlaceholder: 'Velg verktøy',
  toolsLoading: 'Henter verktøy …',
  toolCount: (count, formatted) => (count === 1 ? 'Fant 1 verktøy.' : `Fant ${formatted} verktøy.`),
  toolsLoadError: 'Vi fikk ikke hentet verktøyene.',
  retry: 'Prøv igjen',
  toolMissing: 'Velg et verktøy.',
  toolRejected: 'Dette verktøyet kan ikke sendes. Velg et annet.',
  messageLabel: 'Melding til innbyggeren (valgfritt)',
  messageCounter: (used, max) => `${used} av ${max} tegn`,
  messageRemaining: (remaining) => `${remaining} tegn igjen`,
  messageOver: (over) => `${over} tegn for mye`,
  messageTooLong: (max) => `Meldingen kan ha høyst ${max} tegn.`,
  messageRejected: 'Meldingen har tegn som ikke kan sendes, for eksempel usynlige styretegn. Skriv den inn på nytt.',
  dueDateLabel: 'Frist (valgfritt)',
  dueDateInvalid: 'Fristen kan ikke være før i dag.',
  submit: 'Send verktøy',
  sending: 'Sender …',
  sent: (toolName, recipient) => `${toolName} er sendt til ${recipient}.`,
  duplicate: (toolName, status, sentDate) =>
    `Dere har allerede sendt ${toolName} til innbyggeren, og den er ikke avsluttet (status: ${status}, sendt ${sentDate}).`,
  sendError: 'Verktøyet ble ikke sendt. Prøv igjen om litt.',
  forbidden: 'Du har ikke tilgang til å sende verktøy.',
  signInToSend: 'Logg inn som helsepersonell for å sende verktøy.',
  personnelOnly: 'Bare helsepersonell kan sende verktøy.',
};

const nn: AssignToolResources = {
  ...assignmentTexts['nn-NO'],
  pidLabel: 'Fødselsnummer eller D-nummer',
  pidHint: '11 siffer.',
  pidMissing: 'Skriv inn fødselsnummer eller D-nummer.',
  pidIncomplete: 'Fødselsnummeret må ha 11 siffer.',
  pidInvalid: 'Dette er ikkje eit gyldig fødselsnummer eller D-nummer. Sjekk siffera.',
  pidHNumber: 'Dette ser ut som eit H-nummer. Bruk fødselsnummer eller D-nummer.',
  pidRejected: 'Fødselsnummeret vart ikkje godteke. Sjekk siffera.',
  toolSearchLabel: 'Søk etter verktøy å sende',
  toolSearchHint: 'Berre verktøy som kan sendast til innbyggjarar blir viste.',
  toolLabel: 'Verktøy',
  toolPlaceholder: 'Vel verktøy',
  toolsLoading: 'Hentar verktøy …',
  toolCount: (count, formatted) => (count === 1 ? 'Fann 1 verktøy.' : `Fann ${formatted} verktøy.`),
  toolsLoadError: 'Vi fekk ikkje henta verktøya.',
  retry: 'Prøv igjen',
  toolMissing: 'Vel eit verktøy.',
  toolRejected: 'Dette verktøyet kan ikkje sendast. Vel eit anna.',
  messageLabel: 'Melding til innbyggjaren (valfritt)',
  messageCounter: (used, max) => `${used} av ${max} teikn`,
  messageRemaining: (remaining) => `${remaining} teikn att`,
  messageOver: (over) => `${over} teikn for mykje`,
  messageTooLong: (max) => `Meldinga kan ha høgst ${max} teikn.`,
  messageRejected: 'Meldinga har teikn som ikkje kan sendast, til dømes usynlege styreteikn. Skriv henne inn på nytt.',
  dueDateLabel: 'Frist (valfritt)',
  dueDateInvalid: 'Fristen kan ikkje vere før i dag.',
  submit: 'Send verktøy',
  sending: 'Sender …',
  sent: (toolName, recipient) => `${toolName} er sendt til ${recipient}.`,
  duplicate: (toolName, status, sentDate) =>
    `De har alt sendt ${toolName} til innbyggjaren, og det er ikkje avslutta (status: ${status}, sendt ${sentDate}).`,
  sendError: 'Verktøyet vart ikkje sendt. Prøv igjen om litt.',
  forbidden: 'Du har ikkje tilgang til å sende verktøy.',
  signInToSend: 'Logg inn som helsepersonell for å sende verktøy.',
  personnelOnly: 'Berre helsepersonell kan sende verktøy.',
};

const en: AssignToolResources = {
  ...assignmentTexts['en-GB'],
  pidLabel: 'National identity number or D number',
  pidHint: '11 digits.',
  pidMissing: 'Enter a national identity number or D number.',
  pidIncomplete: 'The number must have 11 digits.',
  pidInvalid: 'This is not a valid national identity number or D number. Check the digits.',
  pidHNumber: 'This looks like an H number. Use a national identity number or D number.',
  pidRejected: 'The number was not accepted. Check the digits.',
  toolSearchLabel: 'Search for a tool to send',
  toolSearchHint: 'Only tools that can be sent to citizens are shown.',
  toolLabel: 'Tool',
  toolPlaceholder: 'Choose a tool',
  toolsLoading: 'Loading tools …',
  toolCount: (count, formatted) => (count === 1 ? 'Found 1 tool.' : `Found ${formatted} tools.`),
  toolsLoadError: 'We could not load the tools.',
  retry: 'Try again',
  toolMissing: 'Choose a tool.',
  toolRejected: 'This tool cannot be sent. Choose another.',
  messageLabel: 'Message to the citizen (optional)',
  messageCounter: (used, max) => `${used} of ${max} characters`,
  messageRemaining: (remaining) => `${remaining} characters left`,
  messageOver: (over) => `${over} characters too many`,
  messageTooLong: (max) => `The message can have at most ${max} characters.`,
  messageRejected: 'The message has characters that cannot be sent, such as invisible control characters. Please type it again.',
  dueDateLabel: 'Due date (optional)',
  dueDateInvalid: 'The due date cannot be before today.',
  submit: 'Send tool',
  sending: 'Sending …',
  sent: (toolName, recipient) => `${toolName} has been sent to ${recipient}.`,
  duplicate: (toolName, status, sentDate) =>
    `Your organisation has already sent ${toolName} to this citizen and it is still open (status: ${status}, sent ${sentDate}).`,
  sendError: 'The tool was not sent. Please try again shortly.',
  forbidden: 'You do not have access to send tools.',
  signInToSend: 'Sign in as health personnel to send tools.',
  personnelOnly: 'Only health personnel can send tools.',
};

export const assignToolResources: Record<HnLocale, AssignToolResources> = { 'nb-NO': nb, 'nn-NO': nn, 'en-GB': en };
