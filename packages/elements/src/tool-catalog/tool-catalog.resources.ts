import type { LaunchMode, ToolAudience, ToolTopic } from '../api/types.ts';
import type { HnLocale } from '../locale.ts';

/** Every text <hn-tool-catalog> shows. Functions take already formatted values. */
export interface ToolCatalogResources {
  searchLabel: string;
  searchHint: string;
  searchButton: string;
  topicFilterLabel: string;
  allTopics: string;
  audienceFilterLabel: string;
  allAudiences: string;
  topics: Record<ToolTopic, string>;
  audiences: Record<ToolAudience, string>;
  launchModes: Record<LaunchMode, string>;
  launchModeLabel: string;
  topicsLabel: string;
  loading: string;
  /** Announced in the live region when results arrive; `count` is the total, `formattedCount` the same in the locale. */
  resultCount: (count: number, formattedCount: string) => string;
  empty: string;
  clearSearch: string;
  loadError: string;
  retry: string;
  loadMore: string;
  /** Status of "load more": how many of the total are shown. */
  shownOf: (shown: string, total: string) => string;
  vendor: (vendorName: string) => string;
  updated: (formattedDate: string) => string;
  withdrawn: string;
  start: string;
  starting: string;
  signInToStart: string;
  signIn: string;
  launchError: string;
  /** Shown when the host cannot start this kind of tool yet (SSO). */
  launchUnavailable: string;
  /** The host refused (the tool is not offered to this user). */
  launchForbidden: string;
  launchWithdrawn: string;
  /** Shown to citizens instead of Start on tools meant for health personnel only. */
  personnelOnly: string;
}

const nb: ToolCatalogResources = {
  searchLabel: 'Søk etter verktøy',
  searchHint: 'Søk i navn, beskrivelse og stikkord.',
  searchButton: 'Søk',
  topicFilterLabel: 'Tema',
  allTopics: 'Alle temaer',
  audienceFilterLabel: 'Målgruppe',
  allAudiences: 'Alle målgrupper',
  topics: {
    alcohol: 'Alkohol',
    'physical-activity': 'Fysisk aktivitet',
    diet: 'Kosthold',
    smoking: 'Røyking',
    'mental-health': 'Psykisk helse',
  },
  audiences: { citizen: 'Innbyggere', personnel: 'Helsepersonell' },
  launchModes: { direct: 'Direkte lenke', lti: 'LTI', sso: 'Innlogging' },
  launchModeLabel: 'Oppstart',
  topicsLabel: 'Temaer',
  loading: 'Henter verktøy …',
  resultCount: (count, formatted) => (count === 1 ? 'Fant 1 verktøy.' : `Fant ${formatted} verktøy.`),
  empty: 'Ingen verktøy passer til søket. Prøv et annet ord eller fjern filtrene.',
  clearSearch: 'Fjern søk og filtre',
  loadError: 'Vi fikk ikke hentet verktøyene.',
  retry: 'Prøv igjen',
  loadMore: 'Vis flere',
  shownOf: (shown, total) => `Viser ${shown} av ${total}`,
  vendor: (vendorName) => `Fra ${vendorName}`,
  updated: (date) => `Oppdatert ${date}`,
  withdrawn: 'Trukket tilbake',
  start: 'Start',
  starting: 'Starter …',
  signInToStart: 'Logg inn for å starte verktøyet.',
  signIn: 'Logg inn',
  launchError: 'Verktøyet kunne ikke startes. Prøv igjen om litt.',
  launchUnavailable: 'Dette verktøyet kan ikke startes herfra ennå.',
  launchForbidden: 'Du har ikke tilgang til å starte dette verktøyet.',
  launchWithdrawn: 'Verktøyet er trukket tilbake og kan ikke startes.',
  personnelOnly: 'Bare for helsepersonell.',
};

const nn: ToolCatalogResources = {
  searchLabel: 'Søk etter verktøy',
  searchHint: 'Søk i namn, skildring og stikkord.',
  searchButton: 'Søk',
  topicFilterLabel: 'Tema',
  allTopics: 'Alle tema',
  audienceFilterLabel: 'Målgruppe',
  allAudiences: 'Alle målgrupper',
  topics: {
    alcohol: 'Alkohol',
    'physical-activity': 'Fysisk aktivitet',
    diet: 'Kosthald',
    smoking: 'Røyking',
    'mental-health': 'Psykisk helse',
  },
  audiences: { citizen: 'Innbyggjarar', personnel: 'Helsepersonell' },
  launchModes: { direct: 'Direkte lenkje', lti: 'LTI', sso: 'Innlogging' },
  launchModeLabel: 'Oppstart',
  topicsLabel: 'Tema',
  loading: 'Hentar verktøy …',
  resultCount: (count, formatted) => (count === 1 ? 'Fann 1 verktøy.' : `Fann ${formatted} verktøy.`),
  empty: 'Ingen verktøy passar til søket. Prøv eit anna ord eller fjern filtra.',
  clearSearch: 'Fjern søk og filter',
  loadError: 'Vi fekk ikkje henta verktøya.',
  retry: 'Prøv igjen',
  loadMore: 'Vis fleire',
  shownOf: (shown, total) => `Viser ${shown} av ${total}`,
  vendor: (vendorName) => `Frå ${vendorName}`,
  updated: (date) => `Oppdatert ${date}`,
  withdrawn: 'Trekt tilbake',
  start: 'Start',
  starting: 'Startar …',
  signInToStart: 'Logg inn for å starte verktøyet.',
  signIn: 'Logg inn',
  launchError: 'Verktøyet kunne ikkje startast. Prøv igjen om litt.',
  launchUnavailable: 'Dette verktøyet kan ikkje startast herifrå enno.',
  launchForbidden: 'Du har ikkje tilgang til å starte dette verktøyet.',
  launchWithdrawn: 'Verktøyet er trekt tilbake og kan ikkje startast.',
  personnelOnly: 'Berre for helsepersonell.',
};

const en: ToolCatalogResources = {
  searchLabel: 'Search for tools',
  searchHint: 'Searches names, descriptions and keywords.',
  searchButton: 'Search',
  topicFilterLabel: 'Topic',
  allTopics: 'All topics',
  audienceFilterLabel: 'Audience',
  allAudiences: 'All audiences',
  topics: {
    alcohol: 'Alcohol',
    'physical-activity': 'Physical activity',
    diet: 'Diet',
    smoking: 'Smoking',
    'mental-health': 'Mental health',
  },
  audiences: { citizen: 'Citizens', personnel: 'Health personnel' },
  launchModes: { direct: 'Direct link', lti: 'LTI', sso: 'Sign-in' },
  launchModeLabel: 'Launch',
  topicsLabel: 'Topics',
  loading: 'Loading tools …',
  resultCount: (count, formatted) => (count === 1 ? 'Found 1 tool.' : `Found ${formatted} tools.`),
  empty: 'No tools match your search. Try another word or remove the filters.',
  clearSearch: 'Clear search and filters',
  loadError: 'We could not load the tools.',
  retry: 'Try again',
  loadMore: 'Show more',
  shownOf: (shown, total) => `Showing ${shown} of ${total}`,
  vendor: (vendorName) => `By ${vendorName}`,
  updated: (date) => `Updated ${date}`,
  withdrawn: 'Withdrawn',
  start: 'Start',
  starting: 'Starting …',
  signInToStart: 'Sign in to start the tool.',
  signIn: 'Sign in',
  launchError: 'The tool could not be started. Please try again shortly.',
  launchUnavailable: 'This tool cannot be started from here yet.',
  launchForbidden: 'You do not have access to start this tool.',
  launchWithdrawn: 'This tool has been withdrawn and cannot be started.',
  personnelOnly: 'For health personnel only.',
};

export const toolCatalogResources: Record<HnLocale, ToolCatalogResources> = { 'nb-NO': nb, 'nn-NO': nn, 'en-GB': en };
