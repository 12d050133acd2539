const RESERVED_BY_RFC5849 = /[!'()*]/g;

/**
 * RFC 5849 §3.6: percent-encodes the UTF-8 bytes of `value`, leaving only ALPHA, DIGIT, "-", ".", "_" and "~".
 */
export function percentEncode(value: string): string {
  // encodeURIComponent also leaves !'()* alone, which RFC 5849 reserves.
  return encodeURIComponent(toWellFormed(value)).replace(RESERVED_BY_RFC5849, escapeCharacter);
}

function escapeCharacter(character: string): string {
  return `%${character.charCodeAt(0).toString(16).toUpperCase()}`;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// A lone surrogate reaches the wire as U+FFFD (UTF-8 has no encoding for it), so sign what will be sent.
function toWellFormed(value: string): string {
  return value.replace(LONE_SURROGATE, '\uFFFD');
}
