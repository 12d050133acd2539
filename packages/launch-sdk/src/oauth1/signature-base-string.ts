import { baseStringUri } from './base-string-uri.ts';
import { parseFormUrlEncoded } from './form-urlencoded.ts';
import { normalizeParameters } from './normalize-parameters.ts';
import { percentEncode } from './percent-encode.ts';

/**
 * RFC 5849 §3.4.1: `METHOD&enc(base string URI)&enc(normalized parameters)`.
 * The query parameters of `url` are decoded once and signed together with `pairs`; `oauth_signature` is left out.
 */
export function signatureBaseString(
  method: string,
  url: string | URL,
  pairs: ReadonlyArray<readonly [string, string]>,
): string {
  const parsed = new URL(url);
  const signed = [...parseFormUrlEncoded(parsed.search), ...pairs].filter(([name]) => name !== 'oauth_signature');
  return [method.toUpperCase(), percentEncode(baseStringUri(parsed)), percentEncode(normalizeParameters(signed))].join('&');
}
