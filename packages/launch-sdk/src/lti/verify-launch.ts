import { parseOAuthAuthorizationHeader } from '../oauth1/authorization-header.ts';
import { parseFormUrlEncoded } from '../oauth1/form-urlencoded.ts';
import { verifyHmacSha1Signature } from '../oauth1/hmac-sha1.ts';
import { signatureBaseString } from '../oauth1/signature-base-string.ts';
import { LtiLaunchError } from './launch-error.ts';
import { firstValue, readLaunchMessage, returnUrlOf, type LtiLaunch } from './launch-message.ts';
import { MemoryNonceStore, type NonceStore } from './nonce-store.ts';
import { resolvePublicUrl, type PublicUrlOptions } from './public-url.ts';

export interface VerifyLtiLaunchOptions extends PublicUrlOptions {
  /** The shared secret of a consumer key; undefined (or '') when the key is unknown. */
  lookupSecret(consumerKey: string): string | undefined | Promise<string | undefined>;
  /** Where nonces are remembered; defaults to one MemoryNonceStore shared by every call in this process. */
  nonceStore?: NonceStore;
  /** How far oauth_timestamp may be from now, either way (300). */
  timestampWindowSeconds?: number;
  /** Clock in milliseconds; for tests. A custom clock needs a nonceStore on that same clock. */
  now?: () => number;
  /** The largest launch body read, in bytes (65 536); a longer one is refused unread. */
  maxBodyBytes?: number;
  /**
   * The portal origins (e.g. `https://portal.example`) whose pages may post launches. When set, a browser's launch from
   * any other page, or from an opaque (`null`) origin, is refused: another site cannot submit a form it harvested from
   * the portal and sign the visitor in as someone else. A request without `Origin` (not from a browser) still passes.
   */
  allowedOrigins?: readonly string[];
}

const defaultNonceStore = new MemoryNonceStore();
// Real launches are a few kilobytes; the cap keeps a hostile post from being buffered whole.
const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
// Nonces outlive the timestamp window, so a launch cannot be replayed just after its nonce is forgotten.
const NONCE_RETENTION_MARGIN_MS = 60_000;
const REQUIRED_OAUTH_PARAMETERS = [
  'oauth_consumer_key',
  'oauth_nonce',
  'oauth_signature',
  'oauth_signature_method',
  'oauth_timestamp',
] as const;
type OAuthParameters = Record<(typeof REQUIRED_OAUTH_PARAMETERS)[number], string> & { oauth_version?: string };

/**
 * Verifies an LTI 1.1 basic launch (OAuth 1.0a HMAC-SHA1) and answers the launch, or throws an LtiLaunchError.
 * The nonce is recorded only once the signature has verified.
 */
export async function verifyLtiLaunch(request: Request, options: VerifyLtiLaunchOptions): Promise<LtiLaunch> {
  if (options.now && !options.nonceStore) {
    // The default store expires nonces on the real clock: with another clock a replay could pass as expired.
    throw new TypeError('verifyLtiLaunch: a custom `now` needs a `nonceStore` that runs on the same clock');
  }
  // NaN would compare false against everything, switching the timestamp window or the body cap off.
  const windowMs = nonNegativeOption(options, 'timestampWindowSeconds', 300) * 1000;
  const maxBodyBytes = nonNegativeOption(options, 'maxBodyBytes', DEFAULT_MAX_BODY_BYTES);
  if (request.method !== 'POST') throw new LtiLaunchError('LTI_BAD_METHOD');
  const origin = request.headers.get('origin');
  // Compared as origins, so `https://portal.example/` in the list matches what a browser sends.
  if (options.allowedOrigins && origin !== null && !options.allowedOrigins.some((allowed) => new URL(allowed).origin === origin)) {
    throw new LtiLaunchError('LTI_FOREIGN_ORIGIN');
  }
  assertFormUrlEncoded(request.headers.get('content-type'));

  const url = resolvePublicUrl(request, options);
  const headerParams = parseOAuthAuthorizationHeader(request.headers.get('authorization'));
  const bodyParams = parseFormUrlEncoded(await readBodyText(request, maxBodyBytes));
  const received = [...headerParams, ...parseFormUrlEncoded(url.search), ...bodyParams];
  try {
    return await verifyReceived(request.method, url, { headerParams, bodyParams, received }, options, windowMs);
  } catch (error) {
    if (error instanceof LtiLaunchError) error.locale = firstValue(received, 'launch_presentation_locale');
    throw error;
  }
}

interface ReceivedParameters {
  headerParams: Array<[string, string]>;
  bodyParams: Array<[string, string]>;
  /** Header, query and body parameters together. */
  received: Array<[string, string]>;
}

async function verifyReceived(
  method: string,
  url: URL,
  { headerParams, bodyParams, received }: ReceivedParameters,
  options: VerifyLtiLaunchOptions,
  windowMs: number,
): Promise<LtiLaunch> {
  const oauth = readOAuthParameters(received);
  if (oauth.oauth_version !== undefined && oauth.oauth_version !== '1.0') {
    throw new LtiLaunchError('LTI_BAD_VERSION', { detail: 'oauth_version' });
  }
  if (oauth.oauth_signature_method !== 'HMAC-SHA1') throw new LtiLaunchError('LTI_UNSUPPORTED_SIGNATURE_METHOD');
  const nowMs = (options.now ?? Date.now)();
  const timestampMs = parseTimestampMs(oauth.oauth_timestamp);
  if (timestampMs === undefined || Math.abs(nowMs - timestampMs) > windowMs) {
    throw new LtiLaunchError('LTI_TIMESTAMP_OUT_OF_WINDOW');
  }
  const secret = await options.lookupSecret(oauth.oauth_consumer_key);
  // An empty secret would let anyone sign; treat it as an unknown consumer.
  if (!secret) throw new LtiLaunchError('LTI_UNKNOWN_CONSUMER');

  const baseString = signatureBaseString(method, url, [...headerParams, ...bodyParams]);
  if (!(await verifyHmacSha1Signature(baseString, oauth.oauth_signature, secret))) {
    throw new LtiLaunchError('LTI_BAD_SIGNATURE');
  }

  const nonceStore = options.nonceStore ?? defaultNonceStore;
  const expiresAtMs = timestampMs + windowMs + NONCE_RETENTION_MARGIN_MS;
  if (!(await nonceStore.record(oauth.oauth_consumer_key, oauth.oauth_nonce, expiresAtMs))) {
    const returnUrl = returnUrlOf(received);
    throw new LtiLaunchError('LTI_NONCE_REPLAYED', returnUrl ? { returnUrl } : {});
  }
  return readLaunchMessage(
    oauth.oauth_consumer_key,
    received.filter(([name]) => name !== 'oauth_signature'),
  );
}

function nonNegativeOption(options: VerifyLtiLaunchOptions, name: 'timestampWindowSeconds' | 'maxBodyBytes', fallback: number): number {
  const value = options[name] ?? fallback;
  if (!Number.isFinite(value) || value < 0) throw new TypeError(`verifyLtiLaunch: \`${name}\` must be a finite number ≥ 0, not ${value}`);
  return value;
}

function assertFormUrlEncoded(contentType: string | null): void {
  const [mediaType = '', ...parameters] = (contentType ?? '').split(';').map((part) => part.trim().toLowerCase());
  const charset = parameters.find((parameter) => parameter.startsWith('charset='))?.slice('charset='.length);
  const isUtf8 = charset === undefined || charset.replaceAll('"', '') === 'utf-8';
  if (mediaType !== 'application/x-www-form-urlencoded' || !isUtf8) {
    throw new LtiLaunchError('LTI_BAD_CONTENT_TYPE');
  }
}

// Every oauth_* parameter counts, wherever it came from, so a second copy cannot smuggle in a different value.
function readOAuthParameters(received: ReadonlyArray<readonly [string, string]>): OAuthParameters {
  const oauth: Record<string, string> = {};
  for (const [name, value] of received) {
    if (!name.startsWith('oauth_')) continue;
    if (Object.hasOwn(oauth, name)) throw new LtiLaunchError('LTI_DUPLICATE_OAUTH_PARAMETER', { detail: name });
    oauth[name] = value;
  }
  const missing = REQUIRED_OAUTH_PARAMETERS.find((name) => !oauth[name]);
  if (missing) throw new LtiLaunchError('LTI_MISSING_OAUTH_PARAMETER', { detail: missing });
  return oauth as OAuthParameters;
}

async function readBodyText(request: Request, maxBytes: number): Promise<string> {
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) throw new LtiLaunchError('LTI_BODY_TOO_LARGE');
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  const next = () => reader.read().catch(() => Promise.reject(new LtiLaunchError('LTI_BODY_UNREADABLE')));
  for (let read = await next(); !read.done; read = await next()) {
    length += read.value.byteLength;
    if (length > maxBytes) {
      // Not awaited: cancelling one branch of a tee()d (cloned) body waits for the other branch.
      void reader.cancel().catch(() => {});
      throw new LtiLaunchError('LTI_BODY_TOO_LARGE');
    }
    chunks.push(read.value);
  }
  return new TextDecoder().decode(concatBytes(chunks, length));
}

function concatBytes(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function parseTimestampMs(timestamp: string): number | undefined {
  return /^\d{1,12}$/.test(timestamp) ? Number(timestamp) * 1000 : undefined;
}
