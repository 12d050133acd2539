export { percentEncode } from './oauth1/percent-encode.ts';
export { normalizeParameters } from './oauth1/normalize-parameters.ts';
export { baseStringUri } from './oauth1/base-string-uri.ts';
export { signatureBaseString } from './oauth1/signature-base-string.ts';
export { hmacSha1Signature, verifyHmacSha1Signature } from './oauth1/hmac-sha1.ts';
export { bodyHash } from './oauth1/body-hash.ts';
export { parseFormUrlEncoded } from './oauth1/form-urlencoded.ts';
export { parseOAuthAuthorizationHeader } from './oauth1/authorization-header.ts';

export { signLtiLaunch, type SignLtiLaunchOptions } from './lti/sign-launch.ts';
export { verifyLtiLaunch, type VerifyLtiLaunchOptions } from './lti/verify-launch.ts';
export type { LtiLaunch } from './lti/launch-message.ts';
export {
  LtiLaunchError,
  LTI_LAUNCH_ERROR_MESSAGES,
  type LtiLaunchErrorCode,
  type LtiLaunchErrorOptions,
} from './lti/launch-error.ts';
export { MemoryNonceStore, type MemoryNonceStoreOptions, type NonceStore } from './lti/nonce-store.ts';
export { ltiErrorResponse, type LtiErrorResponseOptions } from './lti/error-response.ts';
