import { assignmentTexts, type AssignmentTexts } from '../assignment-texts.ts';
import { launchTexts, type LaunchTexts } from '../launch-texts.ts';
import type { HnLocale } from '../locale.ts';

/** Every text <hn-my-tools> shows. Functions take already formatted values. */
export interface MyToolsResources extends LaunchTexts, AssignmentTexts {
  receivedHeading: string;
  savedHeading: string;
  sentBy: (senderName: string, organisationName: string) => string;
  messageLabel: string;
  sentLabel: string;
  dueLabel: string;
  statusLabel: string;
  vendor: (vendorName: string) => string;
  savedOn: (formattedDate: string) => string;
  assignmentWithdrawn: string;
  markDone: string;
  markingDone: string;
  remove: string;
  removing: string;
  /** Announced after an action, for screen readers. */
  markedDone: (toolName: string) => string;
  removed: (toolName: string) => string;
  actionError: string;
  loading: string;
  loadError: string;
  retry: string;
  empty: string;
  receivedEmpty: string;
  savedEmpty: string;
  catalogLink: string;
  signInToSee: string;
  signIn: string;
  citizensOnly: string;
}

const nb: MyToolsResources = {
  ...launchTexts['nb-NO'],
  ...assignmentTexts['nb-NO'],
  receivedHeading: 'Mottatte verktøy',
  savedHeading: 'Lagrede verktøy',
  sentBy: (sender, organisation) => `Sendt av ${sender}, ${organisation}`,
  messageLabel: 'Melding',
  sentLabel: 'Sendt',
  dueLabel: 'Frist',
  statusLabel: 'Status',
  vendor: (vendorName) => `Fra ${vendorName}`,
  savedOn: (date) => `Lagret ${date}`,
  assignmentWithdrawn: 'Helsepersonellet har trukket tilbake dette verktøyet.',
  markDone: 'Marker som fullført',
  markingDone: 'Markerer …',
  remove: 'Fjern',
  removing: 'Fjerner …',
  markedDone: (toolName) => `${toolName} er markert som fullført.`,
  removed: (toolName) => `${toolName} er fjernet fra mine verktøy.`,
  actionError: 'Det gikk ikke. Prøv igjen om litt.',
  loading: 'Henter verktøyene dine …',
  loadError: 'Vi fikk ikke hentet verktøyene dine.',
  retry: 'Prøv igjen',
  empty: 'Du har ingen verktøy ennå.',
  receivedEmpty: 'Du har ikke fått tilsendt noen verktøy.',
  savedEmpty: 'Du har ikke lagret noen verktøy.',
  catalogLink: 'Finn verktøy i verktøykatalogen',
  signInToSee: 'Logg inn for å se verktøyene dine.',
  signIn: 'Logg inn',
  citizensOnly: 'Mine verktøy er for innbyggere.',
};

const nn: MyToolsResources = {
  ...launchTexts['nn-NO'],
  ...assignmentTexts['nn-NO'],
  receivedHeading: 'Mottekne verktøy',
  savedHeading: 'Lagra verktøy',
  sentBy: (sender, organisation) => `Sendt av ${sender}, ${organisation}`,
  messageLabel: 'Melding',
  sentLabel: 'Sendt',
  dueLabel: 'Frist',
  statusLabel: 'Status',
  vendor: (vendorName) => `Frå ${vendorName}`,
  savedOn: (date) => `Lagra ${date}`,
  assignmentWithdrawn: 'Helsepersonellet har trekt tilbake dette verktøyet.',
  markDone: 'Merk som fullført',
  markingDone: 'Merkar …',
  remove: 'Fjern',
  removing: 'Fjernar …',
  markedDone: (toolName) => `${toolName} er merkt som fullført.`,
  removed: (toolName) => `${toolName} er fjerna frå mine verktøy.`,
  actionError: 'Det gjekk ikkje. Prøv igjen om litt.',
  loading: 'Hentar verktøya dine …',
  loadError: 'Vi fekk ikkje henta verktøya dine.',
  retry: 'Prøv igjen',
  empty: 'Du har ingen verktøy enno.',
  receivedEmpty: 'Du har ikkje fått tilsendt nokon verktøy.',
  savedEmpty: 'Du har ikkje lagra nokon verktøy.',
  catalogLink: 'Finn verktøy i verktøykatalogen',
  signInToSee: 'Logg inn for å sjå verktøya dine.',
  signIn: 'Logg inn',
  citizensOnly: 'Mine verktøy er for innbyggjarar.',
};

const en: MyToolsResources = {
  ...launchTexts['en-GB'],
  ...assignmentTexts['en-GB'],
  receivedHeading: 'Tools you received',
  savedHeading: 'Saved tools',
  sentBy: (sender, organisation) => `Sent by ${sender}, ${organisation}`,
  messageLabel: 'Message',
  sentLabel: 'Sent',
  dueLabel: 'Due',
  statusLabel: 'Status',
  vendor: (vendorName) => `By ${vendorName}`,
  savedOn: (date) => `Saved ${date}`,
  assignmentWithdrawn: 'Your health service has withdrawn this tool.',
  markDone: 'Mark as completed',
  markingDone: 'Marking …',
  remove: 'Remove',
  removing: 'Removing …',
  markedDone: (toolName) => `${toolName} is marked as completed.`,
  removed: (toolName) => `${toolName} was removed from your tools.`,
  actionError: 'That did not work. Please try again shortly.',
  loading: 'Loading your tools …',
  loadError: 'We could not load your tools.',
  retry: 'Try again',
  empty: 'You have no tools yet.',
  receivedEmpty: 'You have not been sent any tools.',
  savedEmpty: 'You have not saved any tools.',
  catalogLink: 'Find tools in the tool catalogue',
  signInToSee: 'Sign in to see your tools.',
  signIn: 'Sign in',
  citizensOnly: 'My tools is for citizens.',
};

export const myToolsResources: Record<HnLocale, MyToolsResources> = { 'nb-NO': nb, 'nn-NO': nn, 'en-GB': en };
