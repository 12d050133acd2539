import type { LaunchMode, ToolAudience, ToolLanguage, ToolTopic } from '../api/types.ts';
import { launchTexts, type LaunchTexts } from '../launch-texts.ts';
import type { HnLocale } from '../locale.ts';

/** Every text <hn-tool-catalog> shows. Functions take already formatted values. */
export interface ToolCatalogResources extends LaunchTexts {
  searchLabel: string;
  searchHint: string;
  searchButton: string;
  topicFilterLabel: string;
  allTopics: string;
  audienceFilterLabel: string;
  allAudiences: string;
  topics: Record<ToolTopic, string>;
  audiences: Record<ToolAudience, string>;
  /** Badge words for how a tool starts, in terms of what it learns about the user (not protocol names). */
  launchModes: Record<LaunchMode, string>;
  /** One sentence per launch mode: what the tool gets to know. The badge's title, and in the card's details. */
  launchModeHints: Record<LaunchMode, string>;
  launchModeLabel: string;
  topicsLabel: string;
  /** Labels in a card's details. */
  languagesLabel: string;
  languages: Record<ToolLanguage, string>;
  keywordsLabel: string;
  loading: string;
  /** Announced in the live region when results arrive; `count` is the total, `formattedCount` the same in the locale. */
  resultCount: (count: number, formattedCount: string) => string;
  empty: string;
  clearSearch: string;
  loadError: string;
  /** The host refused the search text as too long; `max` is the formatted limit. */
  searchTooLong: (max: string) => string;
  /** The host refused another part of the search (a filter set by the page, a stale cursor). */
  searchInvalid: string;
  retry: string;
  loadMore: string;
  /** Status of "load more": how many of the total are shown. */
  shownOf: (shown: string, total: string) => string;
  vendor: (vendorName: string) => string;
  updated: (formattedDate: string) => string;
  signIn: string;
  /** Shown to citizens instead of Start on tools meant for health personnel only. */
  personnelOnly: string;
  /** Citizens: adds the tool to "my tools". */
  save: string;
  saving: string;
  /** The tool is in "my tools" already. */
  saved: string;
  saveError: string;
}

const nb: ToolCatalogResources = {
  ...launchTexts['nb-NO'],
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
  launchModes: { direct: 'Åpen lenke', lti: 'Anonym innlogging', sso: 'Innlogging med navn' },
  launchModeHints: {
    direct: 'Verktøyet får ikke vite hvem du er.',
    lti: 'Verktøyet får ikke navnet ditt, bare en kode som lar det huske deg.',
    sso: 'Verktøyet kan be om navnet og fødselsnummeret ditt. Du blir spurt før noe deles.',
  },
  launchModeLabel: 'Oppstart',
  topicsLabel: 'Temaer',
  languagesLabel: 'Språk',
  languages: { nb: 'Bokmål', nn: 'Nynorsk', en: 'Engelsk', se: 'Nordsamisk' },
  keywordsLabel: 'Stikkord',
  loading: 'Henter verktøy …',
  resultCount: (count, formatted) => (count === 1 ? 'Fant 1 verktøy.' : `Fant ${formatted} verktøy.`),
  empty: 'Ingen verktøy passer til søket. Prøv et annet ord eller fjern filtrene.',
  clearSearch: 'Fjern søk og filtre',
  loadError: 'Vi fikk ikke hentet verktøyene.',
  searchTooLong: (max) => `Søket er for langt. Bruk høyst ${max} tegn.`,
  searchInvalid: 'Søket kunne ikke brukes. Endre søket eller fjern filtrene.',
  retry: 'Prøv igjen',
  loadMore: 'Vis flere',
  shownOf: (shown, total) => `Viser ${shown} av ${total}`,
  vendor: (vendorName) => `Fra ${vendorName}`,
  updated: (date) => `Oppdatert ${date}`,
  signIn: 'Logg inn',
  personnelOnly: 'Bare for helsepersonell.',
  save: 'Legg til i mine verktøy',
  saving: 'Legger til …',
  saved: 'Lagt til i mine verktøy',
  saveError: 'Verktøyet kunne ikke legges til. Prøv igjen om litt.',
};

const nn: ToolCatalogResources = {
  ...launchTexts['nn-NO'],
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
  launchModes: { direct: 'Open lenkje', lti: 'Anonym innlogging', sso: 'Innlogging med namn' },
  launchModeHints: {
    direct: 'Verktøyet får ikkje vite kven du er.',
    lti: 'Verktøyet får ikkje namnet ditt, berre ein kode som lèt det hugse deg.',
    sso: 'Verktøyet kan be om namnet og fødselsnummeret ditt. Du blir spurd før noko blir delt.',
  },
  launchModeLabel: 'Oppstart',
  topicsLabel: 'Tema',
  languagesLabel: 'Språk',
  languages: { nb: 'Bokmål', nn: 'Nynorsk', en: 'Engelsk', se: 'Nordsamisk' },
  keywordsLabel: 'Stikkord',
  loading: 'Hentar verktøy …',
  resultCount: (count, formatted) => (count === 1 ? 'Fann 1 verktøy.' : `Fann ${formatted} verktøy.`),
  empty: 'Ingen verktøy passar til søket. Prøv eit anna ord eller fjern filtra.',
  clearSearch: 'Fjern søk og filter',
  loadError: 'Vi fekk ikkje henta verktøya.',
  searchTooLong: (max) => `Søket er for langt. Bruk høgst ${max} teikn.`,
  searchInvalid: 'Søket kunne ikkje brukast. Endre søket eller fjern filtra.',
  retry: 'Prøv igjen',
  loadMore: 'Vis fleire',
  shownOf: (shown, total) => `Viser ${shown} av ${total}`,
  vendor: (vendorName) => `Frå ${vendorName}`,
  updated: (date) => `Oppdatert ${date}`,
  signIn: 'Logg inn',
  personnelOnly: 'Berre for helsepersonell.',
  save: 'Legg til i mine verktøy',
  saving: 'Legg til …',
  saved: 'Lagt til i mine verktøy',
  saveError: 'Verktøyet kunne ikkje leggjast til. Prøv igjen om litt.',
};

const en: ToolCatalogResources = {
  ...launchTexts['en-GB'],
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
  launchModes: { direct: 'Open link', lti: 'Anonymous sign-in', sso: 'Sign-in with your name' },
  launchModeHints: {
    direct: 'The tool is not told who you are.',
    lti: 'The tool does not get your name, only a code that lets it remember you.',
    sso: 'The tool may ask for your name and national identity number. You are asked before anything is shared.',
  },
  launchModeLabel: 'Launch',
  topicsLabel: 'Topics',
  languagesLabel: 'Languages',
  languages: { nb: 'Norwegian Bokmål', nn: 'Norwegian Nynorsk', en: 'English', se: 'Northern Sámi' },
  keywordsLabel: 'Keywords',
  loading: 'Loading tools …',
  resultCount: (count, formatted) => (count === 1 ? 'Found 1 tool.' : `Found ${formatted} tools.`),
  empty: 'No tools match your search. Try another word or remove the filters.',
  clearSearch: 'Clear search and filters',
  loadError: 'We could not load the tools.',
  searchTooLong: (max) => `The search is too long. Use at most ${max} characters.`,
  searchInvalid: 'The search could not be used. Change it or remove the filters.',
  retry: 'Try again',
  loadMore: 'Show more',
  shownOf: (shown, total) => `Showing ${shown} of ${total}`,
  vendor: (vendorName) => `By ${vendorName}`,
  updated: (date) => `Updated ${date}`,
  signIn: 'Sign in',
  personnelOnly: 'For health personnel only.',
  save: 'Add to my tools',
  saving: 'Adding …',
  saved: 'Added to my tools',
  saveError: 'The tool could not be added. Please try again shortly.',
};

export const toolCatalogResources: Record<HnLocale, ToolCatalogResources> = { 'nb-NO': nb, 'nn-NO': nn, 'en-GB': en };
