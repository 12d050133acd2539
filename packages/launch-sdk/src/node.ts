import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';

/**
 * Turns a node:http request into a Fetch API Request for verifyLtiLaunch, with the peer address for `trustedProxies`.
 * The URL is built from the Host header and whether the socket is TLS. The body is streamed, not buffered,
 * so verifyLtiLaunch's `maxBodyBytes` stops an oversized post before it is read.
 */
export async function fromNodeRequest(req: IncomingMessage): Promise<{ request: Request; remoteAddress?: string }> {
  const headers = new Headers();
  for (let index = 0; index + 1 < req.rawHeaders.length; index += 2) {
    headers.append(req.rawHeaders[index] as string, req.rawHeaders[index + 1] as string);
  }
  const method = req.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : (Readable.toWeb(req) as ReadableStream<Uint8Array>);
  // duplex 'half' is how Node's fetch takes a streamed request body.
  const request = new Request(requestUrl(req), { method, headers, ...(body && { body, duplex: 'half' }) } as RequestInit);
  const remoteAddress = req.socket.remoteAddress;
  return remoteAddress === undefined ? { request } : { request, remoteAddress };
}

function requestUrl(req: IncomingMessage): string {
  const scheme = 'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http';
  const target = req.url ?? '/';
  const url = `${scheme}://${req.headers.host ?? 'localhost'}${target}`;
  // A Host header that is not a host (or a request target that is not a path) gets a URL that simply will not verify.
  return target.startsWith('/') && URL.canParse(url) ? url : `${scheme}://localhost/`;
}
