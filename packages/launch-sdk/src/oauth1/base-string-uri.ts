/**
 * RFC 5849 §3.4.1.2: scheme and host in lower case, the port only when it is not the scheme's default,
 * the path ("/" when empty), and no query or fragment.
 */
export function baseStringUri(url: string | URL): string {
  // The WHATWG URL parser lower-cases scheme and host, drops default ports and turns an empty path into "/".
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
}
