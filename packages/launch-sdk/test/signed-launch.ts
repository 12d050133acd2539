import { signLtiLaunch, type SignLtiLaunchOptions } from '../src/index.ts';

export const CONSUMER_KEY = 'portal.example';
export const CONSUMER_SECRET = 'ksQ3-secret-æøå';
export const NOW_MS = 1_760_000_000_000;
export const NOW_S = NOW_MS / 1000;

export const LAUNCH_PARAMS: Array<[string, string]> = [
  ['lti_message_type', 'basic-lti-launch-request'],
  ['lti_version', 'LTI-1p0'],
  ['resource_link_id', 'audit-alkoholvaner'],
  ['resource_link_title', 'AUDIT – test dine alkoholvaner'],
  ['user_id', 'pseudonym-Abc_123'],
  ['roles', 'Learner'],
  ['launch_presentation_locale', 'nb-NO'],
  ['launch_presentation_return_url', 'https://portal.example/lti/return'],
];

export interface SignedLaunchOptions extends Partial<Omit<SignLtiLaunchOptions, 'params'>> {
  params?: Array<[string, string]>;
  /** Sent instead of the signed URL (e.g. what the tool sees behind a proxy). */
  requestUrl?: string;
  headers?: Record<string, string>;
  /** Changes the fields after signing. */
  tamper?: (fields: Array<[string, string]>) => Array<[string, string]>;
}

/** A real signed launch: signLtiLaunch's fields, form-encoded into a POST Request. */
export async function signedLaunch(options: SignedLaunchOptions = {}): Promise<Request> {
  const url = options.url ?? 'https://tool.example/lti/launch';
  const fields = await signLtiLaunch({
    url,
    consumerKey: options.consumerKey ?? CONSUMER_KEY,
    consumerSecret: options.consumerSecret ?? CONSUMER_SECRET,
    params: options.params ?? LAUNCH_PARAMS,
    timestamp: options.timestamp ?? NOW_S,
    ...(options.nonce !== undefined && { nonce: options.nonce }),
  });
  const body = new URLSearchParams(options.tamper ? options.tamper(fields) : fields).toString();
  return new Request(options.requestUrl ?? url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...options.headers },
    body,
  });
}

export function lookupSecret(consumerKey: string): string | undefined {
  return consumerKey === CONSUMER_KEY ? CONSUMER_SECRET : undefined;
}

/** Replaces the value of one field, keeping its position. */
export function withField(name: string, value: string) {
  return (fields: Array<[string, string]>): Array<[string, string]> =>
    fields.map(([fieldName, fieldValue]) => [fieldName, fieldName === name ? value : fieldValue]);
}
