import { percentEncode } from './percent-encode.ts';

/**
 * RFC 5849 §3.4.1.3.2: encodes every pair, sorts by encoded name then encoded value, and joins them as `name=value&...`.
 * Duplicate names are kept.
 */
export function normalizeParameters(pairs: ReadonlyArray<readonly [string, string]>): string {
  return pairs
    .map(([name, value]): [string, string] => [percentEncode(name), percentEncode(value)])
    .sort(compareEncodedPairs)
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}

// Encoded strings are ASCII, so comparing UTF-16 code units is the byte order the RFC asks for.
function compareEncodedPairs([nameA, valueA]: [string, string], [nameB, valueB]: [string, string]): number {
  if (nameA !== nameB) return nameA < nameB ? -1 : 1;
  if (valueA !== valueB) return valueA < valueB ? -1 : 1;
  return 0;
}
