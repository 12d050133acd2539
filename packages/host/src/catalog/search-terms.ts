import { TOPIC_NAMES, TOPICS, type Topic } from './vocabulary.ts';

/** Words in a user's query, reduced to letters and digits so nothing the user types reaches FTS5 syntax. */
export interface SearchTerms {
  /** Every term, each matched as a word prefix. */
  all: string[];
  /** Topics whose name the query spells (every term of three letters or more starts a word of the name). */
  topics: Topic[];
}

// Trigram matching needs at least three characters; shorter terms can only match as word prefixes.
const TRIGRAM_MIN = 3;
// Light Norwegian inflection stripping (definite/plural endings, bokmål and nynorsk); longest first.
const SUFFIXES = ['ene', 'ane', 'er', 'en', 'et', 'ar'];
const MIN_STEM = 4;
const MAX_TERMS = 8;

export function parseSearchTerms(q: string): SearchTerms | undefined {
  const words = q.normalize('NFC').toLocaleLowerCase('nb').match(/[\p{L}\p{N}]+/gu) ?? [];
  const all = [...new Set(words.map(stem))].slice(0, MAX_TERMS);
  return all.length === 0 ? undefined : { all, topics: topicsNamedBy(all) };
}

function topicsNamedBy(terms: readonly string[]): Topic[] {
  if (terms.some((term) => [...term].length < TRIGRAM_MIN)) return [];
  return TOPICS.filter((topic) =>
    TOPIC_NAMES[topic].some((name) => terms.every((term) => name.split(' ').some((word) => word.startsWith(term)))),
  );
}

function stem(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM) return word.slice(0, -suffix.length);
  }
  return word;
}

/** FTS5 expression for the unicode61 table: every term as a quoted word prefix. */
export function wordPrefixExpression(terms: readonly string[]): string {
  return terms.map((t) => `"${t}"*`).join(' AND ');
}

/** FTS5 expression for the trigram table: every term as a quoted substring. */
export function substringExpression(terms: readonly string[]): string {
  return terms.map((t) => `"${t}"`).join(' AND ');
}

export function splitByTrigramReach(terms: readonly string[]): { long: string[]; short: string[] } {
  return {
    long: terms.filter((t) => [...t].length >= TRIGRAM_MIN),
    short: terms.filter((t) => [...t].length < TRIGRAM_MIN),
  };
}
