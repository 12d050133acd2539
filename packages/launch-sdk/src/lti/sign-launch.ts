import { hmacSha1Signature } from '../oauth1/hmac-sha1.ts';
import { signatureBaseString } from '../oauth1/signature-base-string.ts';
import { LtiLaunchError } from './launch-error.ts';

export interface SignLtiLaunchOptions {
  /** The tool's launch URL, exactly as the form will post to it; its query parameters are signed and stay in the URL. */
  url: string;
  consumerKey: string;
  consumerSecret: string;
  /** The LTI parameters (without any oauth_* parameter). */
  params: Record<string, string> | Array<[string, string]>;
  method?: 'POST';
  /** Defaults to a fresh random value; pass one only in tests. */
  nonce?: string;
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
}

/**
 * Signs an LTI 1.1 launch as a Tool Consumer. Answers the form fields to post: the given params, then the
 * oauth_* parameters, the signature last.
 */
export async function signLtiLaunch(options: SignLtiLaunchOptions): Promise<Array<[string, string]>> {
  const method = options.method ?? 'POST';
  if (method !== 'POST') throw new LtiLaunchError('LTI_BAD_METHOD');
  const params = Array.isArray(options.params) ? [...options.params] : Object.entries(options.params);
  const callerOAuthParameter = params.find(([name]) => name.startsWith('oauth_'));
  if (callerOAuthParameter) throw new LtiLaunchError('LTI_DUPLICATE_OAUTH_PARAMETER', { detail: callerOAuthParameter[0] });

  const fields: Array<[string, string]> = [
    ...params,
    ['oauth_consumer_key', options.consumerKey],
    ['oauth_nonce', options.nonce ?? randomNonce()],
    ['oauth_signature_method', 'HMAC-SHA1'],
    ['oauth_timestamp', String(options.timestamp ?? Math.floor(Date.now() / 1000))],
    ['oauth_version', '1.0'],
    ['oauth_callback', 'about:blank'],
  ];
  const baseString = signatureBaseString(method, options.url, fields);
  fields.push(['oauth_signature', await hmacSha1Signature(baseString, options.consumerSecret)]);
  return fields;
}

function randomNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
