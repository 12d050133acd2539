const OAUTH_SCHEME = /^OAuth\s+/i;
const HEADER_PARAMETER = /^\s*([^=\s]+)\s*=\s*"([^"]*)"\s*$/;

/**
 * RFC 5849 §3.5.1: the parameters of an `Authorization: OAuth ...` header, percent-decoded, `realm` left out.
 * Answers an empty list for any other scheme and skips malformed entries (they cannot then be signed).
 */
export function parseOAuthAuthorizationHeader(header: string | null | undefined): Array<[string, string]> {
  if (!header || !OAUTH_SCHEME.test(header)) return [];
  const pairs: Array<[string, string]> = [];
  for (const entry of header.replace(OAUTH_SCHEME, '').split(',')) {
    const match = HEADER_PARAMETER.exec(entry);
    if (!match) continue;
    const name = decodePercent(match[1] ?? '');
    const value = decodePercent(match[2] ?? '');
    if (name === undefined || value === undefined || name === 'realm') continue;
    pairs.push([name, value]);
  }
  return pairs;
}

function decodePercent(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
