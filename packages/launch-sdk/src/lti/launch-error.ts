/** One English sentence per code, for logs and for vendors who show their own page. */
export const LTI_LAUNCH_ERROR_MESSAGES = {
  LTI_BAD_SIGNATURE: 'The launch signature does not match the request.',
  LTI_UNKNOWN_CONSUMER: 'The launch comes from a consumer key this tool does not know.',
  LTI_UNSUPPORTED_SIGNATURE_METHOD: 'The launch is signed with a method other than HMAC-SHA1.',
  LTI_NONCE_REPLAYED: 'This launch has already been used once and cannot be used again.',
  LTI_TIMESTAMP_OUT_OF_WINDOW: 'The launch timestamp is too old, too far in the future or not a number.',
  LTI_BAD_VERSION: 'The launch uses an unsupported version (LTI-1p0 and OAuth 1.0 are supported).',
  LTI_BAD_MESSAGE_TYPE: 'The launch is not a basic-lti-launch-request message.',
  LTI_MISSING_RESOURCE_LINK_ID: 'The launch has no resource_link_id.',
  LTI_MISSING_USER_ID: 'The launch has no user_id, so the user cannot be recognised.',
  LTI_BAD_CONTENT_TYPE: 'The launch body must be application/x-www-form-urlencoded in UTF-8.',
  LTI_BODY_TOO_LARGE: 'The launch body is larger than this tool accepts.',
  LTI_BODY_UNREADABLE: 'The launch body broke off before it was read to the end.',
  LTI_BAD_METHOD: 'A launch must be sent with HTTP POST.',
  LTI_FOREIGN_ORIGIN: 'The launch was posted from a page whose origin is not one of allowedOrigins.',
  LTI_MISSING_OAUTH_PARAMETER: 'The launch is missing a required OAuth parameter.',
  LTI_DUPLICATE_OAUTH_PARAMETER: 'The launch repeats an OAuth parameter that may appear only once.',
} as const;

export type LtiLaunchErrorCode = keyof typeof LTI_LAUNCH_ERROR_MESSAGES;

const HTTP_STATUS: Record<LtiLaunchErrorCode, number> = {
  LTI_BAD_SIGNATURE: 401,
  LTI_UNKNOWN_CONSUMER: 401,
  LTI_UNSUPPORTED_SIGNATURE_METHOD: 400,
  LTI_NONCE_REPLAYED: 401,
  LTI_TIMESTAMP_OUT_OF_WINDOW: 401,
  LTI_BAD_VERSION: 400,
  LTI_BAD_MESSAGE_TYPE: 400,
  LTI_MISSING_RESOURCE_LINK_ID: 400,
  LTI_MISSING_USER_ID: 400,
  LTI_BAD_CONTENT_TYPE: 415,
  LTI_BODY_TOO_LARGE: 413,
  LTI_BODY_UNREADABLE: 400,
  LTI_BAD_METHOD: 405,
  LTI_FOREIGN_ORIGIN: 403,
  LTI_MISSING_OAUTH_PARAMETER: 400,
  LTI_DUPLICATE_OAUTH_PARAMETER: 400,
};

export interface LtiLaunchErrorOptions {
  /** A detail safe to log (a parameter name, never a value). */
  detail?: string;
  /** The consumer's return URL; give it only once the signature has verified. */
  returnUrl?: string;
}

/** A rejected launch. Branch on `code`; `message` is a readable English sentence. */
export class LtiLaunchError extends Error {
  override readonly name = 'LtiLaunchError';
  readonly code: LtiLaunchErrorCode;
  /** The HTTP status to answer with. */
  readonly status: number;
  /** The consumer's launch_presentation_return_url, set only when the launch signature verified and it is http(s). */
  readonly returnUrl?: string;
  /**
   * The launch's launch_presentation_locale, set by verifyLtiLaunch once the body is read, signed or not: only for the
   * language of the error page.
   */
  locale?: string;

  constructor(code: LtiLaunchErrorCode, options: LtiLaunchErrorOptions = {}) {
    const sentence = LTI_LAUNCH_ERROR_MESSAGES[code];
    super(options.detail ? `${sentence} (${options.detail})` : sentence);
    this.code = code;
    this.status = HTTP_STATUS[code];
    if (options.returnUrl !== undefined) this.returnUrl = options.returnUrl;
  }
}
