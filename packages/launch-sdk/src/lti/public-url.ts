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
  const protocol = nearestValue(headers, 'x-forwarded-proto')?.toLowerCase();
  const host = nearestValue(headers, 'x-forwarded-host');
  const port = nearestValue(headers, 'x-forwarded-port');
  try {
    const origin = new URL(`${protocol && FORWARDED_PROTOCOLS.has(protocol) ? protocol : requestUrl.protocol.slice(0, -1)}://${host ?? requestUrl.host}`);
    if (origin.pathname !== '/' || origin.search || origin.username || origin.password) return undefined;
    if (port !== undefined && PORT.test(port)) origin.port = port;
    return withOrigin(requestUrl, origin.origin);
  } catch {
    return undefined;
  }
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
