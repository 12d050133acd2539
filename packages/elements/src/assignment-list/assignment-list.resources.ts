import { assignmentTexts, type AssignmentTexts } from '../assignment-texts.ts';
import type { HnLocale } from '../locale.ts';

/** Every text <hn-assignment-list> shows. Functions take already formatted values. */
export interface AssignmentListResources extends AssignmentTexts {
  caption: string;
  toolColumn: string;
  citizenColumn: string;
  sentColumn: string;
  dueColumn: string;
  statusColumn: string;
  actionsColumn: string;
  /** Read instead of the masked number (130972*****), which a screen reader would spell out as stars. */
  maskedPid: (birthDigits: string) => string;
  withdraw: string;
  confirmWithdraw: (toolName: string, citizen: string) => string;
  confirm: string;
  cancel: string;
  withdrawing: string;
  withdrawn: (toolName: string, citizen: string) => string;
  withdrawError: string;
  loading: string;
  resultCount: (count: number, formattedCount: string) => string;
  empty: string;
  loadError: string;
  retry: string;
  loadMore: string;
  shownOf: (shown: string, total: string) => string;
  signInToSee: string;
  personnelOnly: string;
}

const nb: AssignmentListResources = {
  ...assignmentTexts['nb-NO'],
  caption: 'Sendte verktøy',
  toolColumn: 'Verktøy',
  citizenColumn: 'Innbygger',
  sentColumn: 'Sendt',
  dueColumn: 'Frist',
  statusColumn: 'Status',
  actionsColumn: 'Handlinger',
  maskedPid: (digits) => `fødselsnummer som begynner med ${digits}`,
  withdraw: 'Trekk tilbake',
  confirmWithdraw: (tool, citizen) => `Vil du trekke tilbake ${tool} sendt til ${citizen}?`,
  confirm: 'Ja, trekk tilbake',
  cancel: 'Avbryt',
  withdrawing: 'Trekker tilbake …',
  withdrawn: (tool, citizen) => `${tool} til ${citizen} er trukket tilbake.`,
  withdrawError: 'Tildelingen kunne ikke trekkes tilbake. Prøv igjen om litt.',
  loading: 'Henter sendte verktøy …',
  resultCount: (count, formatted) => (count === 1 ? '1 sendt verktøy.' : `${formatted} sendte verktøy.`),
  empty: 'Du og kontoret ditt har ikke sendt noen verktøy ennå.',
  loadError: 'Vi fikk ikke hentet de sendte verktøyene.',
  retry: 'Prøv igjen',
  loadMore: 'Vis flere',
  shownOf: (shown, total) => `Viser ${shown} av ${total}`,
  signInToSee: 'Logg inn som helsepersonell for å se sendte verktøy.',
  personnelOnly: 'Bare helsepersonell kan se sendte verktøy.',
};

const nn: AssignmentListResources = {
  ...assignmentTexts['nn-NO'],
  caption: 'Sende verktøy',
  toolColumn: 'Verktøy',
  citizenColumn: 'Innbyggjar',
  sentColumn: 'Sendt',
  dueColumn: 'Frist',
  statusColumn: 'Status',
  actionsColumn: 'Handlingar',
  maskedPid: (digits) => `fødselsnummer som byrjar med ${digits}`,
  withdraw: 'Trekk tilbake',
  confirmWithdraw: (tool, citizen) => `Vil du trekkje tilbake ${tool} sendt til ${citizen}?`,
  confirm: 'Ja, trekk tilbake',
  cancel: 'Avbryt',
  withdrawing: 'Trekkjer tilbake …',
  withdrawn: (tool, citizen) => `${tool} til ${citizen} er trekt tilbake.`,
  withdrawError: 'Tildelinga kunne ikkje trekkjast tilbake. Prøv igjen om litt.',
  loading: 'Hentar sende verktøy …',
  resultCount: (count, formatted) => (count === 1 ? '1 sendt verktøy.' : `${formatted} sende verktøy.`),
  empty: 'Du og kontoret ditt har ikkje sendt nokon verktøy enno.',
  loadError: 'Vi fekk ikkje henta dei sende verktøya.',
  retry: 'Prøv igjen',
  loadMore: 'Vis fleire',
  shownOf: (shown, total) => `Viser ${shown} av ${total}`,
  signInToSee: 'Logg inn som helsepersonell for å sjå sende verktøy.',
  personnelOnly: 'Berre helsepersonell kan sjå sende verktøy.',
};

const en: AssignmentListResources = {
  ...assignmentTexts['en-GB'],
  caption: 'Tools sent',
  toolColumn: 'Tool',
  citizenColumn: 'Citizen',
  sentColumn: 'Sent',
  dueColumn: 'Due',
  statusColumn: 'Status',
  actionsColumn: 'Actions',
  maskedPid: (digits) => `identity number starting ${digits}`,
  withdraw: 'Withdraw',
  confirmWithdraw: (tool, citizen) => `Withdraw ${tool} sent to ${citizen}?`,
  confirm: 'Yes, withdraw',
  cancel: 'Cancel',
  withdrawing: 'Withdrawing …',
  withdrawn: (tool, citizen) => `${tool} for ${citizen} has been withdrawn.`,
  withdrawError: 'The assignment could not be withdrawn. Please try again shortly.',
  loading: 'Loading tools sent …',
  resultCount: (count, formatted) => (count === 1 ? '1 tool sent.' : `${formatted} tools sent.`),
  empty: 'You and your office have not sent any tools yet.',
  loadError: 'We could not load the tools sent.',
  retry: 'Try again',
  loadMore: 'Show more',
  shownOf: (shown, total) => `Showing ${shown} of ${total}`,
  signInToSee: 'Sign in as health personnel to see the tools sent.',
  personnelOnly: 'Only health personnel can see the tools sent.',
};

export const assignmentListResources: Record<HnLocale, AssignmentListResources> = { 'nb-NO': nb, 'nn-NO': nn, 'en-GB': en };
