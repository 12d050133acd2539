const RESERVED_BY_RFC5849 = /[!'()*]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * RFC 5849 §3.6: percent-encodes the UTF-8 bytes of `value`, leaving only ALPHA, DIGIT, "-", ".", "_" and "~".
 */
export function percentEncode(value: string): string {
  // encodeURIComponent also leaves !'()* alone, which RFC 5849 reserves.
  return utf8PercentEncode(value).replace(RESERVED_BY_RFC5849, escapeCharacter);
}

function utf8PercentEncode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    // Only a lone surrogate throws. It reaches the wire as U+FFFD (UTF-8 cannot encode it), so sign what is sent.
    return encodeURIComponent(value.replace(LONE_SURROGATE, '\uFFFD'));
  }
}

function escapeCharacter(character: string): string {
  return `%${character.charCodeAt(0).toString(16).toUpperCase()}`;
}
