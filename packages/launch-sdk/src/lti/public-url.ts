import proxyAddr from 'proxy-addr';

export interface PublicUrlOptions {
  /** The tool's external origin (e.g. https://tool.example); wins over everything else. */
  publicUrl?: string;
  /** Proxies (IPs, CIDRs, or proxy-addr names like 'loopback') whose X-Forwarded-Proto/-Host/-Port are honoured. */
  trustedProxies?: string | string[];
  /** The peer's IP address; X-Forwarded-* are honoured only when it is a trusted proxy. */
  remoteAddress?: string;
}

const FORWARDED_PROTOCOLS = new Set(['http', 'https']);
const PORT = /^\d{1,5}$/;

/** The URL the consumer signed: the request as the browser addressed it, not as the tool's socket saw it. */
export function resolvePublicUrl(request: Request, options: PublicUrlOptions): URL {
  const requestUrl = new URL(request.url);
  if (options.publicUrl !== undefined) {
    return withOrigin(requestUrl, new URL(options.publicUrl).origin);
  }
  if (!isTrustedProxy(options)) return requestUrl;
  return withForwardedOrigin(requestUrl, request.headers) ?? requestUrl;
}

function isTrustedProxy({ trustedProxies, remoteAddress }: PublicUrlOptions): boolean {
  if (trustedProxies === undefined || remoteAddress === undefined) return false;
  return proxyAddr.compile(trustedProxies)(remoteAddress, 0);
}

function withForwardedOrigin(requestUrl: URL, headers: Headers): URL | undefined {
  const forwardedProtocol = nearestValue(headers, 'x-forwarded-proto')?.toLowerCase();
  const protocol =
    forwardedProtocol && FORWARDED_PROTOCOLS.has(forwardedProtocol) ? forwardedProtocol : requestUrl.protocol.slice(0, -1);
  const host = nearestValue(headers, 'x-forwarded-host') ?? requestUrl.host;
  const port = nearestValue(headers, 'x-forwarded-port');
  const candidate = `${protocol}://${host}`;
  if (!URL.canParse(candidate)) return undefined;
  const origin = new URL(candidate);
  // Only a bare host[:port] may stand in for the request's; user info, a path or a query would change what is signed.
  if (origin.href !== `${origin.protocol}//${origin.host}/`) return undefined;
  if (port !== undefined && PORT.test(port)) origin.port = port;
  return withOrigin(requestUrl, origin.origin);
}

// Concatenated, not resolved: a path like "//other.example/x" must stay a path.
function withOrigin(requestUrl: URL, origin: string): URL {
  return new URL(`${origin}${requestUrl.pathname}${requestUrl.search}`);
}

// A proxy that appends to a list puts its own value last; earlier values may come from the client.
function nearestValue(headers: Headers, name: string): string | undefined {
  const value = headers.get(name)?.split(',').at(-1)?.trim();
  return value ? value : undefined;
}
