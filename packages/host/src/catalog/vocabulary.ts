/** The closed vocabularies of the catalog, in the order they are presented. */
export const TOPICS = ['alcohol', 'physical-activity', 'diet', 'smoking', 'mental-health'] as const;
export const AUDIENCES = ['citizen', 'personnel'] as const;
export const LANGUAGES = ['nb', 'nn', 'en', 'se'] as const;
export const LAUNCH_MODES = ['direct', 'lti', 'sso'] as const;
export const LOCALES = ['nb-NO', 'nn-NO', 'en-GB'] as const;

export type Topic = (typeof TOPICS)[number];

/** Each topic's name as the elements show it (nb, nn, en), so searching for a name seen on a card finds its tools. */
export const TOPIC_NAMES: Record<Topic, readonly string[]> = {
  alcohol: ['alkohol', 'alcohol'],
  'physical-activity': ['fysisk aktivitet', 'physical activity'],
  diet: ['kosthold', 'kosthald', 'diet'],
  smoking: ['røyking', 'smoking'],
  'mental-health': ['psykisk helse', 'mental health'],
};
export type Audience = (typeof AUDIENCES)[number];
export type Language = (typeof LANGUAGES)[number];
export type Locale = (typeof LOCALES)[number];

/** Sorts values into the vocabulary's own order (stable output regardless of storage order). */
export function inVocabularyOrder<T extends string>(vocabulary: readonly T[], values: readonly string[]): T[] {
  return vocabulary.filter((v) => values.includes(v));
}
